import type { ServiceItemInput } from '../../schema';

// Source: shenyang-guide.txt, 合规办事业务指南 “3.4 灵活就业人员参保登记-在职转退休” (group 3, printed page 14).
export default {
  id: 'flexible-worker-retirement',
  number: '3.4',
  category: 'enrolment-and-changes',
  title: {
    zh: '灵活就业人员参保登记-在职转退休',
    en: 'Enrolment of flexible employment workers: switching from working to retired status',
  },
  audience: ['flexibleWorker', 'retiree'],
  description: [
    {
      zh: '符合灵活就业参保条件已经办理养老保险退休手续的人员、达到规定病退年龄的退职人员及未参加我市养老保险已经达到法定退休年龄的人员，可以办理医疗保险在职转退休业务。',
      en: 'People who qualify for flexible employment worker insurance and have completed their pension insurance retirement formalities, people who left work and have reached the set age for retirement on medical grounds, and people who are not in Shenyang’s pension insurance but have reached the statutory retirement age can switch their medical insurance from working to retired status.',
    },
  ],
  documents: [
    {
      doc: 'id-document',
      text: { zh: '有效身份证件', en: 'Valid identity document' },
      source: { kind: 'applicantOrSharedData' },
    },
    {
      doc: 'retirement-approval-form',
      text: {
        zh: '《沈阳市城镇从业人员退休（职）审批表》',
        en: 'Shenyang Urban Workers’ Retirement Approval Form (《沈阳市城镇从业人员退休（职）审批表》)',
      },
      source: { kind: 'applicantOrSharedData' },
    },
    {
      doc: 'pension-calculation-form',
      anyOf: ['pension-calculation-form', 'liaoning-retirement-form'],
      text: {
        zh: '《基本养老金（退职生活费）计发核定表》或《辽宁省企业职工养老保险参保人员退休（职）表》',
        en: 'Basic Pension (Living Allowance on Leaving Work) Calculation Form (《基本养老金（退职生活费）计发核定表》) or Liaoning Enterprise Employees’ Pension Insurance Retirement Form (《辽宁省企业职工养老保险参保人员退休（职）表》)',
      },
      source: { kind: 'applicantOrSharedData' },
    },
    {
      doc: 'retirement-benefit-approval-form',
      text: {
        zh: '《辽宁省城镇企业职工退休待遇核定表》',
        en: 'Liaoning Urban Enterprise Employees’ Retirement Benefit Approval Form (《辽宁省城镇企业职工退休待遇核定表》)',
      },
      source: { kind: 'applicantOrSharedData' },
    },
    // ⑤可选受理材料（资料来源：申报人）: each entry states its own case, kept as its condition.
    {
      doc: 'proxy-id-document',
      source: { kind: 'applicant' },
      optional: true,
      when: 'proxy',
    },
    {
      doc: 'flexible-worker-enrolment-documents',
      source: { kind: 'applicant' },
      optional: true,
      when: { not: 'currently-flexible-worker' },
    },
    {
      doc: 'rusticated-youth-pension-form',
      text: {
        zh: '相应的下乡知青养老保险认定表',
        en: 'The corresponding pension insurance recognition form for former rusticated youth (下乡知青养老保险认定表)',
      },
      source: { kind: 'applicant' },
      optional: true,
      when: 'rusticated-youth',
    },
    {
      doc: 'service-years-approval',
      text: { zh: '相应的工龄认定审批材料', en: 'The corresponding approval of recognised years of service (工龄认定审批材料)' },
      source: { kind: 'applicant' },
      optional: true,
      when: 'land-expropriated-farmer',
    },
    {
      doc: 'petroleum-buyout-documents',
      source: { kind: 'applicant' },
      optional: true,
      when: 'petroleum-buyout',
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
        { zh: '灵活就业在职转退休', en: 'Flexible employment: switch to retired status (灵活就业在职转退休)' },
      ],
    },
    {
      kind: 'online',
      label: { zh: '网上办', en: 'Online' },
      name: { zh: '沈阳政务服务网', en: 'Shenyang Government Services website (沈阳政务服务网)' },
      url: 'http://zwfw.shenyang.gov.cn/',
      steps: [
        { zh: '主页', en: 'Home (主页)' },
        { zh: '个人办事', en: 'Personal services (个人办事)' },
        { zh: '医保网上服务', en: 'Online medical insurance services (医保网上服务)' },
        { zh: '我要办', en: 'Apply (我要办)' },
        { zh: '灵活就业人员在职转退休', en: 'Flexible employment worker: switch to retired status (灵活就业人员在职转退休)' },
      ],
    },
  ],
  timeLimit: {
    cases: [{ limit: { kind: 'immediate' } }],
    source: { zh: '即时办结（不含网办）', en: 'Done on the spot (not for online applications)' },
  },
  tips: [
    {
      zh: '为保障您便捷办理灵活就业人员在职转退休业务，建议您选择“网上办”方式及时办理。确需到医保服务大厅办理，您可先拨打咨询电话，避免业务高峰期等候，我们为您提供预约服务和延时服务，如有问题可拨打024-12345-1-7咨询投诉。',
      en: 'For a convenient switch from working to retired status as a flexible employment worker, we recommend applying online without delay. If you do need to come to a medical insurance service hall, you can phone ahead to avoid waiting at peak times; we offer appointments and extended opening hours. For questions or complaints, call 024-12345-1-7.',
    },
  ],
  phones: [{ number: '024-12345-1-7', label: { zh: '咨询投诉', en: 'Enquiries and complaints' } }],
  source: { section: '3.4 灵活就业人员参保登记-在职转退休', checked: '2026-11-23' },
} satisfies ServiceItemInput;
