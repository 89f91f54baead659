import type { ServiceItemInput } from '../../schema';

// Source: shenyang-guide.txt, 合规办事业务指南 “17. 基本医疗保险参保人员享受门诊慢特病病种待遇认定”, printed page 40.
export default {
  id: 'chronic-special-disease-recognition',
  number: '17',
  category: 'chronic-special-diseases',
  title: {
    zh: '基本医疗保险参保人员享受门诊慢特病病种待遇认定',
    en: 'Recognition of entitlement to outpatient chronic and special disease benefits',
  },
  audience: ['employee', 'flexibleWorker', 'resident', 'retiree'],
  description: [
    {
      zh: '基本医疗保险参保人员患有门诊慢特病病种疾病，可申报门诊慢特病待遇。',
      en: 'People insured in basic medical insurance who have one of the listed outpatient chronic and special diseases can apply for outpatient chronic and special disease benefits.',
    },
  ],
  documents: [
    {
      doc: 'medical-records',
      text: {
        zh: '与申报病种相关的完整病历及相关检查资料',
        en: 'Complete medical records and test results for the disease you are applying for',
      },
      source: { kind: 'applicant' },
    },
    {
      doc: 'social-security-card',
      anyOf: ['social-security-card', 'id-card'],
      text: { zh: '本人社会保障卡或身份证', en: 'Your own social security card or ID card' },
      source: { kind: 'applicant' },
    },
  ],
  channels: [
    {
      kind: 'institution',
      place: {
        zh: '具有门诊慢特病认定资质的医疗机构',
        en: 'Medical institutions qualified to recognise outpatient chronic and special diseases',
      },
    },
  ],
  timeLimit: {
    cases: [{ limit: { kind: 'workingDays', days: 20 } }],
    source: { zh: '20个工作日', en: '20 working days' },
    note: {
      zh: '恶性肿瘤（放化疗）、恶性肿瘤（内分泌治疗）、恶性肿瘤（镇痛治疗）、透析、血友病、器官移植抗排异治疗、耐药性结核病、丙型肝炎定点医疗机构每月25日（含）前申报的，认定合格后当月享受该病种待遇；其他病种定点医疗机构每月25日（含）前申报的，认定合格后次月享受该病种待遇。',
      en: 'For malignant tumours (radiotherapy and chemotherapy), malignant tumours (endocrine therapy), malignant tumours (pain relief), dialysis, haemophilia, anti-rejection treatment after organ transplant, drug-resistant tuberculosis and hepatitis C: if the designated medical institution submits the application on or before the 25th of the month, benefits start in that same month once recognised. For all other diseases: if the designated medical institution submits the application on or before the 25th of the month, benefits start in the following month once recognised.',
    },
  },
  tips: [
    {
      zh: '您可通过沈阳智慧医保APP、认定的定点医疗机构医保科窗口、各医保分中心经办窗口查询认定结果。如遇问题，您可拨打024-12345-1-7咨询。',
      en: 'You can check the result of the recognition in the Shenyang Smart Medical Insurance app (沈阳智慧医保), at the medical insurance office window of the designated medical institution that made the recognition, or at the service windows of any medical insurance branch centre. If you have a problem, call 024-12345-1-7.',
    },
  ],
  phones: [{ number: '024-12345-1-7', label: { zh: '咨询', en: 'Enquiries' } }],
  source: { section: '17. 基本医疗保险参保人员享受门诊慢特病病种待遇认定', page: 40, checked: '2026-11-23' },
} satisfies ServiceItemInput;
