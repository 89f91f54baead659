import type { ServiceItemInput } from '../../schema';

// Source: shenyang-guide.txt, 合规办事业务指南 “7. 灵活就业人员信息变更登记”, printed page 27.
export default {
  id: 'flexible-worker-change',
  number: '7',
  category: 'enrolment-and-changes',
  title: { zh: '灵活就业人员信息变更登记', en: 'Change of flexible employment worker details' },
  audience: ['flexibleWorker'],
  description: [
    {
      zh: '可对灵活就业人员一般信息进行维护，主要更改移动电话号、民族、地址等。也可对人员重要信息进行维护，主要更改身份证号、姓名、性别、出生日期、参加工作时间等。',
      en: 'Flexible employment workers can update general information, mainly mobile phone number, ethnicity and address. They can also update key information, mainly ID number, name, gender, date of birth and the date they started work.',
    },
  ],
  documents: [
    {
      doc: 'id-document',
      text: { zh: '本人有效身份证件', en: 'Your own valid identity document' },
      source: { kind: 'applicant' },
    },
    // ②可选受理材料（资料来源：申报人）.
    {
      doc: 'hukou-booklet',
      source: { kind: 'applicant' },
      optional: true,
    },
    {
      doc: 'authority-certificate',
      text: {
        zh: '视变更原因提供公安机关、有关部门出具的相关证明材料',
        en: 'Depending on the reason for the change, the relevant certificate issued by the police or another authority',
      },
      source: { kind: 'applicant' },
      optional: true,
    },
    {
      doc: 'proxy-id-document',
      source: { kind: 'applicant' },
      optional: true,
      when: 'proxy',
    },
  ],
  channels: [
    {
      kind: 'window',
      label: { zh: '线下办', en: 'In person' },
      place: {
        zh: '公共业务服务部及各分中心综合窗口',
        en: 'General service windows of the Public Business Service Department (公共业务服务部) and of every branch centre',
      },
      scope: { zh: '一般信息维护、重要信息维护', en: 'Updating general and key information' },
    },
    {
      kind: 'kiosk',
      label: { zh: '线下办', en: 'In person' },
      scope: { zh: '一般信息维护', en: 'Updating general information only' },
    },
    {
      kind: 'mobile',
      label: { zh: '掌上办', en: 'On a mobile phone' },
      platform: 'app',
      name: { zh: '沈阳智慧医保APP', en: 'Shenyang Smart Medical Insurance app (沈阳智慧医保)' },
      steps: [
        { zh: '主页', en: 'Home (主页)' },
        { zh: '个体居民', en: 'Individual residents (个体居民)' },
        { zh: '个人基本信息变更', en: 'Change of personal details (个人基本信息变更)' },
      ],
    },
    {
      kind: 'mobile',
      label: { zh: '掌上办', en: 'On a mobile phone' },
      platform: 'wechat',
      name: { zh: '沈阳智慧医保公众号', en: 'Shenyang Smart Medical Insurance WeChat official account (沈阳智慧医保公众号)' },
      steps: [
        { zh: '医保业务', en: 'Medical insurance services (医保业务)' },
        { zh: '个体居民', en: 'Individual residents (个体居民)' },
        { zh: '个人基本信息变更', en: 'Change of personal details (个人基本信息变更)' },
      ],
    },
    {
      kind: 'online',
      label: { zh: '网上办', en: 'Online' },
      name: { zh: '沈阳政务服务网', en: 'Shenyang Government Services website (沈阳政务服务网)' },
      url: 'http://zwfw.shenyang.gov.cn/',
      scope: { zh: '一般信息维护', en: 'Updating general information only' },
    },
  ],
  timeLimit: {
    cases: [{ limit: { kind: 'immediate' } }],
    source: { zh: '即时办结', en: 'Done on the spot' },
  },
  tips: [
    {
      zh: '为保障您便捷快速办理灵活就业参保信息变更，建议您根据实际情况选择合适的方式进行办理。如有问题可拨打024-12345-1-7进行咨询投诉。',
      en: 'For a quick and convenient change of your flexible employment insurance details, choose the way to apply that suits your situation. For questions or complaints, call 024-12345-1-7.',
    },
  ],
  phones: [{ number: '024-12345-1-7', label: { zh: '咨询投诉', en: 'Enquiries and complaints' } }],
  source: { section: '7. 灵活就业人员信息变更登记', page: 27, checked: '2026-11-23' },
} satisfies ServiceItemInput;
