import { getCities } from '@/lib/content/load';
try {
  for (const c of getCities()) console.log(c.id, c.items.length, 'items OK');
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
