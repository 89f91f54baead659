// The answer every surface shows (lib/search/answer.ts) and what #15 added to the engine: the
// current city first, sound-alikes, question frames, intents and the honest "nothing fits", on the
// fixture corpus (never on real content).
import { describe, expect, it } from 'vitest';
import { findServices } from '@/lib/search/answer';
import { buildSearchIndex } from '@/lib/search/build-index';
import { search } from '@/lib/search/query';
import type { SearchPhrases } from '@/content/search/schema';
import { searchCorpus, searchSynonyms } from '../fixtures/search-corpus';

const phrases: SearchPhrases = {
  stopWords: ['怎么办', '我想', '能不能', '在哪里', '医保', 'insurance'],
  lightWords: ['登记'],
  notServed: ['公积金', 'passport'],
  intents: [
    {
      when: [['住院'], ['外地', '异地']],
      items: { kaiyuan: ['inpatient-reimbursement', 'long-term-resident-registration'], shenyang: ['long-term-resident-registration'] },
    },
    { when: [['孩子', '宝宝'], ['出生']], items: { shenyang: ['resident-enrolment'] } },
  ],
};
const cityIndex = (city: string) =>
  buildSearchIndex(
    searchCorpus.filter((d) => d.city === city),
    { synonyms: searchSynonyms, phrases, cityNames: { [city]: [city === 'kaiyuan' ? '开原' : '沈阳', city] } },
  );
const indexes = [cityIndex('kaiyuan'), cityIndex('shenyang')];
const ids = (answer: ReturnType<typeof findServices>) => answer.results.map((r) => `${r.city}/${r.id}`);

describe('findServices: the current city first', () => {
  it('puts the current city’s item first for a query both cities serve, the other city’s below', () => {
    const sy = findServices(indexes, '异地长期居住人员备案', { locale: 'zh', city: 'shenyang' });
    expect(ids(sy)).toEqual(['shenyang/long-term-resident-registration', 'kaiyuan/long-term-resident-registration']);
    expect(sy.here).toBe(1);
    const ky = findServices(indexes, '异地长期居住人员备案', { locale: 'zh', city: 'kaiyuan' });
    expect(ids(ky)[0]).toBe('kaiyuan/long-term-resident-registration');
  });
  it('without a city, ranks all by score', () => {
    const all = findServices(indexes, '生育', { locale: 'zh' });
    expect(all.here).toBe(all.results.length);
  });
});

describe('sound-alikes: the input method picked a character of the same sound', () => {
  it('finds 生育 for 生玉 and 报销 for 报消, ranking exact characters above', () => {
    expect(search(indexes[1], '生玉', { locale: 'zh' })[0]).toMatchObject({ id: 'childbirth-medical-costs', matchedBy: 'sound' });
    expect(search(indexes[0], '报消', { locale: 'zh' })[0].title).toMatch(/报销/);
    const exact = search(indexes[1], '生育', { locale: 'zh' })[0];
    const heard = search(indexes[1], '生玉', { locale: 'zh' })[0];
    expect(exact.score).toBeGreaterThan(heard.score);
  });
  it('hears a synonym term too', () => {
    // 外弟 sounds like 外地 (a synonym term): it reaches the 异地 items.
    expect(search(indexes[0], '外弟', { locale: 'zh' }).map((r) => r.id)).toContain('long-term-resident-registration');
  });
  it('does not hear a lone character', () => {
    expect(search(indexes[1], '玉', { locale: 'zh' })).toEqual([]);
  });
});

describe('questions and intents', () => {
  it('drops question frames', () => {
    expect(search(indexes[1], '我想生育医疗费怎么办', { locale: 'zh' })[0].id).toBe('childbirth-medical-costs');
  });
  it('sends 住院 + 外地, in any order, to the intent’s items in its order', () => {
    expect(
      search(indexes[0], '在外地住院', { locale: 'zh' })
        .map((r) => r.id)
        .slice(0, 2),
    ).toEqual(['inpatient-reimbursement', 'long-term-resident-registration']);
    expect(search(indexes[0], '住院 异地', { locale: 'zh' })[0].matchedBy).toBe('intent');
  });
  it('needs every group of an intent', () => {
    expect(search(indexes[0], '住院', { locale: 'zh' })[0]).toMatchObject({ id: 'inpatient-reimbursement', matchedBy: 'title' });
  });
  it('counts light words for less: 生育登记 still finds 生育 items', () => {
    expect(search(indexes[1], '生育医疗费登记', { locale: 'zh' })[0]?.id).toBe('childbirth-medical-costs');
  });
});

describe('honest empty results', () => {
  it('gives nothing rather than weak matches', () => {
    expect(findServices(indexes, '量子计算机', { locale: 'zh', city: 'shenyang' }).results).toEqual([]);
    // 社会保障卡 is only a document of most items: a weak match everywhere but in the card item.
    const lost = findServices(indexes, 'lost card', { locale: 'en', city: 'shenyang' });
    expect(lost.results.map((r) => r.id)).toEqual(['card-replacement']);
  });
  it('gives nothing for another office’s business, even when a word of it matches', () => {
    expect(findServices(indexes, '公积金提取', { locale: 'zh', city: 'kaiyuan' }).results).toEqual([]);
    expect(findServices(indexes, 'passport', { locale: 'en', city: 'kaiyuan' }).results).toEqual([]);
  });
});
