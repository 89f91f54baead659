// The resident-facing model: one interpretation of each fact of the guide, rendered by every surface.
// Pure functions over parsed content; no React or next imports, safe in the browser.
export type * from './types';
export { describeCondition, evaluate, pendingIds, situationIds } from './condition';
export { documentGroups, documentStrings, resolveGuide, toChannelView } from './resolve';
export { planPosterSheets } from './poster';
export { beforeYouGo, summarizeBeforeYouGo } from './before-you-go';
export { changesForItem, changesSince, editionQuery, editionView, parseEditionParam } from './edition';
