import type { ServiceItemInput } from '../../schema';

// Source: kaiyuan-guide.txt, 合规办事业务指南 “七、单位缴费核定”, printed page 13.
export default {
  id: 'employer-contribution-assessment',
  number: '7',
  category: 'employer-contribution-assessment',
  title: { zh: '单位缴费核定', en: 'Assessment of employer contributions' },
  audience: ['employer'],
  description: [
    {
      zh: '单位缴费核定/回退包括医疗保险缴费工资申报、缴费基数核定、单位应收核定、退休人员医疗保险一次性补缴核定、征集（核定单打印）、单位应收核定回退、补收核定业务、医疗保险费欠费核销。',
      en: 'Assessment (and reversal) of employer contributions covers declaring the wages on which medical insurance contributions are paid, assessing the contribution base, assessing the amount the employer owes, assessing one-off back payments of medical insurance for retirees, collection (printing the assessment notice), reversing an assessment of the amount owed, assessing back payments, and writing off arrears of medical insurance contributions.',
    },
  ],
  documents: [
    {
      doc: 'employee-wage-declaration',
      sealed: true,
    },
    {
      doc: 'retiree-wage-declaration',
      sealed: true,
    },
    {
      doc: 'contribution-declaration-form',
      when: 'dual-base-area',
    },
    {
      doc: 'supporting-proof',
      text: { zh: '相关证明材料', en: 'Relevant supporting documents' },
      notes: { zh: '依需求由参保单位提供', en: 'Provided by the insured employer as needed' },
      when: 'back-payment-or-write-off',
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
  source: { section: '七、单位缴费核定', page: 13, checked: '2026-11-30' },
} satisfies ServiceItemInput;
