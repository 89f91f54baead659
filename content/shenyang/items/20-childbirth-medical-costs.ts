import type { ServiceItemInput } from '../../schema';

// Source: shenyang-guide.txt, 合规办事业务指南 “20. 生育医疗费支付”, printed page 44.
export default {
  id: 'childbirth-medical-costs',
  number: '20',
  category: 'maternity-insurance',
  title: { zh: '生育医疗费支付', en: 'Payment of childbirth medical costs' },
  audience: ['employee', 'employer'],
  description: [
    {
      zh: '①参保人员在待遇期内，异地生育发生的医疗费用先由个人垫付。参加生育保险的职工，异地生育住院医疗费用可以在省内异地联网的生育保险定点医疗机构直接联网结算。',
      en: '① Insured persons within their benefit period who give birth outside Shenyang first pay the medical costs themselves. Employees in maternity insurance can have inpatient childbirth costs outside Shenyang settled directly through the network at maternity insurance designated medical institutions in Liaoning that are connected for treatment elsewhere in the province.',
    },
    {
      zh: '②参保男职工在待遇期内符合计划生育政策规定，其未就业配偶（指未参加基本医疗保险）生育住院的。',
      en: '② An insured male employee within his benefit period, in line with family-planning policy, whose spouse is not in work (meaning she is not in basic medical insurance) and is admitted to hospital to give birth.',
    },
  ],
  // 注：单位经办员办理需提供身份证…；他人代办的提供代办人有效身份证件 (the shared 'proxy' situation).
  documents: [
    {
      doc: 'employer-agent-id-card',
      when: 'employer-agent',
      notes: { zh: '核实是否为单位经办员。', en: 'Used to check that the person is the employer’s administrator.' },
    },
  ],
  situations: ['proxy'],
  // 20.1 lists the documents for each case in full.
  scenarios: [
    {
      id: 'childbirth-costs',
      title: { zh: '报销妊娠分娩医疗费', en: 'Reimbursement of pregnancy and childbirth medical costs' },
      documents: [
        {
          doc: 'id-document',
          text: {
            zh: '有效身份证件（社会保障卡需开通金融功能）',
            en: 'Valid identity document (a social security card must have its financial function activated)',
          },
        },
        {
          doc: 'hospital-receipt',
          source: { kind: 'applicant' },
        },
        {
          doc: 'itemised-bill',
          source: { kind: 'applicant' },
        },
        {
          doc: 'medical-records',
          source: { kind: 'applicant' },
        },
      ],
    },
    {
      id: 'spouse-subsidy',
      title: {
        zh: '申领男职工未就业配偶生育医疗费补贴',
        en: 'Claiming the childbirth medical cost subsidy for a male employee’s spouse who is not in work',
      },
      documents: [
        {
          doc: 'id-document',
          text: {
            zh: '有效身份证件（社会保障卡需开通金融功能）',
            en: 'Valid identity document (a social security card must have its financial function activated)',
          },
        },
        {
          doc: 'hospital-receipt',
          source: { kind: 'applicant' },
        },
        {
          doc: 'medical-records',
          source: { kind: 'applicant' },
        },
        {
          doc: 'marriage-certificate',
          source: { kind: 'applicant' },
        },
        {
          doc: 'letter-of-commitment',
          source: {
            kind: 'onSite',
            note: { zh: '本人或代办人现场填写', en: 'filled in on site by you or the person applying on your behalf' },
          },
        },
      ],
    },
  ],
  documentNotes: [
    {
      zh: '单位经办员办理需提供身份证，核实是否为单位经办员。参保人员本人办理的提供本人有效身份证件、他人代办的提供代办人有效身份证件。',
      en: 'If the employer’s administrator applies, they must provide their ID card so that the office can check they are the employer’s administrator. If the insured person applies in person, they provide their own valid identity document; if someone else applies on their behalf, that person provides their own valid identity document.',
    },
  ],
  channels: [
    {
      kind: 'window',
      label: { zh: '窗口办', en: 'At a service window' },
      place: {
        zh: '公共业务服务部及各分中心综合窗口',
        en: 'General service windows of the Public Business Service Department (公共业务服务部) and of every branch centre',
      },
    },
    {
      kind: 'mobile',
      label: { zh: '掌上办', en: 'On a mobile phone' },
      platform: 'app',
      name: { zh: '沈阳智慧医保APP', en: 'Shenyang Smart Medical Insurance app (沈阳智慧医保)' },
    },
    {
      kind: 'online',
      label: { zh: '网上办', en: 'Online' },
      name: { zh: '沈阳政务服务网', en: 'Shenyang Government Services website (沈阳政务服务网)' },
      url: 'http://zwfw.shenyang.gov.cn/',
    },
  ],
  timeLimit: {
    cases: [{ limit: { kind: 'workingDays', days: 20 } }],
    source: { zh: '20个工作日', en: '20 working days' },
  },
  tips: [
    {
      zh: '①异地就医未持卡结算回参保地报销时，执行参保地的目录，因各地目录差异，回参保地报销与直接结算可能存在待遇差，属于正常现象。',
      en: '① When treatment elsewhere was not settled directly with your card and you claim it back in Shenyang, Shenyang’s lists of covered drugs and services apply. Because these lists differ from place to place, the amount reimbursed in Shenyang may differ from what direct settlement would have paid; this is normal.',
    },
    {
      zh: '②社保卡须开通银行金融功能，否则影响报销款项正常到账、提取。',
      en: '② Your social security card must have its bank (financial) function activated; otherwise the reimbursement cannot be paid into it or withdrawn normally.',
    },
  ],
  source: { section: '20. 生育医疗费支付', page: 44, checked: '2026-11-23' },
} satisfies ServiceItemInput;
