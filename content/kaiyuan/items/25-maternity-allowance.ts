import type { ServiceItemInput } from '../../schema';

// Source: kaiyuan-guide.txt, 合规办事业务指南 “二十五、生育津贴支付”, printed page 26.
export default {
  id: 'maternity-allowance',
  number: '25',
  category: 'maternity-allowance',
  title: { zh: '生育津贴支付', en: 'Payment of maternity allowance' },
  audience: ['employee', 'employer'],
  documents: [
    { doc: 'payment-approval-form' },
    { doc: 'bank-account-licence' },
    { doc: 'id-card', text: { zh: '身份证复印件', en: 'Photocopy of your ID card' }, form: 'copy' },
    { doc: 'marriage-certificate', text: { zh: '结婚证复印件', en: 'Photocopy of your marriage certificate' }, form: 'copy' },
    { doc: 'birth-certificate', text: { zh: '出生证复印件', en: 'Photocopy of the birth certificate' }, form: 'copy' },
    { doc: 'birth-permit', text: { zh: '准生证复印件', en: 'Photocopy of the birth permit' }, form: 'copy' },
    {
      doc: 'inpatient-medical-records',
      when: 'female-employee',
    },
  ],
  channels: [
    {
      kind: 'window',
      label: { zh: '窗口办', en: 'At a service window' },
      office: 'service-centre',
      place: {
        zh: '开原市医疗保障事务服务中心一楼7号8号窗口',
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
  source: { section: '二十五、生育津贴支付', page: 26, checked: '2026-11-30' },
} satisfies ServiceItemInput;
