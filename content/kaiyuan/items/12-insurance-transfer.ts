import type { ServiceItemInput } from '../../schema';

// Source: kaiyuan-guide.txt, 合规办事业务指南 “十二、基本医疗保险（生育）保险关系转移接续”, printed page 16.
export default {
  id: 'insurance-transfer',
  number: '12',
  category: 'insurance-transfer',
  title: { zh: '基本医疗保险（生育）保险关系转移接续', en: 'Transfer and continuation of basic medical (maternity) insurance' },
  audience: ['employee', 'flexibleWorker', 'resident'],
  description: [
    {
      zh: '基本医疗保险（生育保险）关系转移接续指参保人流动就业、户籍或常住地变动时，跨制度、跨统筹地区转移接续基本医疗保险参保关系。转移接续手续办理前，参保人应按照规定完成转出地暂停参保登记和转入地新参保登记。',
      en: 'Transfer and continuation of basic medical insurance (maternity insurance) means moving an insured person’s basic medical insurance to another scheme or another pooling area when they change jobs, household registration (hukou) or usual place of residence. Before the transfer, the insured person must, as required, complete the suspension of insurance where they leave and a new enrolment where they arrive.',
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
    cases: [{ limit: { kind: 'workingDays', days: 15 } }],
    source: { zh: '15个工作日', en: '15 working days' },
  },
  source: { section: '十二、基本医疗保险（生育）保险关系转移接续', page: 16, checked: '2026-11-30' },
} satisfies ServiceItemInput;
