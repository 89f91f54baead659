import type { ServiceItemInput } from '../../schema';

// Source: kaiyuan-guide.txt, 合规办事业务指南 “二、职工参保和变更登记”, printed page 8.
export default {
  id: 'employee-registration',
  number: '2',
  category: 'employee-registration',
  title: { zh: '职工参保和变更登记', en: 'Employee enrolment and change registration' },
  audience: ['employer', 'employee', 'flexibleWorker'],
  description: [
    {
      zh: '用人单位职工参保登记：用人单位自用工之日起三十日内为其职工向医疗保障经办机构申请办理用人单位职工参保登记。',
      en: 'Enrolment of an employer’s staff: within thirty days of taking someone on, the employer applies to the medical insurance office to enrol that employee.',
    },
    {
      zh: '灵活就业人员参保登记：自愿参加职工基本医疗保险的无雇工的个体工商户、未在用人单位参加职工基本医疗保险的非全日制从业人员以及其他灵活就业人员，可向医疗保障经办机构申请办理职工参保登记。职工参保登记包括增加、中断、终止、恢复、在职转退休等参保状态变更。',
      en: 'Enrolment of flexible employment workers: self-employed individual businesses without employees, part-time workers not insured in employee basic medical insurance through an employer, and other flexible employment workers who choose to join employee basic medical insurance may apply to the medical insurance office for employee enrolment. Employee enrolment registration covers changes of insurance status such as joining, interruption, ending, resumption and switching from working to retired status.',
    },
  ],
  scenarios: [
    {
      id: 'employer-staff',
      title: { zh: '用人单位职工参保登记', en: 'Enrolment of an employer’s staff' },
      documents: [
        {
          doc: 'employee-enrolment-form',
          text: {
            zh: '《职工基本医疗保险参保登记表》',
            en: 'Employee Basic Medical Insurance Enrolment Form (《职工基本医疗保险参保登记表》)',
          },
          sealed: true,
        },
        {
          doc: 'employment-papers',
          text: { zh: '相关录用手续', en: 'The relevant hiring papers' },
          notes: { zh: '根据需要提供', en: 'Provided where needed' },
          when: 'public-institution-enrolment',
        },
      ],
    },
    {
      id: 'employer-staff-retirement',
      title: { zh: '用人单位职工在职转退休', en: 'Employer’s staff member switching from working to retired status' },
      documents: [
        {
          doc: 'employee-enrolment-form',
          text: {
            zh: '《职工基本医疗保险参保登记表》',
            en: 'Employee Basic Medical Insurance Enrolment Form (《职工基本医疗保险参保登记表》)',
          },
          sealed: true,
        },
        {
          doc: 'retirement-approval',
          text: { zh: '相关退休审批材料', en: 'The relevant retirement approval documents' },
        },
      ],
    },
    {
      id: 'employer-staff-death',
      title: { zh: '用人单位职工因死亡终止参保', en: 'Ending an employer’s staff member’s insurance because of death' },
      documents: [
        {
          doc: 'employee-enrolment-form',
          text: {
            zh: '《职工基本医疗保险参保登记表》',
            en: 'Employee Basic Medical Insurance Enrolment Form (《职工基本医疗保险参保登记表》)',
          },
          sealed: true,
        },
        { doc: 'death-certificate' },
      ],
    },
    {
      id: 'flexible-worker-new',
      title: { zh: '灵活就业人员办理新参保', en: 'Flexible employment worker: new enrolment' },
      documents: [
        { doc: 'id-document' },
        {
          doc: 'hukou-booklet',
          text: { zh: '户口本', en: 'Household register (hukou booklet)' },
          when: 'local-hukou',
        },
        { doc: 'residence-permit', when: { not: 'local-hukou' } },
      ],
    },
    {
      id: 'flexible-worker-retirement',
      title: { zh: '灵活就业人员在职转退休', en: 'Flexible employment worker switching from working to retired status' },
      documents: [{ doc: 'retirement-approval' }],
    },
    {
      id: 'flexible-worker-death',
      title: { zh: '灵活就业人员因死亡终止参保', en: 'Ending a flexible employment worker’s insurance because of death' },
      documents: [{ doc: 'death-certificate' }],
    },
  ],
  channels: [
    {
      kind: 'window',
      label: { zh: '窗口办', en: 'At a service window' },
      office: 'service-centre',
      place: {
        zh: '开原市医疗保障事务服务中心一楼15号窗口',
        en: 'Kaiyuan Medical Security Affairs Service Centre (开原市医疗保障事务服务中心), 1st floor, window 15',
      },
      windows: ['15'],
    },
    {
      kind: 'online',
      label: { zh: '网上办', en: 'Online' },
      name: { zh: '国家医疗保障公共服务平台', en: 'National Medical Security Public Service Platform (国家医疗保障公共服务平台)' },
      url: 'http://wt.tlyb.vip/hallEnter/#/',
    },
  ],
  timeLimit: {
    cases: [{ limit: { kind: 'workingDays', days: 5 } }],
    source: { zh: '5个工作日内办结', en: 'Completed within 5 working days' },
  },
  source: { section: '二、职工参保和变更登记', page: 8, checked: '2026-11-30' },
} satisfies ServiceItemInput;
