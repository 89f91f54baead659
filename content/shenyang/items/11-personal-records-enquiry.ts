import type { ServiceItemInput } from '../../schema';

// Source: shenyang-guide.txt, 合规办事业务指南 “11. 参保人员参保信息查询”, printed page 32.
export default {
  id: 'personal-records-enquiry',
  number: '11',
  category: 'enquiries-and-withdrawals',
  title: { zh: '参保人员参保信息查询', en: 'Insured person’s records enquiry' },
  audience: ['employee', 'flexibleWorker', 'resident', 'retiree'],
  description: [
    {
      zh: '参保人员参保信息查询包括个人参保信息、个人医疗缴费信息、个人医保账户信息、个人消费明细查询和个人权益证明打印等。',
      en: 'Insured persons can look up their insurance details, their medical insurance contributions, their personal medical insurance account and a breakdown of their spending, and can print a proof of their entitlements.',
    },
  ],
  documents: [
    {
      doc: 'id-card',
      anyOf: ['id-card', 'social-security-card'],
      text: { zh: '本人身份证或社保卡', en: 'Your own ID card or social security card' },
      source: { kind: 'applicant' },
    },
    // 代办需提供代办人有效身份证件（资料来源：申报人）
    { doc: 'proxy-id-document', source: { kind: 'applicant' }, when: 'proxy' },
  ],
  channels: [
    {
      kind: 'window',
      label: { zh: '窗口办', en: 'At a service window' },
      place: {
        zh: '公共业务服务部及各分中心综合窗口',
        en: 'General service windows of the Public Business Service Department (公共业务服务部) and of every branch centre',
      },
    },
    {
      kind: 'kiosk',
      label: { zh: '自助办', en: 'Self-service' },
      place: {
        zh: '公共业务服务部及各分中心自助查询机',
        en: 'Self-service enquiry machines of the Public Business Service Department (公共业务服务部) and of every branch centre',
      },
    },
    {
      kind: 'mobile',
      label: { zh: '掌上办', en: 'On a mobile phone' },
      platform: 'app',
      name: { zh: '沈阳智慧医保APP', en: 'Shenyang Smart Medical Insurance app (沈阳智慧医保)' },
      steps: [
        { zh: '主页', en: 'Home (主页)' },
        { zh: '账户查询/权益证明', en: 'Account enquiry (账户查询) or Proof of entitlements (权益证明)' },
      ],
    },
    {
      kind: 'online',
      label: { zh: '网上办', en: 'Online' },
      name: { zh: '沈阳政务服务网', en: 'Shenyang Government Services website (沈阳政务服务网)' },
      url: 'http://zwfw.shenyang.gov.cn/',
    },
  ],
  timeLimit: {
    cases: [{ limit: { kind: 'immediate' } }],
    source: { zh: '即时办结', en: 'Done on the spot' },
  },
  tips: [
    {
      zh: '为保障您便捷快速办理业务，建议您优先选择“网上办”方式。确需到医保服务大厅办理，您先拨打咨询电话，避免业务高峰期等候，我们为您提供预约服务和延时服务，如有问题可拨打024-12345-1-7咨询投诉。',
      en: 'For quick and convenient service, we recommend applying online first. If you do need to come to a medical insurance service hall, phone ahead first to avoid waiting at peak times; we offer appointments and extended opening hours. For questions or complaints, call 024-12345-1-7.',
    },
  ],
  phones: [{ number: '024-12345-1-7', label: { zh: '咨询投诉', en: 'Enquiries and complaints' } }],
  source: { section: '11. 参保人员参保信息查询', page: 32, checked: '2026-11-23' },
} satisfies ServiceItemInput;
