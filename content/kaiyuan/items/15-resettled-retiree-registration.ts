import type { ServiceItemInput } from '../../schema';

// Source: kaiyuan-guide.txt, 合规办事业务指南 “十五、异地安置退休人员备案”, printed page 18.
export default {
  id: 'resettled-retiree-registration',
  number: '15',
  category: 'resettled-retiree-registration',
  title: { zh: '异地安置退休人员备案', en: 'Registration of retirees resettled in another city' },
  audience: ['retiree'],
  description: [
    {
      zh: '异地安置退休人员：指退休后在异地定居且户籍迁入当地的职工医保参保人员。',
      en: 'Retirees resettled in another city are people insured in employee medical insurance who, after retiring, settle in another place and move their household registration (hukou) there.',
    },
  ],
  documents: [
    {
      doc: 'hukou-booklet',
      anyOf: ['hukou-booklet', 'property-certificate', 'residence-permit'],
      text: {
        zh: '本人异地户口簿复印件、本人异地房照复印件、居住证复印件（三选一）',
        en: 'One of: a photocopy of your household register (hukou booklet) from the other place, a photocopy of your property ownership certificate (房照) there, or a photocopy of your residence permit (居住证)',
      },
      form: 'copy',
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
  source: { section: '十五、异地安置退休人员备案', page: 18, checked: '2026-11-30' },
} satisfies ServiceItemInput;
