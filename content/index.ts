// The city registry: the one entry to content. A new city is a folder under content/ (city.ts,
// items/, errata.ts, index.ts) plus one line here; routes, lists, search and tests pick it up.
import kaiyuan from './kaiyuan';
import shenyang from './shenyang';

/** Every city's raw content, in display order; the folder name is the city id. */
export const cityModules = [
  { dir: 'content/kaiyuan', module: kaiyuan },
  { dir: 'content/shenyang', module: shenyang },
];
