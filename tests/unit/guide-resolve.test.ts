import { describe, expect, it } from 'vitest';
import { documentGroups, documentStrings, resolveGuide } from '@/lib/guide';
import { checklistCity } from '../fixtures/checklist-city';

const item = (id: string) => checklistCity.items.find((i) => i.id === id)!;
const view = (id: string, input = {}) => resolveGuide(checklistCity, item(id), input);
const byWording = (v: ReturnType<typeof view>, zh: string) => v.documents.find((d) => d.wording.zh === zh)!;

describe('resolveGuide: documents', () => {
  it('words each document as the item does, else by the vocabulary name', () => {
    const v = view('account-withdrawal');
    expect(v.documents.map((d) => d.wording.zh)).toEqual([
      '有效身份证件',
      '继承人身份证',
      '个人承诺书',
      '主动放弃情况说明',
      '银行卡账户信息',
      '户口簿',
      '代办人有效身份证件',
    ]);
  });

  it('marks form, seal, count and optional in the guide’s words, and gives the source in words', () => {
    const d = byWording(view('account-withdrawal'), '个人承诺书');
    expect(d.marks.map((m) => m.zh)).toEqual(['原件']);
    expect(d.source?.zh).toBe('现场填写');
    const form = view('employee-registration').common[0];
    expect(form.marks.map((m) => m.zh)).toEqual(['加盖公章', '2份']);
    expect(form.marks[1].en).toBe('2 copies');
    const optional = byWording(view('account-withdrawal'), '户口簿');
    expect(optional.optional).toBe(true);
    expect(optional.condition).toBeUndefined();
    expect(optional.marks.map((m) => m.zh)).toEqual(['可选受理材料']);
  });

  it('does not repeat a mark the wording already says in both languages', () => {
    const v = view('outpatient-reimbursement');
    expect(byWording(v, '身份证复印件').marks).toEqual([]);
    // Said in neither: kept.
    expect(byWording(v, '门诊收据').marks.map((m) => m.zh)).toEqual(['原件']);
  });

  it('gives every conditional document its condition in words and "depends" while unanswered', () => {
    const v = view('account-withdrawal');
    expect(byWording(v, '继承人身份证')).toMatchObject({ status: 'depends', conditionText: { zh: '因死亡办理时' } });
    expect(byWording(v, '个人承诺书').conditionText?.zh).toBe('因死亡办理时且通过数据共享无法查询死亡信息的');
    expect(byWording(v, '银行卡账户信息').conditionText?.zh).toBe('因死亡办理时或主动放弃参保时');
    expect(byWording(v, '有效身份证件')).toMatchObject({ status: 'needed' });
    expect(byWording(v, '有效身份证件').conditionText).toBeUndefined();
  });

  it('evaluates conditions against the answers: needed, not needed, or still depends', () => {
    const v = view('account-withdrawal', { answers: { death: true, 'voluntary-withdrawal': false } });
    expect(byWording(v, '继承人身份证').status).toBe('needed');
    expect(byWording(v, '主动放弃情况说明').status).toBe('notNeeded');
    expect(byWording(v, '银行卡账户信息').status).toBe('needed');
    expect(byWording(v, '个人承诺书').status).toBe('depends');
  });

  it('adds the documents of the shared situations the item names, under that situation', () => {
    const proxy = byWording(view('account-withdrawal'), '代办人有效身份证件');
    expect(proxy).toMatchObject({ key: 's:proxy:0', condition: 'proxy', conditionText: { zh: '代办时' }, source: { zh: '申请人自备' } });
    expect(view('outpatient-reimbursement').documents.filter((d) => d.doc === 'proxy-id-document')).toHaveLength(1);
  });

  it('marks a document the 容缺 list covers for this item, with the row and deadline', () => {
    const heir = byWording(view('account-withdrawal'), '继承人身份证');
    expect(heir.tolerated).toMatchObject({ row: 3, deadline: { source: { zh: '5个工作日' } } });
    expect(byWording(view('account-withdrawal'), '有效身份证件').tolerated).toBeUndefined();
    // Row 1 covers id-document for the enquiry only.
    expect(view('insured-person-enquiry').documents[0].tolerated?.row).toBe(1);
  });

  it('lists alternatives only when the item gives no wording of its own', () => {
    const v = view('maternity-allowance');
    expect(v.documents[0].alternatives).toBeUndefined();
    expect(v.documents[1].alternatives?.zh).toBe('身份证／户口簿');
  });
});

describe('resolveGuide: cases and questions', () => {
  it('keeps every case with its documents, and lists only the chosen case’s documents', () => {
    const all = view('employee-registration');
    expect(all.cases.map((c) => c.id)).toEqual(['add', 'suspend', 'terminate', 'retire']);
    expect(all.awaitingCase).toBe(true);
    expect(all.documents.map((d) => d.doc)).toEqual(['employee-enrolment-form']);
    const chosen = view('employee-registration', { scenario: 'suspend' });
    expect(chosen.awaitingCase).toBe(false);
    expect(chosen.documents.map((d) => d.doc)).toEqual(['employee-enrolment-form', 'suspension-application']);
    expect(view('employee-registration', { scenario: 'nope' }).awaitingCase).toBe(true);
  });

  it('asks only what still changes the list, and keeps questions already answered', () => {
    // The shared-data follow-up waits until death is answered yes.
    expect(view('account-withdrawal').questions.map((q) => q.id)).toEqual(['proxy', 'death', 'voluntary-withdrawal']);
    expect(view('account-withdrawal', { answers: { death: true } }).questions.map((q) => q.id)).toEqual([
      'proxy',
      'death',
      'death-not-in-shared-data',
      'voluntary-withdrawal',
    ]);
    const answered = view('account-withdrawal', { answers: { death: false, 'voluntary-withdrawal': false, proxy: false } });
    // With no death, whether it shows in shared data no longer matters.
    expect(answered.questions.map((q) => [q.id, q.answer])).toEqual([
      ['proxy', false],
      ['death', false],
      ['voluntary-withdrawal', false],
    ]);
    expect(view('insured-person-enquiry').questions).toEqual([]);
  });
});

describe('resolveGuide: channels', () => {
  it('names a kiosk without a place, and keeps windows, steps and addresses', () => {
    const channels = view('insured-person-enquiry').channels;
    expect(channels.map((c) => [c.kind, c.title.zh])).toEqual([
      ['kiosk', '一体机'],
      ['mobile', '测试医保'],
      ['email', 'Enquiry@Example.org'],
    ]);
    expect(channels[0].label.zh).toBe('自助一体机');
    expect(channels[1].steps.map((s) => s.zh)).toEqual(['我的', '参保查询']);
    expect(view('account-withdrawal').channels[0]).toMatchObject({ kind: 'window', windows: ['15'], office: 'service-centre' });
  });
});

describe('documentGroups', () => {
  it('puts everyone’s documents first, then one group per condition in words, never flattening', () => {
    const groups = documentGroups(view('account-withdrawal'));
    expect(groups.map((g) => [g.conditionText?.zh ?? '', g.documents.map((d) => d.wording.zh)])).toEqual([
      ['', ['有效身份证件', '户口簿']],
      ['因死亡办理时', ['继承人身份证']],
      ['因死亡办理时且通过数据共享无法查询死亡信息的', ['个人承诺书']],
      ['主动放弃参保时', ['主动放弃情况说明']],
      ['因死亡办理时或主动放弃参保时', ['银行卡账户信息']],
      ['代办时', ['代办人有效身份证件']],
    ]);
  });

  it('groups each case apart, headed by its case', () => {
    const groups = documentGroups(view('employee-registration'));
    expect(groups.map((g) => [g.caseId ?? '', g.conditionText?.zh ?? '', g.documents.map((d) => d.doc).join()])).toEqual([
      ['', '', 'employee-enrolment-form'],
      ['add', '', 'id-document'],
      ['add', '本市户籍时', 'hukou-booklet'],
      ['add', '外地户籍时', 'residence-permit'],
      ['suspend', '', 'suspension-application'],
      ['terminate', '因死亡办理时', 'death-certificate'],
      ['retire', '', 'retirement-approval'],
    ]);
  });

  it('leaves out what the answers rule out', () => {
    const groups = documentGroups(view('account-withdrawal', { answers: { death: false } }));
    expect(groups.flatMap((g) => g.documents.map((d) => d.wording.zh))).not.toContain('继承人身份证');
  });
});

describe('documentStrings', () => {
  it('lists every string a resident reads for a document', () => {
    const d = byWording(view('account-withdrawal'), '继承人身份证');
    expect(documentStrings(d, 'zh')).toEqual(['继承人身份证', '因死亡办理时', '5个工作日']);
    expect(documentStrings(d, 'en')).toEqual(['ID card of the heir', 'When applying because of death', '5 working days']);
  });
});
