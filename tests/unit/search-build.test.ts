import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { measureQueries, quantile } from '@/lib/search/bench';
import { buildSearchIndex, pinyinTokens, serializeSearchIndex, toSearchSource } from '@/lib/search/build-index';
import { search } from '@/lib/search/query';
import type { SearchIndex } from '@/lib/search/types';
import { searchCorpus, searchSynonyms } from '../fixtures/search-corpus';
import { searchDocumentNames, searchServiceItem } from '../fixtures/search-service-item';

const index = buildSearchIndex(searchCorpus, {
  synonyms: searchSynonyms,
  cityNames: { kaiyuan: ['开原', 'kaiyuan'], shenyang: ['沈阳', 'shenyang'] },
});

describe('pinyinTokens', () => {
  it('reads multi-reading characters by their context', () => {
    expect(pinyinTokens('异地长期居住')).toBe('yi di chang qi ju zhu');
    expect(pinyinTokens('重要提示')).toBe('zhong yao ti shi');
  });
  it('keeps the everyday reading too where the context changes it', () => {
    expect(pinyinTokens('银行卡')).toBe('yin hang/xing ka');
    expect(pinyinTokens('重新')).toBe('chong/zhong xin');
  });
  it('gives one token per UTF-16 unit, empty for what is not Chinese', () => {
    const text = '登记-在职（APP）';
    const tokens = pinyinTokens(text).split(' ');
    expect(tokens).toHaveLength(text.length);
    expect(tokens).toEqual(['deng', 'ji', '', 'zai', 'zhi', '', '', '', '', '']);
  });
  it('writes ü as v', () => {
    expect(pinyinTokens('绿色')).toBe('lv se');
  });
});

describe('buildSearchIndex', () => {
  it('stores every text once', () => {
    expect(new Set(index.s).size).toBe(index.s.length);
    // The same document text in five items is one string.
    expect(index.s.filter((s) => s === '社会保障卡复印件')).toHaveLength(1);
    const at = index.s.indexOf('社会保障卡复印件');
    expect(index.i.filter((item) => item.b.includes(at))).toHaveLength(4);
  });
  it('points only at strings that exist, in zh/en pairs', () => {
    for (const item of index.i) {
      expect(item.k.length % 2).toBe(0);
      expect(item.b.length % 2).toBe(0);
      for (const at of [...item.t, ...item.k, ...item.b]) expect(index.s[at]).toBeDefined();
      expect(index.c[item.c]).toMatch(/^(kaiyuan|shenyang)$/);
    }
  });
  it('stores pinyin for titles, keywords, short documents and synonym terms only', () => {
    const withPinyin = Object.keys(index.p).map((at) => index.s[Number(at)]);
    expect(withPinyin).toEqual(expect.arrayContaining(['异地长期居住人员备案', '死亡', '银行卡账户信息', '生孩子']));
    expect(withPinyin).not.toContain('参保人员门诊就医发生的费用，可按规定手工报销。');
    expect(index.p[index.s.indexOf('异地长期居住人员备案')]).toBe('yi di chang qi ju zhu ren yuan bei an');
  });
  it('bakes in the synonyms, terms normalised', () => {
    const entry = index.y.find(([terms]) => terms.map((t) => index.s[t]).includes('lost card'));
    expect(entry && entry[1].map((o) => index.s[o])).toEqual(['social security card']);
  });
  it('survives a trip through JSON and stays small', () => {
    const json = serializeSearchIndex(index);
    const parsed = JSON.parse(json) as SearchIndex;
    expect(search(parsed, 'ydba', { locale: 'zh' })).toEqual(search(index, 'ydba', { locale: 'zh' }));
    // 11 items: a few kilobytes without the sound-alike table, which is about 7 KB gzipped by itself.
    const small = serializeSearchIndex(buildSearchIndex(searchCorpus, { synonyms: searchSynonyms, homophones: false }));
    expect(gzipSync(small).length).toBeLessThan(5_500);
    expect(gzipSync(JSON.stringify(index.h)).length).toBeLessThan(9_000);
  });
  it('ships the characters that sound like each indexed syllable, for sound-alike search', () => {
    // 药 is indexed (高值药 in the synonyms); 要 is a common character that sounds the same.
    expect(index.h?.yao).toContain('药');
    expect(index.h?.yao).toContain('要');
    // Syllables that nothing in the index uses are left out.
    expect(Object.keys(index.h ?? {})).not.toContain('zei');
  });
  it('fails on an intent that names an item the city does not have, naming the entry', () => {
    const phrases = {
      stopWords: ['我想'],
      lightWords: [],
      notServed: [],
      intents: [{ when: [['住院']], items: { kaiyuan: ['no-such-item'] } }],
    };
    expect(() => buildSearchIndex(searchCorpus, { phrases, strict: true })).toThrow(
      'content/search/phrases.ts: intents[0].items.kaiyuan[0]: no item "no-such-item" in kaiyuan',
    );
  });
  it('fails on a synonym entry a content editor got wrong, naming the entry and field', () => {
    expect(() => buildSearchIndex(searchCorpus, { synonyms: [{ terms: ['x'], official: ['生育'] }] })).toThrow(
      'content/search/synonyms.ts: entry 1: terms[0]: a term needs 2 characters or more',
    );
  });
});

describe('toSearchSource', () => {
  const source = toSearchSource('shenyang', searchServiceItem, searchDocumentNames);

  it('keeps identity and title', () => {
    expect(source).toMatchObject({ city: 'shenyang', id: 'resident-termination', number: '4.3', title: searchServiceItem.title });
  });
  it('takes the list title and scenario names as keywords', () => {
    expect(source.fields.keywords!.map((k) => k.zh)).toEqual(['城乡居民终止参保', '死亡']);
  });
  it('names documents given by id, and adds scenario documents, notes and document notes', () => {
    expect(source.fields.documents.map((d) => d.zh)).toEqual(['有效身份证件', '死亡证明', '继承人银行卡', '用于退费', '复印件需本人签字']);
  });
  it('adds scenario descriptions to the description, and keeps tips', () => {
    expect(source.fields.description.map((d) => d.zh)).toEqual(['参保人员死亡或出国定居的，可终止参保。', '参保人员死亡的']);
    expect(source.fields.tips.map((t) => t.en)).toEqual(['We suggest using the app']);
  });
  it('is searchable once built', () => {
    const built = buildSearchIndex([source], { synonyms: [] });
    expect(search(built, 'siwang', { locale: 'zh' })[0]).toMatchObject({ id: 'resident-termination', matchedBy: 'pinyin' });
    expect(search(built, 'heir', { locale: 'en' })[0].snippet?.text).toBe('Bank card of the heir');
  });
});

describe('browser code', () => {
  it('never imports pinyin-pro, the build module or content', () => {
    const root = resolve(__dirname, '../../lib/search');
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      // Type-only imports are erased at build time, so they cannot pull content into the browser.
      const code = readFileSync(file, 'utf8').replace(/^(import|export) type [^;]+ from '@\/content\/(search\/)?schema';$/gm, '');
      expect(code, file).not.toMatch(/from ['"](pinyin-pro|@\/content|.*build-index)/);
      for (const [, spec] of code.matchAll(/from '(\.\/[^']+)'/g)) visit(join(dirname(file), `${spec}.ts`));
    };
    visit(join(root, 'index.ts'));
    expect([...seen].map((f) => f.slice(root.length + 1)).sort()).toEqual([
      'answer.ts',
      'english.ts',
      'index.ts',
      'load-index.ts',
      'normalize.ts',
      'pinyin-match.ts',
      'prepare.ts',
      'query.ts',
      'suggestions.ts',
      'types.ts',
    ]);
  });
});

describe('measureQueries', () => {
  // Speed budgets live in `npm run bench`; here only the arithmetic, on numbers that are known.
  it('takes quantiles by nearest rank', () => {
    expect(quantile([5, 1, 4, 2, 3], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 100], 0.95)).toBe(100);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 100], 0.9)).toBe(19);
    expect(quantile([], 0.5)).toBe(0);
  });

  it('times every query given, in order', () => {
    const timings = measureQueries(index, ['异地', 'ydba', 'move to another city'], 2);
    expect(timings.perQuery.map((q) => q.query)).toEqual(['异地', 'ydba', 'move to another city']);
  });
});
