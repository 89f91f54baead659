// The checklist: pure functions over plain parsed content, safe to run in the browser.
// Types only are imported from lib/content, so no schema code reaches the client bundle.
export type * from './types';
export { buildChecklist, channelKey, combineForms, countCopies } from './build';
export { questionsFor } from './questions';
export {
  MAX_ITEMS,
  MAX_PROBLEMS,
  MAX_QUERY_LENGTH,
  conditionParam,
  decodeSelection,
  encodeSelection,
  readCityParam,
  scenarioParam,
} from './url';
export { STORAGE_PREFIX, checklistItemKey, checklistKey, documentKey } from './keys';
export { itemsForLifeEvent } from './life-events';
export { emptySelection, pruneSelection } from './selection';
