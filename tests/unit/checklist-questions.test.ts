import { describe, expect, it } from 'vitest';
import { buildChecklist, emptySelection, pruneSelection, questionsFor, type Selection } from '@/lib/checklist';
import { checklistCity as city } from '../fixtures/checklist-city';

const select = (items: string[], more: Partial<Selection> = {}): Selection => ({ ...emptySelection('kaiyuan'), items, ...more });
const params = (sel: Selection) => questionsFor(city, sel).map((q) => q.param);

describe('questionsFor', () => {
  it('asks nothing for items without scenarios or conditions', () => {
    expect(questionsFor(city, select(['insured-person-enquiry', 'maternity-allowance']))).toEqual([]);
    expect(questionsFor(city, emptySelection('kaiyuan'))).toEqual([]);
  });

  it('asks which case applies for an item with scenarios, and nothing about its scenarios’ conditions until one is chosen', () => {
    const questions = questionsFor(city, select(['employee-registration']));
    expect(questions).toEqual([
      {
        kind: 'scenario',
        param: 's.employee-registration',
        item: 'employee-registration',
        itemTitle: { zh: '职工参保登记', en: 'Employee enrolment' },
        options: [
          { id: 'add', title: { zh: '增加', en: 'Joining' } },
          { id: 'suspend', title: { zh: '暂停', en: 'Suspension' } },
          {
            id: 'terminate',
            title: { zh: '终止', en: 'Ending' },
            description: { zh: '参保人员死亡或出国定居', en: 'The insured person has died or settled abroad' },
          },
          { id: 'retire', title: { zh: '在职转退休', en: 'Retirement' } },
        ],
      },
    ]);
  });

  it('asks the chosen scenario’s conditions, and only those', () => {
    const add = select(['employee-registration'], { scenarios: { 'employee-registration': 'add' } });
    expect(params(add)).toEqual(['s.employee-registration', 'c.local-hukou']);
    expect(questionsFor(city, add)[0]).toMatchObject({ answer: 'add' });
    expect(params(select(['employee-registration'], { scenarios: { 'employee-registration': 'terminate' } }))).toEqual([
      's.employee-registration',
      'c.death',
    ]);
    expect(params(select(['employee-registration'], { scenarios: { 'employee-registration': 'retire' } }))).toEqual(['s.employee-registration']);
  });

  it('asks each condition once, naming the items that need the answer, in the city’s order of conditions', () => {
    const sel = select(['outpatient-reimbursement', 'employee-registration', 'resident-registration'], {
      scenarios: { 'employee-registration': 'add' },
    });
    const questions = questionsFor(city, sel);
    expect(questions.map((q) => q.param)).toEqual(['s.employee-registration', 'c.proxy', 'c.local-hukou']);
    expect(questions[1]).toEqual({
      kind: 'condition',
      param: 'c.proxy',
      condition: 'proxy',
      question: { zh: '是否由他人代办？', en: 'Is someone else applying on your behalf?' },
      items: ['outpatient-reimbursement', 'resident-registration'],
    });
    expect(questions[2]).toMatchObject({ condition: 'local-hukou', items: ['employee-registration', 'resident-registration'] });
  });

  it('keeps the same order whatever order the items were chosen in, for conditions', () => {
    const a = params(select(['resident-registration', 'outpatient-reimbursement']));
    const b = params(select(['outpatient-reimbursement', 'resident-registration']));
    expect(a).toEqual(['c.proxy', 'c.local-hukou']);
    expect(b).toEqual(a);
  });

  it('carries the answers given, including "no"', () => {
    const questions = questionsFor(city, select(['resident-registration'], { answers: { proxy: false, 'local-hukou': true, death: true } }));
    expect(questions.map((q) => [q.param, q.answer])).toEqual([
      ['c.proxy', false],
      ['c.local-hukou', true],
    ]);
  });

  it('is the checklist’s own list of questions', () => {
    const sel = select(['employee-registration', 'inpatient-reimbursement']);
    expect(buildChecklist(city, sel).questions).toEqual(questionsFor(city, sel));
  });
});

describe('pruneSelection', () => {
  it('drops unknown items, stray scenarios and answers no chosen item asks for', () => {
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
});
