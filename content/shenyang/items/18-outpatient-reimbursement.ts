import type { ServiceItemInput } from '../../schema';

// Source: shenyang-guide.txt, 合规办事业务指南 “18. 门诊费用报销”, printed page 41.
export default {
  id: 'outpatient-reimbursement',
  number: '18',
  category: 'manual-reimbursement',
  title: { zh: '门诊费用报销', en: 'Reimbursement of outpatient costs' },
  audience: ['employee', 'flexibleWorker', 'resident', 'retiree'],
  description: [
    {
      zh: '①参保人员在异地发生符合我市急危重病门（急）诊抢救政策的医疗费用。',
      en: '① Medical costs incurred outside Shenyang for outpatient or emergency rescue treatment that meets Shenyang’s policy on acute, dangerous and severe illness.',
    },
    {
      zh: '②异地发生未实现联网结算并符合沈阳市高值药品相关规定的医疗费用。',
      en: '② Medical costs incurred outside Shenyang that could not be settled through the network and that meet Shenyang’s rules on high-cost medicines.',
    },
    {
      zh: '③享受门诊慢特病待遇的参保人员，在异地定点医疗机构发生的门诊慢特病医疗费用；异地长期居住人员异地就医登记备案有效期内，回我市透析垫付的医疗费用。',
      en: '③ Outpatient chronic and special disease costs incurred at designated medical institutions outside Shenyang by insured persons entitled to those benefits; and costs paid in advance for dialysis in Shenyang by people living long-term in another city while their registration for treatment elsewhere is valid.',
    },
  ],
  documents: [
    {
      doc: 'medical-insurance-e-certificate',
      anyOf: ['medical-insurance-e-certificate', 'id-document', 'social-security-card'],
      text: {
        zh: '医保电子凭证或有效身份证件或社保卡',
        en: 'Electronic medical insurance certificate, valid identity document or social security card',
      },
      source: { kind: 'applicant' },
    },
    {
      doc: 'hospital-receipt',
      text: { zh: '医院收费票据', en: 'Hospital receipt' },
      source: { kind: 'applicant' },
    },
    {
      doc: 'itemised-bill',
      text: { zh: '门急诊费用清单', en: 'Itemised bill for outpatient and emergency treatment' },
      source: { kind: 'applicant' },
    },
    {
      doc: 'medical-records',
      text: { zh: '处方底方（病历材料）', en: 'Original prescriptions (medical records)' },
      source: { kind: 'applicant' },
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
    cases: [{ limit: { kind: 'workingDays', days: 30 } }],
    source: { zh: '30个工作日', en: '30 working days' },
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
  source: { section: '18. 门诊费用报销', page: 41, checked: '2026-11-23' },
} satisfies ServiceItemInput;
