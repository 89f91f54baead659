// Both languages say the same things in the same shape (issue #14): over the real messages and
// content, and each check shown failing on a deliberately broken string.
import { describe, expect, it } from 'vitest';
import en from '@/content/messages/en.json';
import zh from '@/content/messages/zh.json';
import { getCities } from '@/lib/content/load';
import { englishProblems, flatten, localizedTexts, messageParity } from '@/lib/i18n/parity';

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
