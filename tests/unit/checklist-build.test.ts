import { describe, expect, it } from 'vitest';
import { buildChecklist, emptySelection, itemsForLifeEvent, pruneSelection, type Checklist, type Selection } from '@/lib/checklist';
import { resolveGuide } from '@/lib/guide';
import { checklistCity as city } from '../fixtures/checklist-city';

const select = (items: string[], more: Partial<Selection> = {}): Selection => ({ ...emptySelection('kaiyuan'), items, ...more });
const lines = (list: Checklist) => list.groups.flatMap((g) => g.lines);
const wordings = (list: Checklist) => lines(list).map((l) => l.document.wording.zh);
const line = (list: Checklist, zh: string) => {
  const found = lines(list).find((l) => l.document.wording.zh === zh);
  if (!found) throw new Error(`no line "${zh}" in ${wordings(list).join(', ')}`);
  return found;
};

describe('buildChecklist: one line per document as the model words it', () => {
  it('lists a document two services word identically once, naming both services', () => {
    const list = buildChecklist(city, select(['outpatient-reimbursement', 'inpatient-reimbursement']));
    expect(line(list, '身份证复印件').items).toEqual(['outpatient-reimbursement', 'inpatient-reimbursement']);
  });

  it('keeps a document apart when the services word or mark it differently, so no qualifier is lost', () => {
    const list = buildChecklist(city, select(['outpatient-reimbursement', 'inpatient-reimbursement']));
    const bank = lines(list).filter((l) => l.document.doc === 'bank-card');
    expect(bank.map((l) => [l.items, l.document.marks.map((m) => m.zh)])).toEqual([
      // 复印件 is in the wording (银行卡复印件), so only the count is marked.
      [['outpatient-reimbursement'], []],
      [['inpatient-reimbursement'], ['2份']],
    ]);
  });

  it('carries the model’s document unchanged: wording, marks, source, notes and 容缺', () => {
    const list = buildChecklist(city, select(['account-withdrawal']));
    const model = resolveGuide(
      city,
      city.items.find((i) => i.id === 'account-withdrawal')!,
    ).documents;
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect(
      lines(list)
        .map((l) => l.document)
        .sort(byKey),
    ).toEqual([...model].sort(byKey));
  });

  it('gives each line a key that survives reordering the services', () => {
    const a = buildChecklist(city, select(['outpatient-reimbursement', 'inpatient-reimbursement']));
    const b = buildChecklist(city, select(['inpatient-reimbursement', 'outpatient-reimbursement']));
    expect(new Set(lines(a).map((l) => l.key))).toEqual(new Set(lines(b).map((l) => l.key)));
    expect(new Set(lines(a).map((l) => l.key)).size).toBe(lines(a).length);
  });

  it('ignores unknown and repeated item ids, and is empty for an empty selection', () => {
    expect(buildChecklist(city, select(['nope', 'insured-person-enquiry', 'insured-person-enquiry'])).items.map((i) => i.id)).toEqual([
      'insured-person-enquiry',
    ]);
    expect(buildChecklist(city, emptySelection('kaiyuan'))).toMatchObject({ items: [], groups: [], channels: [], phones: [] });
  });
});

describe('buildChecklist: conditions and answers', () => {
  it('groups documents that depend on an unanswered question under the condition in words', () => {
    const list = buildChecklist(city, select(['account-withdrawal']));
    expect(list.groups.map((g) => g.conditionText?.zh ?? '')).toEqual([
      '',
      '因死亡办理时',
      '因死亡办理时且通过数据共享无法查询死亡信息的',
      '主动放弃参保时',
      '因死亡办理时或主动放弃参保时',
      '代办时',
    ]);
  });

  it('lists only 因死亡 documents when only death was answered yes, keeping the unanswered ones under their condition', () => {
    const list = buildChecklist(city, select(['account-withdrawal'], { answers: { death: true, 'voluntary-withdrawal': false } }));
    expect(list.groups[0].conditionText).toBeUndefined();
    expect(list.groups[0].lines.map((l) => l.document.wording.zh)).toEqual(['有效身份证件', '继承人身份证', '银行卡账户信息', '户口簿']);
    expect(wordings(list)).not.toContain('主动放弃情况说明');
    expect(list.groups.slice(1).map((g) => g.conditionText?.zh)).toEqual(['因死亡办理时且通过数据共享无法查询死亡信息的', '代办时']);
  });

  it('asks each situation once for all the services it matters to, in the city’s order', () => {
    const list = buildChecklist(city, select(['outpatient-reimbursement', 'resident-registration', 'account-withdrawal']));
    expect(list.questions.map((q) => (q.kind === 'situation' ? [q.situation, q.items] : [q.item]))).toEqual([
      ['proxy', ['outpatient-reimbursement', 'resident-registration', 'account-withdrawal']],
      ['local-hukou', ['resident-registration']],
      ['death', ['account-withdrawal']],
      ['voluntary-withdrawal', ['account-withdrawal']],
    ]);
  });

  it('asks which case applies first, then only the chosen case’s questions', () => {
    const waiting = buildChecklist(city, select(['employee-registration']));
    expect(waiting.questions.map((q) => q.kind)).toEqual(['scenario']);
    expect(waiting.items[0].awaitingCase).toBe(true);
    const add = buildChecklist(city, select(['employee-registration'], { scenarios: { 'employee-registration': 'add' } }));
    expect(add.questions.map((q) => q.param)).toEqual(['s.employee-registration', 'c.local-hukou']);
    expect(add.questions[0]).toMatchObject({ answer: 'add' });
  });
});

describe('buildChecklist: where to go, phones', () => {
  it('puts channels serving every chosen service first, matching the same window and site however written', () => {
    const { channels } = buildChecklist(city, select(['outpatient-reimbursement', 'inpatient-reimbursement']));
    expect(channels.map((c) => [c.key, c.servesAll])).toEqual([
      ['window:service-centre:5,6', true],
      ['online:hall.example.org/services', true],
      ['mobile:wechat:测试医保:报销>门诊', false],
      ['institution:定点医院:', false],
    ]);
  });

  it('keeps a kiosk as a channel of its own, named', () => {
    const { channels } = buildChecklist(city, select(['account-withdrawal']));
    expect(channels.map((c) => [c.channel.kind, c.channel.title.zh])).toEqual([
      ['window', '测试市医疗保障事务服务中心15号窗口'],
      ['kiosk', '一体机'],
    ]);
  });

  it('lists phones once with every label', () => {
    const list = buildChecklist(city, select(['outpatient-reimbursement', 'inpatient-reimbursement']));
    expect(list.phones.map((p) => [p.number, p.labels.map((l) => l.zh), p.items.length])).toEqual([
      ['11110001', ['职工医保', '报销咨询'], 2],
      ['11110002', [], 1],
    ]);
  });

  it('keeps each item’s notes and tips in its view', () => {
    const list = buildChecklist(city, select(['outpatient-reimbursement', 'account-withdrawal']));
    expect(list.items.map((i) => [i.documentNotes.length, i.tips.map((t) => t.zh)])).toEqual([
      [1, []],
      [0, ['带齐材料再来']],
    ]);
  });
});

describe('pruneSelection and life events', () => {
  it('drops unknown items, stray cases and answers no chosen item asks for', () => {
    const sel = select(['nonsense', 'employee-registration', 'employee-registration', 'outpatient-reimbursement'], {
      scenarios: { 'employee-registration': 'retire', 'resident-registration': 'x', 'outpatient-reimbursement': 'x' },
      answers: { proxy: true, 'local-hukou': false, death: true },
    });
    expect(pruneSelection(city, sel)).toEqual({
      city: 'kaiyuan',
      items: ['employee-registration', 'outpatient-reimbursement'],
      scenarios: { 'employee-registration': 'retire' },
      answers: { proxy: true },
    });
  });

  it('gives a life event’s items in order, and nothing for an unknown event', () => {
    expect(itemsForLifeEvent(city, 'having-a-baby')).toEqual(['maternity-allowance', 'resident-registration']);
    expect(itemsForLifeEvent(city, 'nope')).toEqual([]);
  });
});
