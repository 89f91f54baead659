import type { ServiceItemInput } from '../../schema';

// Source: kaiyuan-guide.txt, 合规办事业务指南 “十四、个人医疗保险保费退费”, printed page 17.
export default {
  id: 'personal-contribution-refund',
  number: '14',
  category: 'personal-contribution-refund',
  title: { zh: '个人医疗保险保费退费', en: 'Refund of personal medical insurance contributions' },
  audience: ['employee', 'flexibleWorker', 'resident'],
  description: [
    {
      zh: '个人退费，包括单位职工、灵活就业参保人员、城乡居民参保人员办理个人退费业务。由医保经办机构依申请办理退费业务。',
      en: 'Personal refunds are for employees, insured flexible employment workers and insured urban and rural residents. The medical insurance office makes the refund on application.',
    },
  ],
  documents: [
    {
      doc: 'refund-supporting-proof',
      text: { zh: '依据实际情况提供相关证明材料', en: 'Relevant supporting documents, depending on your circumstances' },
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
    cases: [{ limit: { kind: 'workingDays', days: 30 } }],
    source: { zh: '30个工作日', en: '30 working days' },
  },
  source: { section: '十四、个人医疗保险保费退费', page: 17, checked: '2026-11-30' },
} satisfies ServiceItemInput;
