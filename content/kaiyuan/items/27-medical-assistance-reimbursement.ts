import type { ServiceItemInput } from '../../schema';

// Source: kaiyuan-guide.txt, 合规办事业务指南 “二十七、医疗救助待遇手工零星报销”, printed page 28.
export default {
  id: 'medical-assistance-reimbursement',
  number: '27',
  category: 'medical-assistance-reimbursement',
  title: { zh: '医疗救助待遇手工零星报销', en: 'Manual (individual) reimbursement of medical assistance benefits' },
  listTitle: { zh: '医疗救助待遇手工零星报销业务', en: 'Manual (individual) reimbursement of medical assistance benefits' },
  audience: ['assistanceRecipient'],
  description: [
    {
      zh: '医疗救助对象在定点医疗机构就医时遇到只能结算基本医保待遇，医疗救助待遇无法一站式结算时，需到医保中心医疗救助股提交材料，办理手工零星报销业务。',
      en: 'When a medical assistance recipient is treated at a designated medical institution that can settle only the basic medical insurance benefits, and the medical assistance benefits cannot be settled in the same one-stop settlement, the recipient submits documents to the Medical Assistance Section (医疗救助股) of the medical insurance centre for manual (individual) reimbursement.',
    },
  ],
  documents: [
    {
      doc: 'inpatient-medical-records',
      text: { zh: '住院病志首页', en: 'Front page of the inpatient medical records' },
    },
    {
      doc: 'medical-receipt',
      text: { zh: '收据原件或复印件（盖章）', en: 'Receipt, original or photocopy (stamped)' },
      form: 'originalOrCopy',
      sealed: true,
    },
    { doc: 'reimbursement-split-statement' },
    {
      doc: 'social-security-card',
      anyOf: ['social-security-card', 'id-card'],
      text: { zh: '医保卡或身份证复印件', en: 'Photocopy of your medical insurance card (医保卡) or ID card' },
      form: 'copy',
    },
    {
      doc: 'bank-card',
      anyOf: ['bank-card', 'bankbook'],
      text: { zh: '农村信用社银行卡或存折复印件', en: 'Photocopy of your Rural Credit Cooperative (农村信用社) bank card or bankbook' },
      form: 'copy',
    },
    {
      doc: 'subsistence-allowance-certificate',
      text: { zh: '低保证复印件', en: 'Photocopy of your minimum living allowance certificate (低保证)' },
      form: 'copy',
    },
  ],
  channels: [
    {
      kind: 'window',
      label: { zh: '窗口办', en: 'At a service window' },
      office: 'service-centre',
      place: {
        zh: '开原市医疗保障事务服务中心一楼4号窗口',
        en: 'Kaiyuan Medical Security Affairs Service Centre (开原市医疗保障事务服务中心), 1st floor, window 4',
      },
      windows: ['4'],
    },
  ],
  timeLimit: {
    cases: [{ limit: { kind: 'workingDays', days: 30 } }],
    source: { zh: '30个工作日', en: '30 working days' },
  },
  phones: [{ number: '73826566', label: { zh: '联系电话', en: 'Contact phone' } }],
  source: { section: '二十七、医疗救助待遇手工零星报销', page: 28, checked: '2026-11-30' },
} satisfies ServiceItemInput;
