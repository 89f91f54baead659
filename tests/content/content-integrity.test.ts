import { situationIds } from '@/lib/guide';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import kaiyuan from '@/content/kaiyuan';
import shenyang from '@/content/shenyang';
import { validateCity, type CityContent } from '@/lib/content/validate';
import { fromChineseNumeral } from '@/lib/i18n/numerals';
import { localizedTexts } from '@/lib/i18n/parity';

const SOURCES = '../shared/source-guides';
const cities: Record<'kaiyuan' | 'shenyang', CityContent> = {
  kaiyuan: validateCity('content/kaiyuan', kaiyuan),
  shenyang: validateCity('content/shenyang', shenyang),
};
const source = (id: string) => readFileSync(`${SOURCES}/${id}-guide.txt`, 'utf8');

/** Official numbers as the item lists print them: Kaiyuan's one item per category, Shenyang's numbered rows. */
function officialNumbers(id: 'kaiyuan' | 'shenyang'): { number: string; title: string; page: number }[] {
  const text = source(id);
  const list = text.slice(text.indexOf('权力事项清单'), text.indexOf('合规办事业务指南\n'));
  if (id === 'kaiyuan')
    return [...list.matchAll(/^([一二三四五六七八九十]+)、([^\t]+)\t1\t[^\t]*\t(\d+)/gm)].map((m) => ({
      number: String(fromChineseNumeral(m[1])),
      title: m[2].trim(),
      page: Number(m[3]),
    }));
  return [...list.matchAll(/\t(\d+)\t<u>([^<]+)<\/u>\t(\d+)/g)].map((m) => ({ number: m[1], title: m[2], page: Number(m[3]) }));
}

it('the source guides are beside the repository', () => {
  expect(existsSync(`${SOURCES}/kaiyuan-guide.txt`)).toBe(true);
  expect(existsSync(`${SOURCES}/shenyang-guide.txt`)).toBe(true);
});

describe.each(['kaiyuan', 'shenyang'] as const)('%s', (id) => {
  const city = cities[id];
  const official = officialNumbers(id);

  it('has every entry of the official item list, and nothing else', () => {
    expect(official.length).toBe(id === 'kaiyuan' ? 31 : 24);
    const mains = [...new Set(city.items.map((i) => i.number.split('.')[0]))].sort((a, b) => Number(a) - Number(b));
    expect(mains).toEqual(official.map((o) => o.number));
  });

  it('gives each listed item its printed page', () => {
    for (const o of official) {
      const item = city.items.find((i) => i.number === o.number);
      const group = city.groups.find((g) => g.number === o.number);
      expect(item?.source.page ?? group?.page, `item ${o.number}`).toBe(o.page);
    }
  });

  it('splits into sub-items exactly where the guide does', () => {
    const subs = city.items.filter((i) => i.number.includes('.')).map((i) => i.number);
    expect(subs).toEqual(id === 'kaiyuan' ? ['19.1', '19.2', '26.1', '26.2'] : ['3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3']);
    expect(city.groups.map((g) => g.number)).toEqual(id === 'kaiyuan' ? ['19', '26'] : ['3', '4']);
  });

  it('keeps the official categories in order', () => {
    expect(city.categories.length).toBe(id === 'kaiyuan' ? 31 : 8);
    city.categories.forEach((c, i) => expect(fromChineseNumeral(c.ordinal)).toBe(i + 1));
    const order = city.items.map((i) => city.categories.findIndex((c) => c.id === i.category));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('has no item id that collides with a city page', () => {
    for (const reserved of ['prohibited', 'tolerated', 'offices', 'errata', 'changes', 'group', 'staff', 'print', 'posters', 'labels'])
      expect(city.items.map((i) => i.id)).not.toContain(reserved);
  });

  it('keeps English free of Chinese except in kept names', () => {
    const offenders: string[] = [];
    for (const { path, ...text } of localizedTexts({ ...city, items: city.items })) {
      const stripped = text.en.replace(/\([^()]*\)|（[^（）]*）|《[^》]*》|“[^”]*”|"[^"]*"|【[^】]*】/g, '');
      if (/\p{Script=Han}/u.test(stripped)) offenders.push(`${path}: ${text.en}`);
    }
    expect(offenders).toEqual([]);
  });

  it('has both languages for every text', () => {
    for (const { path, ...text } of localizedTexts({ ...city, items: city.items })) {
      expect(text.zh.trim(), path).not.toBe('');
      expect(text.en.trim(), path).not.toBe('');
      expect(/\p{Script=Han}/u.test(text.zh) || /^[\d\s\-.:/@a-z]+$/i.test(text.zh), `${path} zh has Chinese`).toBe(true);
    }
  });

  it('uses every vocabulary document and condition it defines', () => {
    const used = new Set<string>();
    const conditions = new Set<string>();
    for (const item of city.items) {
      item.situations.forEach((s) => conditions.add(s));
      for (const d of [
        ...item.documents,
        ...item.scenarios.flatMap((s) => s.documents),
        ...item.situations.flatMap((s) => city.situations[s].documents),
      ]) {
        used.add(d.doc);
        d.anyOf?.forEach((a) => used.add(a));
        if (d.when) situationIds(d.when).forEach((c) => conditions.add(c));
      }
    }
    expect(Object.keys(city.documents).filter((d) => !used.has(d))).toEqual([]);
    expect(Object.keys(city.situations).filter((c) => !conditions.has(c))).toEqual([]);
  });

  it('states a channel for every item that the guide gives one', () => {
    const without = city.items.filter((i) => i.channels.length === 0).map((i) => i.number);
    // Kaiyuan 26.1 (full assistance: nothing to apply for) names no channel.
    expect(without).toEqual(id === 'kaiyuan' ? ['26.1'] : []);
  });
});
