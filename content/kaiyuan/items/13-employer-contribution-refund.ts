import type { ServiceItemInput } from '../../schema';

// Source: kaiyuan-guide.txt, 合规办事业务指南 “十三、单位医疗保险保费退费”, printed page 17.
export default {
  id: 'employer-contribution-refund',
  number: '13',
  category: 'employer-contribution-refund',
  title: { zh: '单位医疗保险保费退费', en: 'Refund of employer medical insurance contributions' },
  audience: ['employer'],
  description: [
    {
      zh: '单位退费，由参保单位到税务部门发起退费申请，医保经办机构根据实际情况受理单位退费。',
      en: 'For an employer refund, the insured employer first applies for the refund at the tax authority; the medical insurance office then accepts the employer’s refund according to the actual circumstances.',
    },
  ],
  documents: [{ doc: 'tax-refund-documents' }],
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
  source: { section: '十三、单位医疗保险保费退费', page: 17, checked: '2026-11-30' },
} satisfies ServiceItemInput;
