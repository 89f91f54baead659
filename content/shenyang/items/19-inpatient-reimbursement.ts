import type { ServiceItemInput } from '../../schema';

// Source: shenyang-guide.txt, 合规办事业务指南 “19. 住院费用报销”, printed page 43.
export default {
  id: 'inpatient-reimbursement',
  number: '19',
  category: 'manual-reimbursement',
  title: { zh: '住院费用报销', en: 'Reimbursement of inpatient costs' },
  audience: ['employee', 'flexibleWorker', 'resident', 'retiree'],
  description: [
    {
      zh: '①参保人员异地就医时，已登记备案但未能持卡直接结算的住院费用以及未登记备案不能持卡直接结算的住院费用。',
      en: '① Inpatient costs for treatment outside Shenyang that could not be settled directly with your card, whether or not you had registered for treatment elsewhere.',
    },
    {
      zh: '②因责任未明确等，在我市就医需要垫付的住院医疗费用。',
      en: '② Inpatient costs for treatment in Shenyang that you had to pay in advance, for example because liability had not yet been established.',
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
      text: { zh: '住院费用清单', en: 'Itemised bill for the hospital stay' },
      source: { kind: 'applicant' },
    },
    {
      doc: 'medical-records',
      text: { zh: '病历材料', en: 'Medical records' },
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
  source: { section: '19. 住院费用报销', page: 43, checked: '2026-11-23' },
} satisfies ServiceItemInput;
