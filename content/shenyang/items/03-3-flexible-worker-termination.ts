import type { ServiceItemInput } from '../../schema';

// Source: shenyang-guide.txt, 合规办事业务指南 “3.3 灵活就业人员参保登记-终止参保” (group 3, printed page 14).
export default {
  id: 'flexible-worker-termination',
  number: '3.3',
  category: 'enrolment-and-changes',
  title: {
    zh: '灵活就业人员参保登记-终止参保',
    en: 'Enrolment of flexible employment workers: ending insurance',
  },
  audience: ['flexibleWorker'],
  description: [
    {
      zh: '灵活就业人员医疗保险参保人员由于死亡、出国定居、职工转居民等原因需要转换险种参保或终止本市医疗保险缴费。',
      en: 'People insured as flexible employment workers need to switch to another type of insurance or end their contributions to Shenyang medical insurance for reasons such as death, settling abroad, or moving from employee to residents’ medical insurance.',
    },
  ],
  documents: [
    {
      doc: 'id-document',
      text: { zh: '有效身份证件', en: 'Valid identity document' },
      source: { kind: 'applicantOrSharedData' },
    },
    // ②可选受理材料（资料来源：申报人或赋能数据）: each entry states its own case, kept as its condition.
    {
      doc: 'death-certificate',
      text: { zh: '死亡证明', en: 'Death certificate' },
      source: { kind: 'applicantOrSharedData' },
      optional: true,
      when: 'death',
      notes: {
        zh: '对于业务系统中已根据户籍库比对结果显示死亡日期且无法提供死亡证明的，可承诺办理此项业务。',
        en: 'If the office’s system already shows the date of death from a check against the household registration database and no death certificate can be provided, the application can be processed on a written commitment (承诺).',
      },
    },
    {
      doc: 'proxy-id-document',
      source: { kind: 'applicantOrSharedData' },
      optional: true,
      when: 'death',
    },
    {
      doc: 'emigration-proof',
      source: { kind: 'applicantOrSharedData' },
      optional: true,
      when: 'emigration',
    },
    {
      doc: 'hukou-booklet',
      source: { kind: 'applicantOrSharedData' },
      optional: true,
      when: 'emigration',
    },
    {
      doc: 'proxy-id-document',
      source: { kind: 'applicantOrSharedData' },
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
        { zh: '灵活就业人员终止参保', en: 'Ending flexible employment worker insurance (灵活就业人员终止参保)' },
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
      zh: '为保障您便捷快速办理业务，建议您优先选择“网上办”方式。确需到医保服务大厅办理，您可先拨打咨询电话，避免业务高峰期等候，我们为您提供预约服务和延时服务，如有问题可拨打024-12345-1-7咨询投诉。',
      en: 'For quick and convenient service, we recommend applying online first. If you do need to come to a medical insurance service hall, you can phone ahead to avoid waiting at peak times; we offer appointments and extended opening hours. For questions or complaints, call 024-12345-1-7.',
    },
  ],
  phones: [{ number: '024-12345-1-7', label: { zh: '咨询投诉', en: 'Enquiries and complaints' } }],
  source: { section: '3.3 灵活就业人员参保登记-终止参保', checked: '2026-11-23' },
} satisfies ServiceItemInput;
