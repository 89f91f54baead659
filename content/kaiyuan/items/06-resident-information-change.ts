import type { ServiceItemInput } from '../../schema';

// Source: kaiyuan-guide.txt, 合规办事业务指南 “六、城乡居民参保信息变更登记”, printed page 13.
export default {
  id: 'resident-information-change',
  number: '6',
  category: 'resident-information-change',
  title: { zh: '城乡居民参保信息变更登记', en: "Change of urban and rural residents' enrolment information" },
  audience: ['resident'],
  description: [
    {
      zh: '参加本市城乡居民基本医疗保险的居民办理个人信息变更。',
      en: "Residents insured in this city's urban and rural residents' basic medical insurance change their personal information through this item.",
    },
  ],
  documents: [
    {
      doc: 'id-card',
      anyOf: ['id-card', 'hukou-booklet'],
      text: { zh: '身份证或户口簿原件', en: 'Original ID card or household register (hukou booklet)' },
      form: 'original',
    },
  ],
  channels: [
    {
      kind: 'window',
      label: { zh: '窗口办', en: 'At a service window' },
      office: 'service-centre',
      place: {
        zh: '开原市医疗保障事务服务中心一楼11号窗口',
        en: 'Kaiyuan Medical Security Affairs Service Centre (开原市医疗保障事务服务中心), 1st floor, window 11',
      },
      windows: ['11'],
    },
  ],
  timeLimit: {
    cases: [{ limit: { kind: 'immediate' } }],
    source: { zh: '材料齐全即时办结', en: 'Done on the spot when the documents are complete' },
  },
  source: { section: '六、城乡居民参保信息变更登记', page: 13, checked: '2026-11-30' },
} satisfies ServiceItemInput;
