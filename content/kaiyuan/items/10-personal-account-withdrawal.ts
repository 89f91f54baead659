import type { ServiceItemInput } from '../../schema';

// Source: kaiyuan-guide.txt, 合规办事业务指南 “十、参保人员个人账户一次性支取”, printed page 15.
export default {
  id: 'personal-account-withdrawal',
  number: '10',
  category: 'personal-account-withdrawal',
  title: { zh: '参保人员个人账户一次性支取', en: 'One-off withdrawal of the personal account' },
  audience: ['employee', 'flexibleWorker', 'retiree'],
  description: [
    {
      zh: '参保人员因死亡或各种原因终止、放弃基本医疗保险关系的，可申请办理参保人员个人账户一次性支取。',
      en: 'When an insured person’s basic medical insurance ends because of death, or is ended or given up for any other reason, a one-off withdrawal of the personal account may be applied for.',
    },
  ],
  documents: [
    { doc: 'id-document' },
    {
      doc: 'heir-id-card',
      text: { zh: '继承人身份证', en: 'ID card of the heir' },
      when: 'death',
    },
    {
      doc: 'bank-account-details',
      text: { zh: '银行卡账户信息', en: 'Bank card account details' },
      when: 'death',
    },
    {
      doc: 'letter-of-commitment',
      text: { zh: '个人承诺书', en: 'Personal letter of commitment' },
      when: { all: ['death', { not: 'death-in-shared-data' }] },
    },
    {
      doc: 'voluntary-withdrawal-statement',
      text: { zh: '主动放弃基本医疗保险关系的情况说明', en: 'Statement explaining the voluntary withdrawal from basic medical insurance' },
      when: 'voluntary-withdrawal',
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
    cases: [{ limit: { kind: 'workingDays', days: 15 } }],
    source: { zh: '15个工作日', en: '15 working days' },
  },
  source: { section: '十、参保人员个人账户一次性支取', page: 15, checked: '2026-11-30' },
} satisfies ServiceItemInput;
