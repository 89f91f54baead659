import type { ServiceItemInput } from '../../schema';

// Source: kaiyuan-guide.txt, 合规办事业务指南 “十八、异地转诊人员备案”, printed page 20.
export default {
  id: 'referral-registration',
  number: '18',
  category: 'referral-registration',
  title: { zh: '异地转诊人员备案', en: 'Registration for referral to a hospital in another city' },
  audience: ['employee', 'flexibleWorker', 'retiree', 'resident'],
  description: [
    {
      zh: '因病情需要转诊就医或因工作、旅游等原因临时在异地停留的参保人员，包括异地转诊就医人员、异地急诊抢救人员和临时外出就医人员。',
      en: 'Insured persons who need to be referred elsewhere for treatment because of their illness, or who are temporarily staying elsewhere for work, travel or similar reasons. They include people referred to a hospital in another city, people needing emergency treatment in another city, and people temporarily seeking treatment elsewhere.',
    },
    {
      zh: '1. 异地转诊就医人员：符合参保地规定的转诊病种目录或病情标准的参保人员。',
      en: '1. People referred to a hospital in another city: insured persons whose disease is on the referral list, or whose condition meets the referral criteria, set by the place where they are insured.',
    },
    {
      zh: '2. 异地急诊抢救人员：在异地发生急危重病需急诊抢救的参保人员。',
      en: '2. People needing emergency treatment in another city: insured persons who fall acutely or critically ill elsewhere and need emergency treatment.',
    },
    {
      zh: '3. 临时外出就医人员：非急诊且未转诊的临时外出就医参保人员。',
      en: '3. People temporarily seeking treatment elsewhere: insured persons who seek treatment elsewhere temporarily, neither as an emergency nor on referral.',
    },
    {
      zh: '4. 参加居民医保的大学生异地就医人员。',
      en: "4. University students insured in residents' medical insurance who seek treatment elsewhere.",
    },
  ],
  documents: [
    {
      doc: 'medical-diagnosis',
      text: { zh: '医疗诊断（二级以上含二级）', en: 'Medical diagnosis (from a hospital of grade II or above)' },
    },
    { doc: 'social-security-card', text: { zh: '社会保障卡复印件', en: 'Photocopy of your social security card' }, form: 'copy' },
    { doc: 'id-card', text: { zh: '身份证复印件', en: 'Photocopy of your ID card' }, form: 'copy' },
  ],
  channels: [
    {
      kind: 'window',
      label: { zh: '窗口办', en: 'At a service window' },
      office: 'service-centre',
      place: {
        zh: '开原市医疗保障事务服务中心一楼大厅13号窗口',
        en: 'Kaiyuan Medical Security Affairs Service Centre (开原市医疗保障事务服务中心), 1st-floor hall, window 13',
      },
      windows: ['13'],
    },
    { kind: 'email', label: { zh: '网上办', en: 'Online' }, address: 'kyybfzx@163.com' },
  ],
  timeLimit: {
    cases: [{ limit: { kind: 'immediate' } }],
    source: { zh: '即时生效', en: 'Takes effect immediately' },
  },
  tips: [
    {
      zh: '必须持社会保障卡或捆绑电子医疗凭证（就医医院支持电子医保凭证）',
      en: 'You must bring your social security card or have your electronic medical insurance certificate linked (where the hospital you are treated at accepts the electronic medical insurance certificate).',
    },
  ],
  phones: [
    { number: '73600626', label: { zh: '业务电话', en: 'Business line' } },
    { number: '73808335', label: { zh: '业务电话', en: 'Business line' } },
  ],
  source: { section: '十八、异地转诊人员备案', page: 20, checked: '2026-11-30' },
} satisfies ServiceItemInput;
