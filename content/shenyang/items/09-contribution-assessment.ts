import type { ServiceItemInput } from '../../schema';

// Source: shenyang-guide.txt, 合规办事业务指南 “9. 医疗保险费核定（灵活就业医疗保险核定）”, printed page 30.
export default {
  id: 'contribution-assessment',
  number: '9',
  category: 'enrolment-and-changes',
  title: {
    zh: '医疗保险费核定（灵活就业医疗保险核定）',
    en: 'Assessment of medical insurance contributions (flexible employment medical insurance assessment)',
  },
  audience: ['flexibleWorker'],
  description: [
    {
      zh: '符合中断月补缴条件（中断三个月内）的参保人员申请办理补缴医疗保险费业务。',
      en: 'Insured people who meet the conditions for paying contributions for missed months (a gap of no more than three months) apply here to pay the missed medical insurance contributions.',
    },
  ],
  documents: [
    {
      doc: 'id-document',
      text: { zh: '本人有效身份证件', en: 'Your own valid identity document' },
      source: { kind: 'applicantOrSharedData' },
    },
    // 代办需提供代办人有效身份证件（资料来源：申报人）
    { doc: 'proxy-id-document', source: { kind: 'applicant' }, when: 'proxy' },
  ],
  channels: [
    {
      kind: 'window',
      label: { zh: '线下办', en: 'In person' },
      place: {
        zh: '公共业务服务部及各分中心综合窗口',
        en: 'General service windows of the Public Business Service Department (公共业务服务部) and of every branch centre',
      },
    },
    { kind: 'kiosk', label: { zh: '线下办', en: 'In person' } },
    {
      kind: 'mobile',
      label: { zh: '掌上办', en: 'On a mobile phone' },
      platform: 'app',
      name: { zh: '沈阳智慧医保APP', en: 'Shenyang Smart Medical Insurance app (沈阳智慧医保)' },
      steps: [
        { zh: '主页', en: 'Home (主页)' },
        { zh: '个体居民', en: 'Individual residents (个体居民)' },
        { zh: '中断缴费月补缴申请', en: 'Application to pay for missed months (中断缴费月补缴申请)' },
      ],
    },
    {
      kind: 'mobile',
      label: { zh: '掌上办', en: 'On a mobile phone' },
      platform: 'wechat',
      name: { zh: '沈阳智慧医保公众号', en: 'Shenyang Smart Medical Insurance WeChat official account (沈阳智慧医保公众号)' },
      steps: [
        { zh: '医保业务', en: 'Medical insurance services (医保业务)' },
        { zh: '个体居民', en: 'Individual residents (个体居民)' },
        { zh: '中断缴费月补缴申请', en: 'Application to pay for missed months (中断缴费月补缴申请)' },
      ],
    },
  ],
  timeLimit: {
    cases: [{ limit: { kind: 'immediate' } }],
    source: { zh: '即时办结', en: 'Done on the spot' },
  },
  tips: [
    {
      zh: '为保障您便捷快速办理业务，建议您优先选择“网上办”方式。确需到医保服务大厅办理，您可先拨打咨询电话，避免业务高峰期等候，我们为您提供预约服务和延时服务，如有问题可拨打024-12345-1-7咨询投诉。',
      en: 'For quick and convenient service, we recommend applying online first. If you do need to come to a medical insurance service hall, you can phone ahead to avoid waiting at peak times; we offer appointments and extended opening hours. For questions or complaints, call 024-12345-1-7.',
    },
  ],
  phones: [{ number: '024-12345-1-7', label: { zh: '咨询投诉', en: 'Enquiries and complaints' } }],
  source: { section: '9. 医疗保险费核定（灵活就业医疗保险核定）', page: 30, checked: '2026-11-23' },
} satisfies ServiceItemInput;
