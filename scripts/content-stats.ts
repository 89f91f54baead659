// Counts per city of what the content holds: `npm run content:stats`.
import { getCities, getErrata } from '../lib/content/load';

const rows = getCities().map((city) => {
  const requirements = city.items.flatMap((i) => [
    ...i.documents,
    ...i.scenarios.flatMap((s) => s.documents),
    ...i.situations.flatMap((id) => city.situations[id].documents),
  ]);
  return {
    city: city.id,
    items: city.items.length,
    'sub-items': city.items.filter((i) => i.number.includes('.')).length,
    scenarios: city.items.reduce((n, i) => n + i.scenarios.length, 0),
    'document requirements': requirements.length,
    'vocabulary documents': Object.keys(city.documents).length,
    situations: Object.keys(city.situations).length,
    'optional documents': requirements.filter((r) => r.optional).length,
    'conditional documents': requirements.filter((r) => r.when).length,
    channels: city.items.reduce((n, i) => n + i.channels.length, 0),
    'time limits': city.items.filter((i) => i.timeLimit).length,
    tips: city.items.reduce((n, i) => n + i.tips.length, 0),
    'item phones': city.items.reduce((n, i) => n + i.phones.length, 0),
    hotlines: city.hotlines.length,
    offices: city.offices.length,
    'prohibited rows': city.prohibited.reduce((n, l) => n + l.entries.length, 0),
    'prohibited cases': city.prohibited.reduce((n, l) => n + l.entries.reduce((m, e) => m + e.cases.length, 0), 0),
    '容缺 rows': city.toleratedMissing.length,
    'life events': city.lifeEvents.length,
    errata: getErrata(city.id).length,
  };
});
console.table(
  Object.fromEntries(Object.keys(rows[0]).map((k) => [k, Object.fromEntries(rows.map((r) => [r.city, r[k as keyof typeof r]]))])),
);
