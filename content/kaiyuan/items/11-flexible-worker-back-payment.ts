import type { ServiceItemInput } from '../../schema';

// Source: kaiyuan-guide.txt, 合规办事业务指南 “十一、灵活就业人员补收核定”, printed page 16.
export default {
  id: 'flexible-worker-back-payment',
  number: '11',
  category: 'flexible-worker-back-payment',
  title: { zh: '灵活就业人员补收核定', en: 'Assessment of back payments for flexible employment workers' },
  audience: ['flexibleWorker'],
  description: [
    {
      zh: '灵活就业人员补收核定包括缴费档次变更、中断补费、退休一次性趸缴。',
      en: 'Assessment of back payments for flexible employment workers covers changing the contribution level, paying for a gap in contributions, and a one-off lump-sum payment on retirement.',
    },
  ],
  documents: [
    {
      doc: 'retirement-approval',
      text: { zh: '退休证明材料', en: 'Proof of retirement' },
      when: 'retirement-lump-sum',
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
    source: { zh: '即时办理', en: 'Handled on the spot' },
  },
  source: { section: '十一、灵活就业人员补收核定', page: 16, checked: '2026-11-30' },
} satisfies ServiceItemInput;
