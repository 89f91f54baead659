import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '@/lib/search/build-index';
import { search } from '@/lib/search/query';
import type { HighlightRange, SearchIndex, SearchOptions, SearchResult } from '@/lib/search/types';
import { searchCorpus, searchSynonyms } from '../fixtures/search-corpus';

const index = buildSearchIndex(searchCorpus, {
  synonyms: searchSynonyms,
  cityNames: { kaiyuan: ['开原', 'kaiyuan'], shenyang: ['沈阳', 'shenyang'] },
});
const zh = (query: string, options: Partial<SearchOptions> = {}) => search(index, query, { locale: 'zh', ...options });
const en = (query: string, options: Partial<SearchOptions> = {}) => search(index, query, { locale: 'en', ...options });
/** "city/id" of each result, best first. */
const ids = (results: SearchResult[]) => results.map((r) => `${r.city}/${r.id}`);
/** The highlighted pieces of a text. */
const marked = (text: string, ranges: HighlightRange[]) => ranges.map(([s, e]) => text.slice(s, e));

const LONG_TERM = ['kaiyuan/long-term-resident-registration', 'shenyang/long-term-resident-registration'];
const ELSEWHERE = [...LONG_TERM, 'kaiyuan/resettled-retiree-registration'];
const MATERNITY = ['kaiyuan/maternity-allowance', 'shenyang/childbirth-medical-costs'];

describe('Chinese text', () => {
  it('finds a title by a substring and highlights it', () => {
    const [first] = zh('生育津贴');
    expect(first).toMatchObject({ city: 'kaiyuan', id: 'maternity-allowance', number: '25', title: '生育津贴支付', matchedBy: 'title' });
    expect(first.titleHighlights).toEqual([[0, 4]]);
  });
  it('finds a document in the body and shows it as a snippet', () => {
    const results = zh('结婚证');
    expect(ids(results)).toEqual(['kaiyuan/maternity-allowance']);
    expect(results[0].matchedBy).toBe('body');
    expect(results[0].titleHighlights).toEqual([]);
    expect(results[0].snippet).toEqual({ text: '结婚证复印件', highlights: [[0, 3]] });
  });
  it('finds tips', () => {
    expect(ids(zh('业务高峰'))).toEqual([
      'kaiyuan/outpatient-reimbursement',
      'kaiyuan/inpatient-reimbursement',
      'kaiyuan/maternity-allowance',
    ]);
  });
  it('ignores question words around the search terms', () => {
    expect(ids(zh('生育津贴怎么办理')).slice(0, 1)).toEqual(['kaiyuan/maternity-allowance']);
    const pregnant = zh('怀孕了');
    expect(ids(pregnant).slice(0, 2).sort()).toEqual([...MATERNITY].sort());
    const pieces = pregnant.flatMap((r) => [
      ...marked(r.title, r.titleHighlights),
      ...marked(r.snippet?.text ?? '', r.snippet?.highlights ?? []),
    ]);
    expect(pieces).not.toContain('了');
  });
  it('still searches a filler word typed on its own', () => {
    expect(ids(zh('申请'))).toEqual(['kaiyuan/personal-account-withdrawal', 'kaiyuan/inpatient-reimbursement']);
  });
});

describe('pinyin', () => {
  it('matches full pinyin of a title', () => {
    const results = zh('yidi');
    expect(ids(results).slice(0, 3).sort()).toEqual([...ELSEWHERE].sort());
    for (const r of results.slice(0, 3)) {
      expect(r.matchedBy).toBe('pinyin');
      expect(marked(r.title, r.titleHighlights)).toEqual(['异地']);
    }
  });
  it('matches words typed apart, with or without the space', () => {
    for (const q of ['menzhen baoxiao', 'menzhenbaoxiao']) {
      const [first] = zh(q);
      expect(first.id).toBe('outpatient-reimbursement');
      expect(marked(first.title, first.titleHighlights).join('')).toMatch(/门诊.*报销/);
    }
  });
  it('matches initials, also of words apart in the title', () => {
    const results = zh('ydba');
    expect(ids(results).slice(0, 3).sort()).toEqual([...ELSEWHERE].sort());
    const longTerm = results.find((r) => r.id === 'long-term-resident-registration')!;
    expect(longTerm.matchedBy).toBe('pinyin');
    expect(marked(longTerm.title, longTerm.titleHighlights)).toEqual(['异地', '备案']);
    expect(zh('mzbx')[0].id).toBe('outpatient-reimbursement');
  });
  it('reads multi-reading characters by context: changqi finds 长期, zhangqi does not', () => {
    const results = zh('changqi');
    expect(ids(results).slice(0, 2).sort()).toEqual([...LONG_TERM].sort());
    expect(marked(results[0].title, results[0].titleHighlights)).toEqual(['长期']);
    expect(ids(zh('zhangqi'))).not.toContain(LONG_TERM[0]);
  });
  it('finds a short document name by pinyin (银行 read hang, not xing)', () => {
    const results = zh('yinhang');
    expect(ids(results)).toEqual(['kaiyuan/personal-account-withdrawal']);
    expect(results[0].snippet).toEqual({ text: '银行卡账户信息', highlights: [[0, 2]] });
  });
  it('accepts full-width letters and tone marks', () => {
    expect(ids(zh('ＹＩＤＩ')).slice(0, 3).sort()).toEqual([...ELSEWHERE].sort());
    expect(ids(zh('chángqī')).slice(0, 2).sort()).toEqual([...LONG_TERM].sort());
  });
  it('says nothing for a lone letter', () => {
    expect(zh('y')).toEqual([]);
  });
});

describe('synonyms', () => {
  it('maps everyday Chinese words to the official term (生孩子 → 生育)', () => {
    const results = zh('生孩子');
    expect(ids(results).slice(0, 2).sort()).toEqual([...MATERNITY].sort());
    expect(results[0].matchedBy).toBe('synonym');
    expect(marked(results[0].title, results[0].titleHighlights)).toEqual(['生育']);
  });
  it('maps everyday words typed in pinyin', () => {
    expect(ids(zh('shenghaizi')).slice(0, 2).sort()).toEqual([...MATERNITY].sort());
  });
  it('finds the social security card for 医保卡丢了', () => {
    const [first, ...rest] = zh('医保卡丢了');
    expect(first.id).toBe('card-replacement');
    expect(marked(first.title, first.titleHighlights)).toEqual(['社会保障卡']);
    // Other items only ask for the card, so they follow with lower scores.
    expect(rest.length).toBeGreaterThan(0);
    for (const r of rest) expect(r.score).toBeLessThan(first.score);
  });
  it('finds the one-off withdrawal for 去世', () => {
    const [first] = zh('去世');
    expect(first).toMatchObject({ id: 'personal-account-withdrawal', matchedBy: 'synonym' });
    expect(marked(first.title, first.titleHighlights)).toEqual(['一次性支取']);
  });
  it('maps everyday English (baby → maternity, childbirth)', () => {
    const results = en('baby');
    expect(ids(results).slice(0, 2).sort()).toEqual([...MATERNITY].sort());
    const allowance = results.find((r) => r.id === 'maternity-allowance')!;
    expect(allowance.title).toBe('Payment of maternity allowance');
    expect(marked(allowance.title, allowance.titleHighlights)).toEqual(['maternity']);
  });
  it('maps English phrases, skipping little words', () => {
    expect(ids(en('move to another city')).slice(0, 3).sort()).toEqual([...ELSEWHERE].sort());
    expect(en('I lost my card')[0].id).toBe('card-replacement');
    expect(en('my father died')[0].id).toBe('personal-account-withdrawal');
  });
  it('maps a synonym to retirees’ items (退休 → 在职转退休)', () => {
    expect(ids(zh('退休')).slice(0, 2).sort()).toEqual(['kaiyuan/resettled-retiree-registration', 'shenyang/flexible-worker-retirement']);
  });
});

describe('typing mistakes', () => {
  it('tolerates a missing Chinese character', () => {
    expect(zh('门诊费报销')[0].id).toBe('outpatient-reimbursement');
  });
  it('tolerates a wrong Chinese character and highlights the near match', () => {
    const results = zh('异地长期居往');
    expect(ids(results).slice(0, 2).sort()).toEqual([...LONG_TERM].sort());
    expect(results[0].matchedBy).toBe('fuzzy');
    expect(marked(results[0].title, results[0].titleHighlights)).toEqual(['异地长期居住']);
  });
  it('tolerates English misspellings of longer words', () => {
    const reimbursement = en('reimbursment');
    expect(ids(reimbursement).slice(0, 2).sort()).toEqual(['kaiyuan/inpatient-reimbursement', 'kaiyuan/outpatient-reimbursement']);
    expect(marked(reimbursement[0].title, reimbursement[0].titleHighlights)).toEqual(['Reimbursement']);
    const maternity = en('matternity');
    expect(maternity[0]).toMatchObject({ id: 'maternity-allowance', matchedBy: 'fuzzy' });
    expect(marked(maternity[0].title, maternity[0].titleHighlights)).toEqual(['maternity']);
    expect(en('chilbirth')[0]).toMatchObject({ id: 'childbirth-medical-costs', matchedBy: 'fuzzy' });
  });
  it('matches inflections of a word', () => {
    expect(ids(en('reimbursed')).slice(0, 2).sort()).toEqual(['kaiyuan/inpatient-reimbursement', 'kaiyuan/outpatient-reimbursement']);
    expect(en('registering').map((r) => r.id)).toContain('long-term-resident-registration');
  });
  it('does not guess at short words', () => {
    expect(en('carb')).toEqual([]);
  });
});

describe('languages', () => {
  it('searches the English text on /en and highlights the English title', () => {
    const [first] = en('outpatient');
    expect(first).toMatchObject({ id: 'outpatient-reimbursement', title: 'Reimbursement of outpatient costs', matchedBy: 'title' });
    expect(first.titleHighlights).toEqual([[17, 27]]);
  });
  it('matches Chinese typed on /en and shows the Chinese text as the snippet', () => {
    const [first] = en('住院');
    expect(first).toMatchObject({ id: 'inpatient-reimbursement', title: 'Reimbursement of inpatient costs', titleHighlights: [] });
    expect(first.snippet).toEqual({ text: '住院费用报销', highlights: [[0, 2]] });
  });
  it('keeps snippets in the page language when the title shows the match', () => {
    const results = [...en('reimbursement'), ...en('social security card'), ...en('yidi')];
    const withTitle = results.filter((r) => r.titleHighlights.length);
    expect(withTitle.length).toBe(3);
    for (const r of withTitle) expect(r.snippet?.text ?? '').not.toMatch(/\p{Script=Han}/u);
    // Pinyin typed on /en highlights no English title, so the Chinese title is the snippet.
    expect(en('yidi')[0].snippet?.text).toMatch(/^异地/);
  });
  it('matches English typed on /zh and shows the Chinese title', () => {
    const [first] = zh('maternity');
    expect(first).toMatchObject({ id: 'maternity-allowance', title: '生育津贴支付' });
    expect(first.snippet).toEqual({ text: 'Payment of maternity allowance', highlights: [[11, 20]] });
  });
});

describe('cities', () => {
  it('returns both cities with the city named', () => {
    expect(ids(zh('异地长期居住人员备案')).slice(0, 2)).toEqual(LONG_TERM);
  });
  it('filters by city', () => {
    expect(ids(zh('yidi', { city: 'shenyang' }))).toEqual(['shenyang/long-term-resident-registration']);
    expect(ids(en('reimbursement', { city: 'shenyang' }))).toEqual([]);
  });
  it('treats a city name in the query as a filter', () => {
    expect(ids(zh('沈阳 异地'))).toEqual(['shenyang/long-term-resident-registration']);
    expect(ids(en('kaiyuan maternity'))).toEqual(['kaiyuan/maternity-allowance']);
  });
  it('lists a city’s items in official order for the city name alone', () => {
    expect(zh('开原').map((r) => r.number)).toEqual(['10', '15', '16', '20', '21', '25']);
  });
});

describe('ranking', () => {
  it('puts a title match before body matches', () => {
    const results = zh('社会保障卡');
    expect(results[0]).toMatchObject({ id: 'card-replacement', matchedBy: 'title' });
    expect(results.length).toBeGreaterThan(3);
    for (const r of results.slice(1)) {
      expect(r.matchedBy).toBe('body');
      expect(r.score).toBeLessThan(results[0].score);
    }
  });
  it('puts an exact match before a fuzzy one', () => {
    const results = en('retirees');
    expect(results.map((r) => [r.id, r.matchedBy])).toEqual([
      ['resettled-retiree-registration', 'title'],
      ['flexible-worker-retirement', 'fuzzy'],
    ]);
    expect(results[0].score).toBeGreaterThan(results[1].score);
  });
  it('puts the whole title first', () => {
    expect(ids(zh('异地长期居住人员备案')).slice(0, 2)).toEqual(LONG_TERM);
    expect(zh('异地长期居住人员备案')[2]?.score ?? 0).toBeLessThan(zh('异地长期居住人员备案')[1].score);
  });
  it('returns scores in descending order and honours the limit', () => {
    const results = zh('参保人员');
    expect(results.length).toBeGreaterThan(2);
    expect(results.map((r) => r.score)).toEqual([...results.map((r) => r.score)].sort((a, b) => b - a));
    expect(zh('参保人员', { limit: 2 })).toHaveLength(2);
  });
});

describe('highlights', () => {
  it('keeps every range inside its text, sorted and apart', () => {
    for (const q of ['yidi', '异地', '生孩子', 'baby', '社会保障卡', 'reimbursment', 'conditions', '住院', 'ydba']) {
      for (const r of [...zh(q), ...en(q)]) {
        for (const [text, ranges] of [
          [r.title, r.titleHighlights],
          [r.snippet?.text ?? '', r.snippet?.highlights ?? []],
        ] as const) {
          let last = 0;
          for (const [s, e] of ranges) {
            expect(s).toBeGreaterThanOrEqual(last);
            expect(e).toBeGreaterThan(s);
            expect(e).toBeLessThanOrEqual(text.length);
            last = e;
          }
        }
      }
    }
  });
  it('cuts a long snippet around the match', () => {
    const result = en('conditions').find((r) => r.city === 'kaiyuan')!;
    expect(result.id).toBe('long-term-resident-registration');
    const { text, highlights } = result.snippet!;
    expect(text.startsWith('…') && text.endsWith('.')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(92);
    expect(marked(text, highlights)).toEqual(['conditions']);
  });
});

describe('hostile input', () => {
  it('finds nothing in markup', () => {
    expect(zh('<script>alert(1)</script>')).toEqual([]);
    expect(en('<img src=x onerror=alert(1)>')).toEqual([]);
  });
  // (How fast is measured by `npm run bench`, not here.)
  it('copes with very long input: it reads the query up to its cap and still answers', () => {
    expect(zh('a'.repeat(10_000))).toEqual([]);
    expect(zh('异地').length).toBeGreaterThan(0);
    expect(zh('异地'.repeat(5_000)).map((r) => r.id)[0]).toBe(zh('异地').map((r) => r.id)[0]);
  });
  it('finds nothing in broken percent-encoding or emoji', () => {
    expect(zh('%E0%A4%A')).toEqual([]);
    expect(zh('😀🏥')).toEqual([]);
  });
  it('ignores lone surrogates and markup around real words', () => {
    expect(ids(zh('\uD800异地\uDC00')).slice(0, 3).sort()).toEqual([...ELSEWHERE].sort());
    expect(zh('<b>生育津贴</b>')[0].id).toBe('maternity-allowance');
  });
  it('never throws on bad arguments', () => {
    expect(search(index, undefined as unknown as string, { locale: 'zh' })).toEqual([]);
    expect(search({} as SearchIndex, '异地', { locale: 'zh' })).toEqual([]);
    expect(search(index, '异地', undefined as unknown as SearchOptions).length).toBeGreaterThan(0);
    expect(zh('异地', { limit: Number.NaN }).length).toBeGreaterThan(0);
  });
});
