import { describe, expect, it } from 'vitest';
import {
  buildChecklist,
  checklistItemKey,
  checklistKey,
  combineForms,
  emptySelection,
  itemsForLifeEvent,
  type Checklist,
  type MergedDocument,
  type Selection,
} from '@/lib/checklist';
import { checklistCity as city } from '../fixtures/checklist-city';

const select = (items: string[], more: Partial<Selection> = {}): Selection => ({ ...emptySelection('kaiyuan'), items, ...more });
const doc = (list: Checklist, key: string): MergedDocument => {
  const found = list.documents.find((d) => d.key === key);
  if (!found) throw new Error(`no document "${key}" in ${list.documents.map((d) => d.key).join(', ')}`);
  return found;
};
const keys = (list: Checklist) => list.documents.map((d) => d.key);

describe('buildChecklist: merging documents', () => {
  const reimbursement = buildChecklist(city, select(['outpatient-reimbursement', 'inpatient-reimbursement']));

  it('lists a document both services need once, naming both services', () => {
    expect(keys(reimbursement)).toEqual(['outpatient-receipt', 'id-card', 'bank-card', 'proxy-id-document', 'discharge-summary', 'letter-of-commitment']);
    const idCard = doc(reimbursement, 'id-card');
    expect(idCard.items).toEqual(['outpatient-reimbursement', 'inpatient-reimbursement']);
    expect(idCard.name).toEqual({ zh: '身份证', en: 'ID card' });
    expect(idCard.description?.en).toBe('The resident identity card.');
    expect(idCard.needs.map((n) => n.text?.zh)).toEqual(['身份证复印件', '身份证复印件']);
  });

  it('adds up photocopies, since each service keeps its own', () => {
    expect(doc(reimbursement, 'id-card')).toMatchObject({ form: 'copy', copies: 2, variants: [{ form: 'copy', sealed: false, items: ['outpatient-reimbursement', 'inpatient-reimbursement'] }] });
    // Outpatient wants one copy of the bank card, inpatient two.
    const bankCard = doc(reimbursement, 'bank-card');
    expect(bankCard.copies).toBe(3);
    expect(bankCard.variants).toEqual([
      { form: 'copy', sealed: false, items: ['outpatient-reimbursement'] },
      { form: 'copy', sealed: false, count: 2, items: ['inpatient-reimbursement'] },
    ]);
  });

  it('keeps documents only one service needs, with that service alone', () => {
    expect(doc(reimbursement, 'discharge-summary')).toMatchObject({ items: ['inpatient-reimbursement'], sealed: true, status: 'needed' });
    expect(doc(reimbursement, 'outpatient-receipt')).toMatchObject({ items: ['outpatient-reimbursement'], form: 'original' });
    expect(doc(reimbursement, 'outpatient-receipt').copies).toBeUndefined();
  });

  it('asks for the original and a copy when one service wants the original and another a copy, keeping both variants', () => {
    const list = buildChecklist(city, select(['resident-registration', 'outpatient-reimbursement']));
    const idCard = doc(list, 'id-card');
    expect(idCard.form).toBe('originalAndCopy');
    expect(idCard.copies).toBe(1);
    expect(idCard.variants).toEqual([
      { form: 'original', sealed: false, items: ['resident-registration'] },
      { form: 'copy', sealed: false, items: ['outpatient-reimbursement'] },
    ]);
  });

  it('combines forms by one rule', () => {
    expect(combineForms(['original', 'copy'])).toBe('originalAndCopy');
    expect(combineForms(['originalOrCopy', 'original'])).toBe('original');
    expect(combineForms(['originalOrCopy', 'copy'])).toBe('copy');
    expect(combineForms(['originalOrCopy', undefined])).toBe('originalOrCopy');
    expect(combineForms(['originalAndCopy', 'originalOrCopy'])).toBe('originalAndCopy');
    expect(combineForms([undefined, undefined])).toBeUndefined();
  });

  it('merges "any one of" requirements by their set of alternatives, apart from the single documents', () => {
    const list = buildChecklist(city, select(['resident-registration', 'maternity-allowance']));
    const proofOfResidence = doc(list, 'hukou-booklet+property-certificate+residence-permit');
    expect(proofOfResidence.items).toEqual(['resident-registration', 'maternity-allowance']);
    expect(proofOfResidence.alternatives?.map((a) => a.id)).toEqual(['hukou-booklet', 'property-certificate', 'residence-permit']);
    expect(proofOfResidence.alternatives?.[1].name.en).toBe('Property ownership certificate');
    expect(proofOfResidence).toMatchObject({ doc: 'hukou-booklet', form: 'copy', copies: 2 });
    // "ID card or hukou booklet" is another line than "ID card".
    expect(doc(list, 'hukou-booklet+id-card').items).toEqual(['maternity-allowance']);
    expect(doc(list, 'id-card')).toMatchObject({ items: ['resident-registration'] });
    expect(doc(list, 'id-card').alternatives).toBeUndefined();
  });

  it('lists documents in order of first appearance, following the order the resident chose', () => {
    expect(keys(buildChecklist(city, select(['inpatient-reimbursement', 'outpatient-reimbursement'])))).toEqual([
      'discharge-summary',
      'id-card',
      'bank-card',
      'letter-of-commitment',
      'outpatient-receipt',
      'proxy-id-document',
    ]);
  });

  it('ignores unknown and repeated item ids', () => {
    const list = buildChecklist(city, select(['nonsense', 'outpatient-reimbursement', 'outpatient-reimbursement']));
    expect(list.items.map((i) => i.id)).toEqual(['outpatient-reimbursement']);
    expect(doc(list, 'id-card').needs).toHaveLength(1);
  });

  it('gives an empty checklist for an empty selection', () => {
    const list = buildChecklist(city, emptySelection('kaiyuan'));
    expect(list).toMatchObject({ items: [], questions: [], documents: [], phones: [], toleratedMissing: [], channels: { common: [], other: [] } });
  });
});

describe('buildChecklist: conditions', () => {
  it('lists a document whose question is unanswered as "needed if …"', () => {
    const list = buildChecklist(city, select(['resident-registration']));
    const proxyId = doc(list, 'proxy-id-document');
    expect(proxyId.status).toBe('conditional');
    expect(proxyId.conditions).toEqual([
      {
        condition: 'proxy',
        is: true,
        label: { zh: '代办时', en: 'If someone applies on your behalf' },
        question: { zh: '是否由他人代办？', en: 'Is someone else applying on your behalf?' },
        items: ['resident-registration'],
      },
    ]);
    // A document needed when the answer is no is labelled with whenNo.
    expect(doc(list, 'letter-of-commitment').conditions).toMatchObject([{ condition: 'local-hukou', is: false, label: { zh: '外地户籍时' } }]);
  });

  it('includes it as needed once the answer matches, and drops it once it does not', () => {
    const yes = buildChecklist(city, select(['resident-registration'], { answers: { proxy: true, 'local-hukou': false } }));
    expect(doc(yes, 'proxy-id-document')).toMatchObject({ status: 'needed', conditions: [] });
    expect(doc(yes, 'proxy-id-document').needs[0].when).toMatchObject({ condition: 'proxy', is: true });
    expect(doc(yes, 'letter-of-commitment').status).toBe('needed');

    const no = buildChecklist(city, select(['resident-registration'], { answers: { proxy: false, 'local-hukou': true } }));
    expect(keys(no)).toEqual(['id-card', 'hukou-booklet+property-certificate+residence-permit']);
  });

  it('asks about conditions inside the chosen scenario', () => {
    const list = buildChecklist(city, select(['employee-registration'], { scenarios: { 'employee-registration': 'add' } }));
    expect(doc(list, 'id-document').status).toBe('needed');
    expect(doc(list, 'hukou-booklet').conditions.map((c) => [c.condition, c.is])).toEqual([['local-hukou', true]]);
    expect(doc(list, 'residence-permit').conditions.map((c) => [c.condition, c.is])).toEqual([['local-hukou', false]]);
    const local = buildChecklist(city, select(['employee-registration'], { scenarios: { 'employee-registration': 'add' }, answers: { 'local-hukou': true } }));
    expect(keys(local)).toEqual(['employee-enrolment-form', 'id-document', 'hukou-booklet']);
    const nonLocal = buildChecklist(city, select(['employee-registration'], { scenarios: { 'employee-registration': 'add' }, answers: { 'local-hukou': false } }));
    expect(keys(nonLocal)).toEqual(['employee-enrolment-form', 'id-document', 'residence-permit']);
  });

  it('lists a document as needed when one service needs it outright, even if another needs it only conditionally', () => {
    const list = buildChecklist(city, select(['resident-registration', 'maternity-allowance']));
    const letter = doc(list, 'letter-of-commitment');
    expect(letter).toMatchObject({ status: 'needed', conditions: [], items: ['resident-registration', 'maternity-allowance'] });
    expect(letter.needs.map((n) => [n.item, n.status])).toEqual([
      ['resident-registration', 'conditional'],
      ['maternity-allowance', 'needed'],
    ]);
    // Answered so that resident registration does not need it: only maternity allowance is left.
    const local = buildChecklist(city, select(['resident-registration', 'maternity-allowance'], { answers: { 'local-hukou': true } }));
    expect(doc(local, 'letter-of-commitment').items).toEqual(['maternity-allowance']);
  });

  it('collects several "needed if" conditions on one document from different services', () => {
    const list = buildChecklist(city, select(['resident-registration', 'inpatient-reimbursement', 'outpatient-reimbursement']));
    expect(doc(list, 'letter-of-commitment').conditions.map((c) => [c.condition, c.is, c.label.en, c.items])).toEqual([
      ['local-hukou', false, 'With non-local household registration', ['resident-registration']],
      ['proxy', true, 'If someone applies on your behalf', ['inpatient-reimbursement']],
    ]);
    // One condition shared by two services is one mark naming both.
    expect(doc(list, 'proxy-id-document').conditions).toMatchObject([{ condition: 'proxy', items: ['resident-registration', 'outpatient-reimbursement'] }]);
    // Answering one of them settles that part only.
    const proxy = buildChecklist(city, select(['resident-registration', 'inpatient-reimbursement'], { answers: { proxy: false } }));
    expect(doc(proxy, 'letter-of-commitment')).toMatchObject({ status: 'conditional', items: ['resident-registration'] });
    expect(doc(proxy, 'letter-of-commitment').conditions.map((c) => c.condition)).toEqual(['local-hukou']);
    expect(keys(proxy)).not.toContain('proxy-id-document');
  });
});

describe('buildChecklist: scenarios', () => {
  it('lists no scenario documents while no case is chosen, and marks the item as awaiting one', () => {
    const list = buildChecklist(city, select(['employee-registration']));
    expect(keys(list)).toEqual(['employee-enrolment-form']);
    expect(list.items[0]).toMatchObject({ id: 'employee-registration', awaitingScenario: true });
    expect(list.items[0].scenario).toBeUndefined();
  });

  it('lists only the chosen case’s documents', () => {
    const list = buildChecklist(city, select(['employee-registration'], { scenarios: { 'employee-registration': 'retire' } }));
    expect(keys(list)).toEqual(['employee-enrolment-form', 'retirement-approval']);
    expect(doc(list, 'retirement-approval').needs[0].scenario).toBe('retire');
    expect(list.items[0]).toMatchObject({ awaitingScenario: false, scenario: { id: 'retire', title: { en: 'Retirement' } } });
  });

  it('treats an unknown scenario id as no choice', () => {
    const list = buildChecklist(city, select(['employee-registration'], { scenarios: { 'employee-registration': 'emigrate' } }));
    expect(keys(list)).toEqual(['employee-enrolment-form']);
    expect(list.items[0].awaitingScenario).toBe(true);
  });

  it('keeps a sealed, counted form as stated', () => {
    const list = buildChecklist(city, select(['employee-registration']));
    expect(doc(list, 'employee-enrolment-form')).toMatchObject({ sealed: true, variants: [{ sealed: true, count: 2, items: ['employee-registration'] }] });
    expect(doc(list, 'employee-enrolment-form').form).toBeUndefined();
    expect(doc(list, 'employee-enrolment-form').copies).toBeUndefined();
  });
});

describe('buildChecklist: supplying documents later (容缺)', () => {
  it('marks a document with the item that tolerates it missing and the deadline', () => {
    const list = buildChecklist(city, select(['insured-person-enquiry']));
    const id = doc(list, 'id-document');
    expect(id.laterSupplyScope).toBe('all');
    expect(id.laterSupply).toEqual([
      {
        item: 'insured-person-enquiry',
        row: 1,
        text: { zh: '有效身份证件', en: 'Valid identity document' },
        method: { zh: '现场补交材料', en: 'Hand it in in person' },
        source: { zh: '申请人提供', en: 'Provided by the applicant' },
        deadline: { cases: [{ limit: { kind: 'workingDays', days: 5 } }], source: { zh: '5个工作日', en: '5 working days' } },
      },
    ]);
  });

  it('marks per service: only the service that tolerates it', () => {
    const list = buildChecklist(city, select(['outpatient-reimbursement', 'inpatient-reimbursement']));
    const bankCard = doc(list, 'bank-card');
    expect(bankCard.laterSupplyScope).toBe('some');
    expect(bankCard.laterSupply.map((m) => [m.item, m.row, m.deadline?.cases[0].limit])).toEqual([
      ['outpatient-reimbursement', 2, { kind: 'workingDays', days: 10 }],
    ]);
    expect(doc(list, 'id-card').laterSupplyScope).toBe('none');
    expect(doc(list, 'id-card').laterSupply).toEqual([]);
  });

  it('lists the 容缺 rows of chosen items, narrowed to them', () => {
    const list = buildChecklist(city, select(['outpatient-reimbursement', 'employee-registration']));
    expect(list.toleratedMissing.map((r) => [r.number, r.items])).toEqual([[2, ['outpatient-reimbursement']]]);
    expect(list.toleratedMissing[0].documents[1].doc).toBeUndefined();
  });
});

describe('buildChecklist: where to go and how', () => {
  it('puts channels serving every chosen service first, matching the same window, site and app however written', () => {
    const { channels } = buildChecklist(city, select(['outpatient-reimbursement', 'inpatient-reimbursement']));
    expect(channels.common.map((c) => c.key)).toEqual(['window:service-centre:5,6', 'online:hall.example.org/services']);
    expect(channels.common[0]).toMatchObject({ servesAll: true, items: ['outpatient-reimbursement', 'inpatient-reimbursement'] });
    // Each service's own wording stays available (labels differ here).
    expect(channels.common[0].byItem.map((b) => b.channel.label?.en)).toEqual(['At a service window', 'In person']);
    expect(channels.other.map((c) => [c.key, c.items])).toEqual([
      ['mobile:wechat:测试医保', ['outpatient-reimbursement']],
      ['institution:定点医院', ['inpatient-reimbursement']],
    ]);
  });

  it('sorts the rest by how many services they serve', () => {
    const { channels } = buildChecklist(city, select(['employee-registration', 'insured-person-enquiry', 'outpatient-reimbursement']));
    expect(channels.common).toEqual([]);
    expect(channels.other.map((c) => [c.kind, c.items.length])).toEqual([
      ['online', 2],
      ['mobile', 2],
      ['window', 1],
      ['kiosk', 1],
      ['email', 1],
      ['window', 1],
    ]);
    const app = channels.other.find((c) => c.kind === 'mobile')!;
    expect(app.byItem.map((b) => (b.channel.kind === 'mobile' ? b.channel.steps?.map((s) => s.zh) : []))).toEqual([
      ['我的', '参保查询'],
      ['报销', '门诊'],
    ]);
    expect(channels.other.find((c) => c.kind === 'email')!.key).toBe('email:enquiry@example.org');
  });

  it('keeps window channels at the same office but other windows apart', () => {
    const { channels } = buildChecklist(city, select(['maternity-allowance', 'employee-registration']));
    expect(channels.other.map((c) => c.key)).toEqual(['window:service-centre:5,6', 'window:service-centre:15', 'online:hall.example.org/services']);
  });

  it('matches windows without an office by their place text', () => {
    const { channels } = buildChecklist(city, select(['resident-registration']));
    expect(channels.common.map((c) => c.key)).toEqual(['agent:户籍所在地社区', 'window@街道便民服务中心']);
  });

  it('gives time limits per service and phones once', () => {
    const list = buildChecklist(city, select(['outpatient-reimbursement', 'inpatient-reimbursement', 'maternity-allowance']));
    expect(list.items.map((i) => [i.id, i.timeLimit?.cases[0].limit])).toEqual([
      ['outpatient-reimbursement', { kind: 'workingDays', days: 30 }],
      ['inpatient-reimbursement', { kind: 'workingDays', days: 30 }],
      ['maternity-allowance', undefined],
    ]);
    expect(list.phones).toEqual([
      {
        number: '11110001',
        labels: [
          { zh: '职工医保', en: 'Employee medical insurance' },
          { zh: '报销咨询', en: 'Reimbursement enquiries' },
        ],
        items: ['outpatient-reimbursement', 'inpatient-reimbursement'],
      },
      { number: '11110002', labels: [], items: ['outpatient-reimbursement'] },
    ]);
    expect(list.items[0].documentNotes).toEqual([{ zh: '复印件需清晰', en: 'Photocopies must be legible' }]);
  });
});

describe('checklist keys', () => {
  it('identify a checklist by city and set of items, whatever the order, cases or answers', () => {
    const a = select(['outpatient-reimbursement', 'inpatient-reimbursement'], { answers: { proxy: true } });
    const b = select(['inpatient-reimbursement', 'outpatient-reimbursement']);
    expect(checklistKey(a)).toBe('yibao-checklist:kaiyuan:inpatient-reimbursement,outpatient-reimbursement');
    expect(checklistKey(a)).toBe(checklistKey(b));
    expect(checklistKey(select(['outpatient-reimbursement']))).not.toBe(checklistKey(a));
  });

  it('give each merged document a stable key', () => {
    const sel = select(['resident-registration', 'maternity-allowance']);
    const list = buildChecklist(city, sel);
    const proof = doc(list, 'hukou-booklet+property-certificate+residence-permit');
    expect(checklistItemKey(sel, proof)).toBe(
      'yibao-checklist:kaiyuan:maternity-allowance,resident-registration#hukou-booklet+property-certificate+residence-permit',
    );
    expect(new Set(list.documents.map((d) => checklistItemKey(sel, d))).size).toBe(list.documents.length);
  });
});

describe('itemsForLifeEvent', () => {
  it('returns the event’s items in the order given', () => {
    expect(itemsForLifeEvent(city, 'having-a-baby')).toEqual(['maternity-allowance', 'resident-registration']);
    expect(itemsForLifeEvent(city, 'retiring')).toEqual(['employee-registration']);
  });

  it('returns nothing for an event the city lacks or an unknown id', () => {
    expect(itemsForLifeEvent(city, 'bereavement')).toEqual([]);
    expect(itemsForLifeEvent(city, '<script>')).toEqual([]);
  });

  it('builds a checklist straight from an event', () => {
    const list = buildChecklist(city, select(itemsForLifeEvent(city, 'having-a-baby')));
    expect(list.items.map((i) => i.id)).toEqual(['maternity-allowance', 'resident-registration']);
    expect(doc(list, 'hukou-booklet+property-certificate+residence-permit').items).toEqual(['maternity-allowance', 'resident-registration']);
  });
});
