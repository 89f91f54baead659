import type { ServiceItemInput } from '../../schema';

// Source: kaiyuan-guide.txt, 合规办事业务指南 “二十四、计划生育费支付” (list title 计划生育医疗费支付), printed page 26.
export default {
  id: 'family-planning-costs',
  number: '24',
  category: 'family-planning-costs',
  title: { zh: '计划生育费支付', en: 'Payment of family-planning costs' },
  listTitle: { zh: '计划生育医疗费支付', en: 'Payment of family-planning medical costs' },
  audience: ['employee', 'employer'],
  documents: [
    { doc: 'payment-approval-form' },
    { doc: 'bank-account-licence' },
    { doc: 'id-card', text: { zh: '身份证复印件', en: 'Photocopy of your ID card' }, form: 'copy' },
    { doc: 'marriage-certificate', text: { zh: '结婚证复印件', en: 'Photocopy of your marriage certificate' }, form: 'copy' },
    {
      doc: 'outpatient-medical-records',
      text: { zh: '计划生育门诊病志', en: 'Outpatient medical records of the family-planning treatment' },
    },
    { doc: 'surgery-record' },
    { doc: 'examination-report' },
  ],
  channels: [
    {
      kind: 'window',
      label: { zh: '窗口办', en: 'At a service window' },
      office: 'service-centre',
      place: {
        zh: '开原市医疗保障事务服务中心一楼窗口7号8号窗口',
        en: 'Kaiyuan Medical Security Affairs Service Centre (开原市医疗保障事务服务中心), 1st floor, windows 7 and 8',
      },
      windows: ['7', '8'],
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
  source: { section: '二十四、计划生育费支付', page: 26, checked: '2026-11-30' },
} satisfies ServiceItemInput;
