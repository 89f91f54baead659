import type { ServiceItemInput } from '../../schema';

// Source: kaiyuan-guide.txt, 合规办事业务指南 “十九、……” “19.1 门诊特慢病病种申请”, and the item list's row 19-1, printed page 22.
export default {
  id: 'chronic-special-disease-recognition',
  number: '19.1',
  category: 'outpatient-chronic-special-diseases',
  title: { zh: '门诊特慢病病种申请', en: 'Application for recognition of an outpatient chronic or special disease' },
  audience: ['employee', 'flexibleWorker', 'retiree', 'resident'],
  description: [
    {
      zh: '按照文件要求申请患者需要提供2年内二级以上医院住院病志（盖红章的）。患者身份证复印件一张，到“下沉”的定点医疗机构提交申请材料。',
      en: 'As the rules require, the patient applying provides inpatient medical records from a hospital of grade II or above from the past 2 years (bearing the red seal) and one photocopy of the patient’s ID card, and submits the application at one of the designated medical institutions that take these applications locally (“下沉”).',
    },
    {
      zh: '下沉的定点医疗机构有辽宁省精神卫生中心，开原市中心医院，开原市中医医院。',
      en: 'These designated medical institutions are the Liaoning Provincial Mental Health Centre (辽宁省精神卫生中心), Kaiyuan Central Hospital (开原市中心医院) and Kaiyuan Hospital of Traditional Chinese Medicine (开原市中医医院).',
    },
  ],
  documents: [
    {
      doc: 'inpatient-medical-records',
      text: {
        zh: '2年内，二级以上住院病志（盖红章的）',
        en: 'Inpatient medical records from the past 2 years, from a hospital of grade II or above (bearing the hospital’s red seal)',
      },
    },
    {
      doc: 'id-card',
      text: { zh: '患者身份证复印件', en: 'Photocopy of the patient’s ID card' },
      form: 'copy',
      count: 1,
    },
  ],
  channels: [
    {
      kind: 'window',
      label: { zh: '窗口办', en: 'At a service window' },
      office: 'service-centre',
      place: {
        zh: '开原市医疗保障事务服务中心一楼9号、10号窗口',
        en: 'Kaiyuan Medical Security Affairs Service Centre (开原市医疗保障事务服务中心), 1st floor, windows 9 and 10',
      },
      windows: ['9', '10'],
    },
    {
      kind: 'institution',
      place: {
        zh: '“下沉”的定点医疗机构：辽宁省精神卫生中心，开原市中心医院，开原市中医医院',
        en: 'Designated medical institutions that take these applications locally (“下沉”): Liaoning Provincial Mental Health Centre (辽宁省精神卫生中心), Kaiyuan Central Hospital (开原市中心医院), Kaiyuan Hospital of Traditional Chinese Medicine (开原市中医医院)',
      },
      scope: { zh: '见医保权力事项清单第十九项', en: 'As given in the official item list, item 19' },
    },
  ],
  timeLimit: {
    cases: [
      { label: { zh: '慢病', en: 'Chronic disease' }, limit: { kind: 'workingDays', days: 30 } },
      { label: { zh: '特病', en: 'Special disease' }, limit: { kind: 'workingDays', days: 3 } },
    ],
    source: { zh: '慢病30个工作日 特病3个工作日', en: 'Chronic disease: 30 working days; special disease: 3 working days' },
  },
  tips: [
    {
      zh: '为了您能便捷快速办理，建议您可先拨打咨询电话73600636、避免业务高峰等候',
      en: 'To get this done quickly and easily, we suggest you first call the enquiry line 73600636 to avoid waiting at busy times.',
    },
  ],
  phones: [{ number: '73600636', label: { zh: '咨询电话', en: 'Enquiry line' } }],
  source: {
    section: '十九、基本医疗保险参保人员享受门诊慢特病病种待遇认定、高值药品登记备案、“两病”认定 — 19.1 门诊特慢病病种申请',
    page: 22,
    checked: '2026-11-30',
  },
} satisfies ServiceItemInput;
