import { describe, expect, it } from 'vitest';
import {
  MAX_ITEMS,
  MAX_PROBLEMS,
  MAX_QUERY_LENGTH,
  decodeSelection,
  encodeSelection,
  readCityParam,
  type DecodeProblem,
  type Selection,
} from '@/lib/checklist';
import type { CityContent } from '@/lib/content/validate';
import { checklistCity as city } from '../fixtures/checklist-city';

const codes = (problems: DecodeProblem[]) => problems.map((p) => p.code);

const full: Selection = {
  city: 'kaiyuan',
  items: ['outpatient-reimbursement', 'employee-registration', 'resident-registration'],
  scenarios: { 'employee-registration': 'add' },
  answers: { proxy: true, 'local-hukou': false },
};

describe('encodeSelection', () => {
  it('writes a short, readable query', () => {
    expect(encodeSelection(full)).toBe(
      'city=kaiyuan&items=outpatient-reimbursement,employee-registration,resident-registration&s.employee-registration=add&c.local-hukou=0&c.proxy=1',
    );
  });

  it('writes just the city for an empty selection, and leaves out scenarios of unchosen items', () => {
    expect(encodeSelection({ city: 'kaiyuan', items: [], scenarios: { 'employee-registration': 'add' }, answers: {} })).toBe(
      'city=kaiyuan',
    );
  });

  it('gives the same string for the same selection whatever order the answers were given in', () => {
    expect(encodeSelection({ ...full, answers: { 'local-hukou': false, proxy: true } })).toBe(encodeSelection(full));
  });
});

describe('decodeSelection', () => {
  it('round-trips a selection', () => {
    const { selection, problems } = decodeSelection(city, encodeSelection(full));
    expect(problems).toEqual([]);
    expect(selection).toEqual(full);
  });

  it('round-trips an empty selection and one with every item', () => {
    const empty: Selection = { city: 'kaiyuan', items: [], scenarios: {}, answers: {} };
    expect(decodeSelection(city, encodeSelection(empty))).toEqual({ selection: empty, problems: [] });
    const all: Selection = {
      ...empty,
      items: city.items.map((i) => i.id).reverse(),
      scenarios: { 'employee-registration': 'terminate' },
      answers: { death: false },
    };
    expect(decodeSelection(city, encodeSelection(all))).toEqual({ selection: all, problems: [] });
  });

  it('accepts "?…", a whole URL, URLSearchParams, escaped commas, any letter case and yes/no', () => {
    const expected = decodeSelection(city, encodeSelection(full)).selection;
    expect(decodeSelection(city, `?${encodeSelection(full)}`).selection).toEqual(expected);
    expect(decodeSelection(city, `https://example.org/zh/checklist/?${encodeSelection(full)}#top`).selection).toEqual(expected);
    expect(decodeSelection(city, new URLSearchParams(encodeSelection(full))).selection).toEqual(expected);
    const loose = decodeSelection(
      city,
      'CITY=ky&items=Outpatient-Reimbursement%2Cemployee-registration,,resident-registration,&S.employee-registration=ADD&c.proxy=yes&c.local-hukou=false',
    );
    expect(loose).toEqual({ selection: expected, problems: [] });
  });

  it('ignores parameters that are not its own, such as those messaging apps add', () => {
    expect(decodeSelection(city, `${encodeSelection(full)}&from=singlemessage&isappinstalled=0&utm_source=x`)).toEqual({
      selection: full,
      problems: [],
    });
  });

  it('reports unknown and duplicate items, keeping the rest in order', () => {
    const { selection, problems } = decodeSelection(
      city,
      'city=kaiyuan&items=outpatient-reimbursement,dental-care,outpatient-reimbursement,maternity-allowance',
    );
    expect(selection.items).toEqual(['outpatient-reimbursement', 'maternity-allowance']);
    expect(problems).toEqual([
      { code: 'unknown-item', param: 'items', value: 'dental-care' },
      { code: 'duplicate-item', param: 'items', value: 'outpatient-reimbursement' },
    ]);
  });

  it('reads repeated items parameters as one list', () => {
    expect(decodeSelection(city, 'items=outpatient-reimbursement&items=maternity-allowance').selection.items).toEqual([
      'outpatient-reimbursement',
      'maternity-allowance',
    ]);
  });

  it('reports an unknown city, but still reads the rest for the city it was given', () => {
    const { selection, problems } = decodeSelection(city, 'city=beijing&items=maternity-allowance');
    expect(selection).toMatchObject({ city: 'kaiyuan', items: ['maternity-allowance'] });
    expect(problems).toEqual([{ code: 'unknown-city', param: 'city', value: 'beijing' }]);
    expect(decodeSelection(city, 'items=maternity-allowance').problems).toEqual([]);
    expect(decodeSelection(city, 'city=shenyang').problems).toEqual([{ code: 'unknown-city', param: 'city', value: 'shenyang' }]);
  });

  it('reports unknown scenarios, scenarios of unchosen or unknown items, unknown conditions and malformed answers', () => {
    const { selection, problems } = decodeSelection(
      city,
      [
        'items=employee-registration,resident-registration',
        's.employee-registration=emigrate',
        's.outpatient-reimbursement=add',
        's.dental-care=add',
        's.resident-registration=',
        'c.proxy=maybe',
        'c.local-hukou=',
        'c.married=1',
        'c.death=0',
        'c.death=1',
      ].join('&'),
    );
    expect(selection).toEqual({
      city: 'kaiyuan',
      items: ['employee-registration', 'resident-registration'],
      scenarios: {},
      answers: { death: false },
    });
    expect(problems).toEqual([
      { code: 'duplicate-parameter', param: 'c.death', value: '1' },
      { code: 'unknown-scenario', param: 's.employee-registration', value: 'emigrate' },
      { code: 'scenario-without-item', param: 's.outpatient-reimbursement', value: 'add' },
      { code: 'unknown-item', param: 's.dental-care', value: 'dental-care' },
      { code: 'invalid-answer', param: 'c.proxy', value: 'maybe' },
      { code: 'unknown-condition', param: 'c.married', value: 'married' },
    ]);
  });

  it('caps the number of items', () => {
    const many: CityContent = {
      ...city,
      items: Array.from({ length: MAX_ITEMS + 5 }, (_, i) => ({ ...city.items[0], id: `item-${i}`, number: String(i + 1) })),
    };
    const { selection, problems } = decodeSelection(many, `items=${many.items.map((i) => i.id).join(',')}`);
    expect(selection.items).toHaveLength(MAX_ITEMS);
    expect(selection.items.at(-1)).toBe(`item-${MAX_ITEMS - 1}`);
    expect(problems).toEqual([{ code: 'too-many-items', param: 'items', value: String(MAX_ITEMS + 5) }]);
  });

  it('reads an absurdly long query only up to the cap, cutting between parameters', () => {
    const query = `items=outpatient-reimbursement&c.proxy=1&junk=${'x'.repeat(MAX_QUERY_LENGTH)}&items=maternity-allowance`;
    const { selection, problems } = decodeSelection(city, query);
    expect(selection).toEqual({ city: 'kaiyuan', items: ['outpatient-reimbursement'], scenarios: {}, answers: { proxy: true } });
    expect(problems).toEqual([{ code: 'too-long', param: '', value: String(query.length) }]);
    // One enormous parameter is dropped whole rather than read half-way.
    const one = decodeSelection(city, `items=${'outpatient-reimbursement,'.repeat(1000)}`);
    expect(one.selection.items).toEqual([]);
    expect(codes(one.problems)).toEqual(['too-long']);
  });

  it('quotes hostile values short and without control characters, and caps the number of problems', () => {
    const markup = '<script>alert(1)</script>'.repeat(10);
    const { selection, problems } = decodeSelection(
      city,
      `items=${encodeURIComponent(markup)},${encodeURIComponent('evil\u202eoh\u0000')},${Array.from({ length: 50 }, (_, i) => `x${i}`).join(',')}`,
    );
    expect(selection.items).toEqual([]);
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[0].value).toBe(`${markup.slice(0, 60)}…`);
    expect(problems[1].value).toBe('eviloh');
    expect(problems.at(-1)).toEqual({ code: 'more-problems', param: '', value: String(52 - MAX_PROBLEMS) });
  });

  it('never throws, whatever it is given', () => {
    const hostile = [
      '',
      '?',
      '&&&==&=',
      '%',
      '%E0%A4%A',
      'items=%FF%FE',
      'items=__proto__,constructor,toString',
      's.__proto__=x&c.__proto__=1&c.constructor=1&c.hasOwnProperty=0',
      'c.proxy=1&c.proxy=0&c.proxy=1',
      'items=' + '\uD800'.repeat(50),
      '<img src=x onerror=alert(1)>',
      'javascript:alert(1)',
      'city=' + 'a'.repeat(100_000),
      'a=1&'.repeat(50_000),
    ];
    for (const query of hostile) {
      const result = decodeSelection(city, query);
      expect(result.selection.city).toBe('kaiyuan');
      expect(result.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
      expect(Object.getPrototypeOf(result.selection.answers)).toBe(Object.prototype);
      expect(Object.keys(result.selection.scenarios).every((id) => city.items.some((i) => i.id === id))).toBe(true);
      expect(Object.keys(result.selection.answers).every((id) => Object.hasOwn(city.situations, id))).toBe(true);
    }
    expect(decodeSelection(city, 'items=__proto__,constructor').problems).toEqual([
      { code: 'unknown-item', param: 'items', value: '__proto__' },
      { code: 'unknown-item', param: 'items', value: 'constructor' },
    ]);
    expect(decodeSelection(city, 'c.constructor=1').problems).toEqual([
      { code: 'unknown-condition', param: 'c.constructor', value: 'constructor' },
    ]);
  });
});

describe('readCityParam', () => {
  it('reads the city parameter so a page can pick the city first', () => {
    expect(readCityParam('?city=Shenyang&items=x')).toBe('shenyang');
    expect(readCityParam(new URLSearchParams('city=kaiyuan'))).toBe('kaiyuan');
    expect(readCityParam('items=x')).toBeUndefined();
    expect(readCityParam('city=')).toBeUndefined();
  });
});
