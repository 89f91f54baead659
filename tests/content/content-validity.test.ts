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
