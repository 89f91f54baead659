import type { ServiceItemInput } from '../../schema';

// Source: kaiyuan-guide.txt, 合规办事业务指南 “十六、异地安置长期居住人员备案” (list title 异地长期居住人员备案), printed page 18.
export default {
  id: 'long-term-resident-registration',
  number: '16',
  category: 'long-term-resident-registration',
  title: { zh: '异地长期居住人员备案', en: 'Registration of people living long-term in another city' },
  audience: ['retiree', 'resident'],
  description: [
    {
      zh: '异地长期居住人员：指在异地居住生活且符合下列条件之一的参保人员。',
      en: 'People living long-term in another city are insured persons who live elsewhere and meet one of the following conditions.',
    },
    {
      zh: '（1）职工医保退休人员或达到60周岁的居民医保参保人员在异地定居，有当地个人名下产权住房或取得当地居住证。',
      en: "(1) Retirees in employee medical insurance, or people aged 60 or over insured in residents' medical insurance, who have settled elsewhere and own a home there in their own name or hold a residence permit (居住证) there.",
    },
    {
      zh: '（2）未成年居民医保参保人员因监护人外出务工，随监护人长期异地居住且无法在当地参保，监护人在当地参加职工医保或已办理常驻异地工作人员异地就医备案。',
      en: "(2) Minors insured in residents' medical insurance who live long-term elsewhere with a guardian who has gone there to work, who cannot be insured there, and whose guardian is insured there in employee medical insurance or has completed registration for medical treatment in another city as a person posted to work there.",
    },
  ],
  documents: [
    {
      doc: 'hukou-booklet',
      anyOf: ['hukou-booklet', 'property-certificate', 'temporary-residence-permit'],
      text: {
        zh: '本人异地户口簿复印件、本人异地房照复印件、暂住证复印件（三选一）',
        en: 'One of: a photocopy of your household register (hukou booklet) from the other place, a photocopy of your property ownership certificate (房照) there, or a photocopy of your temporary residence permit (暂住证)',
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
  source: { section: '十六、异地安置长期居住人员备案', page: 18, checked: '2026-11-30' },
} satisfies ServiceItemInput;
