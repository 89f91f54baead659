import type { ServiceItemInput } from '../../schema';

// Source: kaiyuan-guide.txt, 合规办事业务指南 “九、参保人员参保信息查询”, printed page 14.
export default {
  id: 'insured-person-enquiry',
  number: '9',
  category: 'insured-person-enquiry',
  title: { zh: '参保人员参保信息查询', en: 'Enquiry into an insured person’s enrolment information' },
  audience: ['employee', 'flexibleWorker', 'retiree', 'resident'],
  description: [
    {
      zh: '参保人员查询包括个人参保信息、转移接续信息、个人医疗缴费信息、个人医保账户信息、零星报销信息、个人消费明细查询和个人权益证明打印等。',
      en: 'Insured persons can look up their enrolment information, transfer and continuation information, medical insurance contributions, personal medical insurance account, individual reimbursements and details of their spending, and print a statement of their personal entitlements, among other things.',
    },
  ],
  documents: [{ doc: 'id-document' }],
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
  source: { section: '九、参保人员参保信息查询', page: 14, checked: '2026-11-30' },
} satisfies ServiceItemInput;
