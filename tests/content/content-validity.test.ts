import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import kaiyuan from '@/content/kaiyuan';
import shenyang from '@/content/shenyang';
import { validateCity, type CityModule } from '@/lib/content/validate';

const modules: [string, CityModule][] = [
  ['kaiyuan', kaiyuan],
  ['shenyang', shenyang],
];

describe.each(modules)('%s content', (id, mod) => {
  it('parses and cross-checks without problems', () => {
    expect(() => validateCity(`content/${id}`, mod)).not.toThrow();
  });

  it('lists every item file in its index', () => {
    const files = readdirSync(`content/${id}/items`)
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(Object.keys(mod.items).sort()).toEqual(files);
  });
});

describe('the change log is cross-checked', () => {
  const summary = { zh: '测试', en: 'Test' };
  const withChange = (change: { date: string; items: string[] }): CityModule => ({
    ...kaiyuan,
    edition: { ...kaiyuan.edition, changes: [...kaiyuan.edition.changes, { ...change, summary }] },
  });
  const last = kaiyuan.edition.changes.length;

  it('names the file and entry of an item that does not exist in the city', () => {
    expect(() => validateCity('content/kaiyuan', withChange({ date: kaiyuan.edition.checked, items: ['no-such-item'] }))).toThrow(
      `content/kaiyuan/edition.ts: changes[${last}].items[0]: unknown item "no-such-item" in kaiyuan`,
    );
  });

  it('refuses a change after the edition date, and a date that does not exist', () => {
    expect(() => validateCity('content/kaiyuan', withChange({ date: '2099-01-01', items: [] }))).toThrow(
      `content/kaiyuan/edition.ts: changes[${last}].date: 2099-01-01 is after the edition date`,
    );
    expect(() => validateCity('content/kaiyuan', withChange({ date: '2026-11-31', items: [] }))).toThrow(
      `content/kaiyuan/edition.ts: changes[${last}].date: expected a date that exists`,
    );
  });

  it('refuses an item checked after the edition date', () => {
    const [name, item] = Object.entries(kaiyuan.items)[0];
    const mod = { ...kaiyuan, items: { ...kaiyuan.items, [name]: { ...item, source: { ...item.source, checked: '2099-01-01' } } } };
    expect(() => validateCity('content/kaiyuan', mod)).toThrow(
      `content/kaiyuan/items/${name}.ts: source.checked: 2099-01-01 is after the edition date`,
    );
  });
});
