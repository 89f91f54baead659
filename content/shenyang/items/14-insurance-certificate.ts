import type { ServiceItemInput } from '../../schema';

// Source: shenyang-guide.txt, 合规办事业务指南 “14. 出具《参保凭证》”, printed page 36.
export default {
  id: 'insurance-certificate',
  number: '14',
  category: 'transfer',
  title: { zh: '出具《参保凭证》', en: 'Issuing a certificate of insurance (《参保凭证》)' },
  audience: ['employee', 'flexibleWorker', 'resident', 'retiree'],
  description: [
    {
      zh: '参加我市基本医疗保险，已经暂停缴费的人员，跨制度、跨统筹地区转移接续基本医疗保险关系，将沈阳市医疗保险关系转出至统筹外地区。',
      en: 'People in Shenyang’s basic medical insurance who have suspended their contributions and are moving their basic medical insurance to another scheme or another insurance area transfer their Shenyang medical insurance out to that area.',
    },
  ],
  channels: [
    {
      kind: 'online',
      label: { zh: '网上办', en: 'Online' },
      name: { zh: '沈阳政务服务网', en: 'Shenyang Government Services website (沈阳政务服务网)' },
      url: 'http://zwfw.shenyang.gov.cn/',
    },
    {
      kind: 'mobile',
      label: { zh: '掌上办', en: 'On a mobile phone' },
      platform: 'app',
      name: { zh: '沈阳智慧医保APP', en: 'Shenyang Smart Medical Insurance app (沈阳智慧医保)' },
    },
  ],
  timeLimit: {
    cases: [{ limit: { kind: 'immediate' } }],
    source: { zh: '即时办结', en: 'Done on the spot' },
  },
  source: { section: '14. 出具《参保凭证》', page: 36, checked: '2026-11-23' },
} satisfies ServiceItemInput;
