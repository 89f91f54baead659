import type { ServiceItemInput } from '../../schema';

// Source: kaiyuan-guide.txt, 合规办事业务指南 “十七、异地安置常驻异地工作人员备案” (list title 常驻异地工作人员备案), printed page 19.
export default {
  id: 'posted-worker-registration',
  number: '17',
  category: 'posted-worker-registration',
  title: { zh: '常驻异地工作人员备案', en: 'Registration of people posted to work in another city' },
  audience: ['employee', 'flexibleWorker', 'resident'],
  description: [
    {
      zh: '常驻异地工作人员：因工作原因需长期在异地居住生活的人员。',
      en: 'People posted to work in another city are people who, because of their work, need to live elsewhere for a long time.',
    },
    {
      zh: '（1）因工作需要由用人单位派驻异地工作半年以上的在职职工，需提供异地工作证明材料。',
      en: '(1) Working employees sent by their employer to work elsewhere for half a year or more; they must provide proof of working elsewhere.',
    },
    {
      zh: '（2）灵活就业职工医保在职人员或居民医保参保人员，外出务工或就业创业时，未能在当地参加基本医疗保险的，且已取得当地居住证。',
      en: "(2) Working flexible employment workers insured in employee medical insurance, or people insured in residents' medical insurance, who have gone elsewhere to work or start a business, could not join basic medical insurance there, and have obtained a residence permit (居住证) there.",
    },
    {
      zh: '4. 自主择业军转参保人员在异地工作或居住，符合下述条件之一：（1）户籍迁入当地；（2）有当地个人名下产权住房；（3）取得当地居住证。',
      en: '4. Insured former military officers who chose their own civilian employment (自主择业军转人员) and work or live elsewhere, meeting one of these conditions: (1) their household registration (hukou) has moved there; (2) they own a home there in their own name; (3) they hold a residence permit (居住证) there.',
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
    {
      doc: 'work-elsewhere-proof',
      when: 'posted-by-employer',
    },
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
  source: { section: '十七、异地安置常驻异地工作人员备案', page: 19, checked: '2026-11-30' },
} satisfies ServiceItemInput;
