import type { ServiceItemInput } from '../../schema';

// Source: kaiyuan-guide.txt, 合规办事业务指南 “八、参保单位参保信息查询”, printed page 14.
export default {
  id: 'employer-enrolment-enquiry',
  number: '8',
  category: 'employer-enrolment-enquiry',
  title: { zh: '参保单位参保信息查询', en: 'Enquiry into an insured employer’s enrolment information' },
  audience: ['employer'],
  description: [
    {
      zh: '参保单位可查询单位基本信息、单位参保信息、单位职工信息、单位缴费明细、职工缴费明细。',
      en: 'Insured employers can look up their basic information, their enrolment information, information on their employees, and details of the employer’s and the employees’ contributions.',
    },
  ],
  documents: [{ doc: 'employer-valid-certificate' }],
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
  source: { section: '八、参保单位参保信息查询', page: 14, checked: '2026-11-30' },
} satisfies ServiceItemInput;
