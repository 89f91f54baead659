// The glossary as pages use it (issue #14): terms found in both scripts, and a window term's Chinese
// written beside its English the first time a page uses it.
import { describe, expect, it } from 'vitest';
import { GlossarySchema } from '@/content/glossary/schema';
import { findChinese, findEnglish, FirstUse } from '@/lib/glossary';

const terms = GlossarySchema.parse([
  { topic: 'documents', zh: ['社会保障卡', '社保卡'], en: 'social security card', window: true },
  { topic: 'documents', zh: ['住院病志'], en: 'inpatient medical records', window: true },
  { topic: 'documents', zh: ['病志', '病历'], en: 'medical records', window: true },
  { topic: 'documents', zh: ['定点零售药店'], en: 'designated retail pharmacy', window: true },
  { topic: 'documents', zh: ['参保人员'], en: 'insured person' },
]);

describe('finding terms', () => {
  it('matches whole words, plurals and either apostrophe, longest first', () => {
    expect(findEnglish('Social security cards and inpatient medical records', terms).map((m) => m.form)).toEqual([
      'social security card',
      'inpatient medical records',
    ]);
    expect(findEnglish('two designated retail pharmacies', terms).map((m) => m.entry.zh[0])).toEqual(['定点零售药店']);
    expect(findEnglish('asocial security cardholder', terms)).toEqual([]);
    expect(findChinese('本人社会保障卡及住院病志', terms).map((m) => m.form)).toEqual(['社会保障卡', '住院病志']);
  });
});

describe('first use on a page', () => {
  it('writes the Chinese after a window term once per page, in the form the Chinese twin uses', () => {
    const page = new FirstUse(terms);
    expect(page.en({ zh: '本人社保卡原件', en: 'Your social security card (original)' })).toBe(
      'Your social security card (社保卡) (original)',
    );
    expect(page.en({ zh: '社保卡复印件', en: 'Photocopy of your social security card' })).toBe('Photocopy of your social security card');
    expect(page.en({ zh: '住院病志及病历', en: 'Inpatient medical records and other medical records' })).toBe(
      'Inpatient medical records (住院病志) and other medical records (病历)',
    );
  });
  it('leaves a text that already shows the Chinese, counting it as the first use; leaves everyday terms', () => {
    const page = new FirstUse(terms);
    expect(page.en({ zh: '社会保障卡', en: 'Social security card (社会保障卡)' })).toBe('Social security card (社会保障卡)');
    expect(page.en({ zh: '社会保障卡', en: 'Social security card' })).toBe('Social security card');
    expect(page.en({ zh: '参保人员', en: 'Insured persons' })).toBe('Insured persons');
    // Never inside a name the English already quotes in Chinese.
    const form = { zh: '《住院病志登记表》', en: 'Inpatient Medical Records Form (《住院病志登记表》)' };
    expect(new FirstUse(terms).en(form)).toBe(form.en);
    // Chinese elsewhere in the text does not stop a gloss.
    expect(new FirstUse(terms).en({ zh: '持社保卡和居住证', en: 'With a social security card and a residence permit (居住证)' })).toBe(
      'With a social security card (社保卡) and a residence permit (居住证)',
    );
    expect(new FirstUse(terms).en({ zh: '定点零售药店', en: 'Designated retail pharmacies nearby' })).toBe(
      'Designated retail pharmacies (定点零售药店) nearby',
    );
  });
});
