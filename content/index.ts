// The city registry: the one entry to content. A city is a folder under content/ (city.ts, items/,
// errata.ts, index.ts) plus one line here, named as its folder and its city id. Routes, lists, short
// links, search, the checklist and tests pick it up; cities are shown in the order of their ids.
export { default as kaiyuan } from './kaiyuan';
export { default as shenyang } from './shenyang';
