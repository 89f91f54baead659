// Both languages say the same things in the same shape (issue #14): over the real messages and
// content, and each check shown failing on a deliberately broken string.
import { describe, expect, it } from 'vitest';
import en from '@/content/messages/en.json';
import zh from '@/content/messages/zh.json';
import { getCities } from '@/lib/content/load';
import { englishProblems, flatten, localizedTexts, messageParity } from '@/lib/i18n/parity';
import { getGlossary } from '@/lib/glossary';
import { glossaryProblems } from '@/lib/glossary/consistency';
import { GlossaryEntrySchema, GlossarySchema } from '@/content/glossary/schema';

describe('messages', () => {
  it('every message exists in both languages with the same placeholders', () => {
    expect(messageParity(zh, en)).toEqual([]);
  });
  it('fails on a missing twin and on a placeholder the other language lacks', () => {
    expect(messageParity({ A: { b: 'x{n}' } }, { A: { b: 'x' }, C: 'only English' })).toEqual([
      'C: no Chinese',
      'A.b: placeholders {n} in Chinese, {} in English',
    ]);
  });
});

describe('English text', () => {
  it('has no Chinese punctuation outside the Chinese it quotes, no Chinese ordinals, no "1 copies"', () => {
    const problems: string[] = [];
    for (const city of getCities())
      for (const t of localizedTexts(city, city.id))
        for (const p of englishProblems(t.en)) problems.push(`${t.path}: ${p}: ${t.en.slice(0, 80)}`);
    for (const [key, text] of flatten(en))
      for (const p of englishProblems(text)) problems.push(`messages ${key}: ${p}: ${text.slice(0, 80)}`);
    expect(problems).toEqual([]);
  });
  it('fails on each kind of slip', () => {
    expect(englishProblems('Bring your card（original）')).toEqual(['full-width "（" in English']);
    expect(englishProblems('二十七、Manual reimbursement')).toEqual(['Chinese ordinal in English']);
    expect(englishProblems('1 copies of the form')).toEqual(['"1 copies"']);
    // Chinese quoted in English keeps its own punctuation.
    expect(englishProblems('Calculation Form (《基本养老金（退职生活费）计发核定表》)')).toEqual([]);
  });
});

describe('glossary terms', () => {
  it('are rendered one way in every text of every city and every message', () => {
    const glossary = getGlossary();
    const problems: string[] = [];
    for (const city of getCities())
      for (const t of localizedTexts(city, city.id)) for (const p of glossaryProblems(t, glossary)) problems.push(`${t.path}: ${p}`);
    const english = flatten(en);
    for (const [key, text] of flatten(zh)) {
      const other = english.get(key);
      if (other) for (const p of glossaryProblems({ zh: text, en: other }, glossary)) problems.push(`messages ${key}: ${p}`);
    }
    expect(problems).toEqual([]);
  });
  it('fails on a Chinese term rendered another way, and on two Chinese terms rendered the same way', () => {
    const glossary = getGlossary();
    expect(glossaryProblems({ zh: '本人社会保障卡', en: 'Your social insurance card' }, glossary)).toEqual([
      '社会保障卡 is not “social security card”',
    ]);
    expect(glossaryProblems({ zh: '本人医保电子凭证', en: 'Your social security card' }, glossary)).toEqual([
      '医保电子凭证 is not “electronic medical insurance certificate”',
      '“social security card” is not 社会保障卡 / 社保卡',
    ]);
    // A form's Chinese title quoted in the English counts as rendering the term.
    expect(glossaryProblems({ zh: '《异地就医备案表》', en: 'The form (《异地就医备案表》)' }, glossary)).toEqual([]);
    // The longer term wins: 住院病志 is "inpatient medical records", not also 病志.
    expect(glossaryProblems({ zh: '住院病志', en: 'Inpatient medical records' }, glossary)).toEqual([]);
  });
  it('refuses a Chinese form that is not Chinese, or listed under two entries', () => {
    expect(GlossaryEntrySchema.safeParse({ topic: 'documents', zh: ['social'], en: 'social' }).success).toBe(false);
    const twice = GlossarySchema.safeParse([
      { topic: 'documents', zh: ['社保卡'], en: 'social security card' },
      { topic: 'documents', zh: ['社保卡'], en: 'welfare card' },
    ]);
    expect(twice.error?.issues.map((i) => i.message)).toEqual(['社保卡 is already entry 0']);
  });
});
