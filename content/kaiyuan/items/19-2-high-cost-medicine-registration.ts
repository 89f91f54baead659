import type { ServiceItemInput } from '../../schema';

// Source: kaiyuan-guide.txt, 合规办事业务指南 “十九、……” “19.2 高值药申请”, printed page 22.
export default {
  id: 'high-cost-medicine-registration',
  number: '19.2',
  category: 'outpatient-chronic-special-diseases',
  title: { zh: '高值药申请', en: 'Application for high-cost medicines' },
  audience: ['employee', 'flexibleWorker', 'retiree', 'resident'],
  documents: [
    {
      doc: 'inpatient-medical-records',
      text: { zh: '住院病志（盖红章的）', en: 'Inpatient medical records (bearing the hospital’s red seal)' },
    },
    {
      doc: 'prescription-order',
      text: { zh: '医生出示的用药医嘱', en: 'The doctor’s medication order' },
    },
    {
      doc: 'id-card',
      text: { zh: '患者身份证复印件', en: 'Photocopy of the patient’s ID card' },
      form: 'copy',
    },
  ],
  documentNotes: [
    {
      zh: '在中心申请，仅限于在国控药房购药',
      en: 'If you apply at the centre, the medicine may only be bought at a Guokong pharmacy (国控药房).',
    },
  ],
  channels: [
    {
      kind: 'window',
      label: { zh: '窗口办', en: 'At a service window' },
      office: 'service-centre',
      place: {
        zh: '开原市医疗保障事务服务中心一楼窗口9号、10号窗口',
        en: 'Kaiyuan Medical Security Affairs Service Centre (开原市医疗保障事务服务中心), 1st floor, windows 9 and 10',
      },
      windows: ['9', '10'],
    },
    {
      kind: 'institution',
      place: { zh: '购药医院', en: 'The hospital where the patient buys the medicine' },
      scope: {
        zh: '如患者在医院购药，可以持以上材料直接到购药医院申请',
        en: 'If the patient buys the medicine at a hospital, they can take the documents above straight to that hospital and apply there.',
      },
    },
  ],
  timeLimit: {
    cases: [{ limit: { kind: 'immediate' } }],
    source: { zh: '即时办理，即时生效', en: 'Handled on the spot and effective immediately' },
  },
  tips: [
    {
      zh: '为了您能便捷快速办理，建议您可先拨打咨询电话73600636、避免业务高峰等候',
      en: 'To get this done quickly and easily, we suggest you first call the enquiry line 73600636 to avoid waiting at busy times.',
    },
  ],
  phones: [{ number: '73600636', label: { zh: '咨询电话', en: 'Enquiry line' } }],
  source: {
    section: '十九、基本医疗保险参保人员享受门诊慢特病病种待遇认定、高值药品登记备案、“两病”认定 — 19.2 高值药申请',
    page: 22,
    checked: '2026-11-30',
  },
} satisfies ServiceItemInput;
