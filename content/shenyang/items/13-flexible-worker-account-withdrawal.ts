import type { ServiceItemInput } from '../../schema';

// Source: shenyang-guide.txt, 合规办事业务指南 “13. 参保人员个人账户一次性支取（灵活就业人员）”, printed page 34.
export default {
  id: 'flexible-worker-account-withdrawal',
  number: '13',
  category: 'enquiries-and-withdrawals',
  title: {
    zh: '参保人员个人账户一次性支取（灵活就业人员）',
    en: 'One-off withdrawal of the personal account (flexible employment workers)',
  },
  audience: ['flexibleWorker'],
  description: [
    {
      zh: '灵活就业人员因死亡、出国定居退保、转变身份参加居民医疗保险，其个人账户余额部分可以办理个人账户清退。',
      en: 'When a flexible employment worker dies, leaves the insurance because they have settled abroad, or changes status and joins residents’ medical insurance, the balance of their personal account can be paid out.',
    },
  ],
  documents: [
    {
      doc: 'id-document',
      text: { zh: '有效身份证件', en: 'Valid identity document' },
      source: { kind: 'applicant' },
    },
    {
      doc: 'social-security-card',
      anyOf: ['social-security-card', 'bank-debit-card'],
      text: {
        zh: '社会保障卡或盛京银行借记卡、中国工商银行借记卡等',
        en: 'Social security card, or a debit card such as a Shengjing Bank (盛京银行) or Industrial and Commercial Bank of China (中国工商银行) debit card',
      },
      source: { kind: 'applicantOrSharedData' },
    },
    {
      doc: 'death-certificate',
      text: { zh: '死亡证明', en: 'Death certificate' },
      source: { kind: 'applicant' },
      when: 'death',
    },
    {
      doc: 'emigration-proof',
      text: { zh: '出国定居证明', en: 'Proof of settling abroad' },
      source: { kind: 'applicant' },
      when: 'emigration',
    },
  ],
  situations: ['proxy'],
  documentNotes: [
    {
      zh: '其他手续：死亡证明、出国定居证明等。',
      en: 'Other papers: death certificate, proof of settling abroad and the like.',
    },
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
        { zh: '个人账户一次性支取', en: 'One-off withdrawal of the personal account (个人账户一次性支取)' },
      ],
    },
  ],
  timeLimit: {
    cases: [{ limit: { kind: 'workingDays', days: 15 } }],
    source: { zh: '15个工作日', en: '15 working days' },
  },
  tips: [
    {
      zh: '为保障您便捷快速办理业务，建议您优先选择“掌上办”方式。确需到医保服务大厅办理，您可先拨打咨询电话，避免业务高峰期等候，我们为您提供预约服务和延时服务，如有问题可拨打024-12345-1-7咨询投诉。',
      en: 'For quick and convenient service, we recommend applying on your mobile phone first. If you do need to come to a medical insurance service hall, you can phone ahead to avoid waiting at peak times; we offer appointments and extended opening hours. For questions or complaints, call 024-12345-1-7.',
    },
  ],
  phones: [{ number: '024-12345-1-7', label: { zh: '咨询投诉', en: 'Enquiries and complaints' } }],
  source: { section: '13. 参保人员个人账户一次性支取（灵活就业人员）', page: 34, checked: '2026-11-23' },
} satisfies ServiceItemInput;
