// The checklist: the chosen items' guide views merged into one list. Pure functions over plain parsed
// content, safe to run in the browser.
export type * from './types';
export { buildChecklist } from './build';
export { MAX_ITEMS, MAX_PROBLEMS, MAX_QUERY_LENGTH, decodeSelection, encodeSelection, readCityParam, readTicksParam } from './url';
export { itemsForLifeEvent } from './life-events';
export { emptySelection, pruneSelection } from './selection';
export { TICKS_PARAM, checklistLines, decodeTicks, encodeTicks } from './ticks';
export { checklistBeforeYouGo } from './before-you-go';
export { clerkSheet, type ClerkDocument, type ClerkSheet } from './clerk';
export { checklistPageOrder } from './gloss';
