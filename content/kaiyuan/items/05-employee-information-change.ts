import type { ServiceItemInput } from '../../schema';

// Source: kaiyuan-guide.txt, 合规办事业务指南 “五、职工参保信息变更登记”, printed page 12.
export default {
  id: 'employee-information-change',
  number: '5',
  category: 'employee-information-change',
  title: { zh: '职工参保信息变更登记', en: 'Change of employee enrolment information' },
  audience: ['employee', 'flexibleWorker', 'employer'],
  description: [
    {
      zh: '一、职工（灵活就业人员）参保信息变更包括重要信息变更和一般信息变更。',
      en: '1. Changes of an employee’s (or flexible employment worker’s) enrolment information are either changes of key information or changes of general information.',
    },
    {
      zh: '二、重要信息变更包括姓名、性别、民族、证件类型及号码、出生日期、首次参加工作日期等信息变更。',
      en: '2. Key information includes name, sex, ethnic group, type and number of identity document, date of birth, the date of first employment and so on.',
    },
    {
      zh: '三、一般信息变更包括政治面貌，婚姻状态，健康状况，行政职务，毕业院校，专业技术职务等级，国家职业资格等级，户口簿、编号、联系信息和银行信息等。职工（灵活就业人员）因本人参保信息发生变化，申请办理参保信息变更登记。',
      en: '3. General information includes political status, marital status, state of health, administrative post, school or university of graduation, professional and technical title, national vocational qualification level, household register (hukou booklet) and its number, contact information, bank information and so on. Employees (and flexible employment workers) apply for a change of registration when their own enrolment information changes.',
    },
  ],
  documents: [
    {
      doc: 'employer-change-form',
      text: {
        zh: '《基本医疗保险参保单位信息变更登记表》',
        en: 'Basic Medical Insurance Employer Information Change Form (《基本医疗保险参保单位信息变更登记表》)',
      },
      sealed: true,
    },
    {
      doc: 'change-supporting-materials',
      text: { zh: '单位信息变更对应辅助材料', en: 'Supporting documents for the information being changed' },
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
    cases: [{ limit: { kind: 'immediate' } }],
    source: { zh: '即时办结', en: 'Done on the spot' },
  },
  source: { section: '五、职工参保信息变更登记', page: 12, checked: '2026-11-30' },
} satisfies ServiceItemInput;
