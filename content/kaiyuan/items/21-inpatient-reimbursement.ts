import type { ServiceItemInput } from '../../schema';

// Source: kaiyuan-guide.txt, 合规办事业务指南 “二十一、住院费用报销”, printed page 24.
export default {
  id: 'inpatient-reimbursement',
  number: '21',
  category: 'inpatient-reimbursement',
  title: { zh: '住院费用报销', en: 'Reimbursement of inpatient costs' },
  listTitle: { zh: '个人住院医疗费用报销业务', en: 'Reimbursement of personal inpatient medical costs' },
  audience: ['employee', 'flexibleWorker', 'retiree', 'resident'],
  documents: [
    { doc: 'inpatient-receipt' },
    { doc: 'inpatient-itemised-bill' },
    { doc: 'inpatient-medical-records' },
    { doc: 'id-card', text: { zh: '身份证复印件', en: 'Photocopy of your ID card' }, form: 'copy' },
    { doc: 'bank-card', text: { zh: '银行卡复印件', en: 'Photocopy of your bank card' }, form: 'copy' },
  ],
  channels: [
    {
      kind: 'window',
      label: { zh: '窗口办', en: 'At a service window' },
      office: 'service-centre',
      place: {
        zh: '开原市医疗保障事务服务中心一楼大厅窗口5号6号7号8号窗口',
        en: 'Kaiyuan Medical Security Affairs Service Centre (开原市医疗保障事务服务中心), 1st-floor hall, windows 5, 6, 7 and 8',
      },
      windows: ['5', '6', '7', '8'],
    },
  ],
  timeLimit: {
    cases: [{ limit: { kind: 'workingDays', days: 30 } }],
    source: { zh: '30个工作日', en: '30 working days' },
  },
  tips: [
    {
      zh: '为了您能便捷快速办理，建议您可先拨打咨询电话职工医保73600683、城乡居民医保73600623，避免业务高峰等候',
      en: "To get this done quickly and easily, we suggest you first call the enquiry line (employee medical insurance 73600683; residents' medical insurance 73600623) to avoid waiting at busy times.",
    },
  ],
  phones: [
    { number: '73600683', label: { zh: '职工医保', en: 'Employee medical insurance' } },
    { number: '73600623', label: { zh: '城乡居民医保', en: "Residents' medical insurance" } },
  ],
  source: { section: '二十一、住院费用报销', page: 24, checked: '2026-11-30' },
} satisfies ServiceItemInput;
