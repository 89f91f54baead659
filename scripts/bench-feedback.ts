// `npm run bench:feedback` (also part of `npm run bench`): the feedback API at a sustained rate against
// `npm start` on a fresh PGlite directory, and on a throwaway PostgreSQL when it is installed. Needs a
// build (out/, build/server.mjs). Exits 1 when a budget of #18 is missed: at least 200 submissions/s,
// p99 ≤ 100 ms, every 201 in the database, memory flat. Options: scripts/lib/feedback-bench.ts.
import { getCities } from '../lib/content/load';
import { benchFeedback, feedbackBenchOptions } from './lib/feedback-bench';

const [city] = getCities();
const { failures } = await benchFeedback(feedbackBenchOptions(`/zh/${city.id}/${city.items[0].id}`));
if (failures.length) {
  console.log('\nOver budget:\n  ' + failures.join('\n  '));
  process.exit(1);
}
console.log('\nEvery feedback figure is within budget.');
