import type { ServiceItemInput } from '../../schema';

// Source: shenyang-guide.txt, 合规办事业务指南 “4.2 城乡居民参保登记-暂停参保” (group 4, printed page 21).
export default {
  id: 'resident-suspension',
  number: '4.2',
  category: 'enrolment-and-changes',
  title: {
    zh: '城乡居民参保登记-暂停参保',
    en: 'Enrolment of urban and rural residents: suspending insurance',
  },
  audience: ['resident'],
  documents: [
    {
      doc: 'id-card',
      text: { zh: '本人身份证', en: 'Your own ID card' },
      source: { kind: 'applicantOrSharedData' },
    },
    {
      doc: 'hukou-booklet',
      source: { kind: 'applicantOrSharedData' },
      when: 'local-hukou',
    },
    {
      doc: 'residence-permit',
      source: { kind: 'applicantOrSharedData' },
      when: { not: 'local-hukou' },
    },
  ],
  situations: ['proxy'],
  channels: [
    {
      kind: 'window',
      label: { zh: '线下办', en: 'In person' },
      place: {
        zh: '公共业务服务部及各分中心综合窗口',
        en: 'General service windows of the Public Business Service Department (公共业务服务部) and of every branch centre',
      },
    },
    { kind: 'kiosk', label: { zh: '线下办', en: 'In person' } },
    {
      kind: 'mobile',
      label: { zh: '掌上办', en: 'On a mobile phone' },
      platform: 'app',
      name: { zh: '沈阳智慧医保APP', en: 'Shenyang Smart Medical Insurance app (沈阳智慧医保)' },
      steps: [
        { zh: '主页', en: 'Home (主页)' },
        { zh: '个体居民', en: 'Individual residents (个体居民)' },
        { zh: '城乡居民暂停参保', en: 'Suspending residents’ insurance (城乡居民暂停参保)' },
      ],
    },
    {
      kind: 'mobile',
      label: { zh: '掌上办', en: 'On a mobile phone' },
      platform: 'wechat',
      name: { zh: '沈阳智慧医保微信公众号', en: 'Shenyang Smart Medical Insurance WeChat official account (沈阳智慧医保微信公众号)' },
      steps: [
        { zh: '医保业务', en: 'Medical insurance services (医保业务)' },
        { zh: '个体居民', en: 'Individual residents (个体居民)' },
        { zh: '城乡居民暂停参保', en: 'Suspending residents’ insurance (城乡居民暂停参保)' },
      ],
    },
    {
      kind: 'online',
      label: { zh: '网上办', en: 'Online' },
      name: { zh: '沈阳政务服务网', en: 'Shenyang Government Services website (沈阳政务服务网)' },
      url: 'http://zwfw.shenyang.gov.cn/',
    },
  ],
  timeLimit: {
    cases: [{ limit: { kind: 'immediate' } }],
    source: { zh: '即时办结', en: 'Done on the spot' },
  },
  tips: [
    {
      zh: '为保障您便捷快速办理城乡居民暂停参保，建议您使用APP办理，如果刷脸不成功，请及时前往就近的医保中心办理。如有问题可拨打024-12345-1-7进行咨询投诉。',
      en: 'To suspend residents’ medical insurance quickly and conveniently, we recommend using the app. If face recognition fails, go to your nearest medical insurance centre promptly. For questions or complaints, call 024-12345-1-7.',
    },
  ],
  phones: [{ number: '024-12345-1-7', label: { zh: '咨询投诉', en: 'Enquiries and complaints' } }],
  source: { section: '4.2 城乡居民参保登记-暂停参保', checked: '2026-11-23' },
} satisfies ServiceItemInput;
