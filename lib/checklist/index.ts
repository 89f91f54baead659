// The checklist: the chosen items' guide views merged into one list. Pure functions over plain parsed
// content, safe to run in the browser.
export type * from './types';
export { buildChecklist } from './build';
export { MAX_ITEMS, MAX_PROBLEMS, MAX_QUERY_LENGTH, decodeSelection, encodeSelection, readCityParam } from './url';
export { itemsForLifeEvent } from './life-events';
export { emptySelection, pruneSelection } from './selection';
