import type { ServiceItemInput } from '../../schema';

// Source: shenyang-guide.txt, 合规办事业务指南 “3.2 灵活就业人员参保登记-暂停参保” (group 3, printed page 14).
export default {
  id: 'flexible-worker-suspension',
  number: '3.2',
  category: 'enrolment-and-changes',
  title: {
    zh: '灵活就业人员参保登记-暂停参保',
    en: 'Enrolment of flexible employment workers: suspending insurance',
  },
  audience: ['flexibleWorker'],
  description: [
    {
      zh: '按照灵活就业人员身份正常缴纳医疗保险费用人员因判刑、领取失业金（由失业保险缴纳职工医保）等原因，不涉及险种转换的需要暂停灵活就业人员医疗保险缴费。',
      en: 'People who pay medical insurance contributions as flexible employment workers need to suspend those contributions when, for example, they receive a criminal sentence or receive unemployment benefit (unemployment insurance then pays their employee medical insurance), as long as they are not switching to another type of insurance.',
    },
  ],
  documents: [
    {
      doc: 'id-document',
      text: { zh: '本人有效身份证件', en: 'Your own valid identity document' },
      source: { kind: 'applicantOrSharedData' },
    },
    // 代办需提供代办人有效身份证件（资料来源：申报人）
    { doc: 'proxy-id-document', source: { kind: 'applicant' }, when: 'proxy' },
  ],
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
        { zh: '灵活就业人员停保与退保', en: 'Flexible employment worker suspension and withdrawal (灵活就业人员停保与退保)' },
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
        { zh: '灵活就业人员暂停参保', en: 'Flexible employment worker suspension (灵活就业人员暂停参保)' },
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
      zh: '为保障您便捷快速办理业务，建议您优先选择“网上办”方式。确需到医保服务大厅办理，您先拨打咨询电话，避免业务高峰期等候，我们为您提供预约服务和延时服务，如有问题可拨打024-12345-1-7咨询投诉。',
      en: 'For quick and convenient service, we recommend applying online first. If you do need to come to a medical insurance service hall, phone ahead first to avoid waiting at peak times; we offer appointments and extended opening hours. For questions or complaints, call 024-12345-1-7.',
    },
  ],
  phones: [{ number: '024-12345-1-7', label: { zh: '咨询投诉', en: 'Enquiries and complaints' } }],
  source: { section: '3.2 灵活就业人员参保登记-暂停参保', checked: '2026-11-23' },
} satisfies ServiceItemInput;
