import { describe, expect, it } from 'vitest';
import { resolveGuide } from '@/lib/guide';
import { checklistCity as city } from '../fixtures/checklist-city';
import { compareSurface, type ExpectedDocument, type FoundDocument } from '../support/fidelity';

// The fidelity contract (tests/e2e/fidelity.spec.ts) compares every built surface with the model. These
// cases show that it fails on a surface that drops a qualifier, adds a requirement or flattens a condition.
const view = resolveGuide(
  city,
  city.items.find((i) => i.id === 'account-withdrawal')!,
);
const expected: ExpectedDocument[] = view.documents.map((d) => ({ key: d.key, document: d, group: d.conditionText?.zh ?? '', caseId: '' }));
const faithful: FoundDocument[] = view.documents.map((d) => ({
  key: d.key,
  text: [d.wording.zh, ...d.marks.map((m) => m.zh), d.source?.zh, d.tolerated?.deadline?.source.zh].filter(Boolean).join(' '),
  group: d.conditionText?.zh ?? '',
  caseId: '',
}));

describe('compareSurface', () => {
  it('accepts a faithful surface', () => {
    expect(compareSurface(expected, faithful, 'zh')).toEqual([]);
  });

  it('fails when a surface shortens the wording (继承人身份证 → 身份证)', () => {
    const broken = faithful.map((f) => (f.text.startsWith('继承人身份证') ? { ...f, text: f.text.replace('继承人', '') } : f));
    expect(compareSurface(expected, broken, 'zh')).toEqual(['d1 "继承人身份证" lacks "继承人身份证"']);
  });

  it('fails when a mark or source is dropped', () => {
    const broken = faithful.map((f) => (f.key === 'd2' ? { ...f, text: '个人承诺书' } : f));
    expect(compareSurface(expected, broken, 'zh')).toEqual(['d2 "个人承诺书" lacks "原件"', 'd2 "个人承诺书" lacks "现场填写"']);
  });

  it('fails when a conditional document is shown as a plain requirement', () => {
    const broken = faithful.map((f) => (f.key === 'd1' ? { ...f, group: '' } : f));
    expect(compareSurface(expected, broken, 'zh')).toEqual(['d1 is under "", expected "因死亡办理时"']);
  });

  it('fails when a document is dropped or one the model did not return is added', () => {
    const broken = [...faithful.filter((f) => f.key !== 'd3'), { key: 'd9', text: '结婚证', group: '', caseId: '' }];
    expect(compareSurface(expected, broken, 'zh')).toEqual([
      'shows a document the model did not return: d9 "结婚证"',
      'drops d3 "主动放弃情况说明"',
    ]);
  });
});
