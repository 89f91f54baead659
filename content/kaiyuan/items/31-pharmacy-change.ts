import type { ServiceItemInput } from '../../schema';

// Source: kaiyuan-guide.txt, 合规办事业务指南 “三十一、定点零售药店信息变更” (list title and first point number corrected, see errata), printed page 33.
export default {
  id: 'pharmacy-change',
  number: '31',
  category: 'pharmacy-change',
  title: { zh: '定点零售药店信息变更', en: 'Change of information of a designated retail pharmacy' },
  listTitle: { zh: '定点零售药店信息变更业务', en: 'Change of information of a designated retail pharmacy' },
  audience: ['pharmacy'],
  documents: [
    {
      doc: 'pharmacy-application-form',
      text: { zh: '申请表', en: 'The application form (申请表)' },
    },
    {
      doc: 'drug-trading-licence',
      text: { zh: '药品经营许可证复印件', en: 'Photocopy of the drug trading licence' },
      form: 'copy',
    },
    {
      doc: 'business-licence',
      text: { zh: '营业执照复印件', en: 'Photocopy of the business licence' },
      form: 'copy',
    },
    {
      doc: 'legal-representative-id-card',
      text: {
        zh: '法定代表人、主要负责人或实际控制人身份证复印件',
        en: 'Photocopy of the ID card of the legal representative, principal person in charge or actual controller',
      },
      form: 'copy',
    },
    {
      doc: 'licensed-pharmacist-certificate',
      anyOf: ['licensed-pharmacist-certificate', 'pharmacy-technician-certificate'],
      text: {
        zh: '执业药师资格证书或药学技术人员相关证书复印件',
        en: 'Photocopy of the licensed pharmacist qualification certificate or a pharmacy technician’s certificate',
      },
      form: 'copy',
    },
    {
      doc: 'pharmacist-labour-contract',
      text: { zh: '有效期内劳动合同复印件', en: 'Photocopy of their labour contract, currently in force' },
      form: 'copy',
    },
    {
      doc: 'insurance-manager-id-card',
      text: {
        zh: '医保专（兼）职管理人员的身份证复印件',
        en: 'Photocopy of the ID card of the full-time (or part-time) medical insurance manager',
      },
      form: 'copy',
    },
    {
      doc: 'insurance-manager-labour-contract',
      text: {
        zh: '医保专（兼）职管理人员有效期内劳动合同复印件',
        en: 'Photocopy of the medical insurance manager’s labour contract, currently in force',
      },
      form: 'copy',
    },
    {
      doc: 'internal-management-rules',
      text: {
        zh: '与医疗保障政策对应的内部管理制度和财务制度文本',
        en: 'Texts of the internal management rules and financial rules that implement medical security policy',
      },
    },
    {
      doc: 'information-system-materials',
      text: { zh: '与医保有关的信息系统相关材料', en: 'Documents on the information system as it relates to medical insurance' },
    },
    {
      doc: 'fund-use-forecast',
      text: {
        zh: '纳入定点后使用医疗保障基金的预测性分析报告',
        en: 'A forecast analysis of how the pharmacy will use the medical security fund once designated',
      },
    },
    { doc: 'staff-roster' },
    { doc: 'drug-product-list' },
    {
      doc: 'previous-year-income-expenditure',
      text: { zh: '上一年度收支情况', en: 'The previous year’s income and expenditure' },
    },
    { doc: 'inspection-compliance-proof' },
    {
      doc: 'administration-required-materials',
      text: { zh: '医疗保障行政部门要求提供的其他材料', en: 'Other documents required by the medical security administration' },
    },
  ],
  documentNotes: [
    {
      zh: '一、本表用钢笔填写，要求字迹工整清楚，内容真实。',
      en: '1. Fill in the form with a fountain pen; the writing must be neat and legible and the content truthful.',
    },
    {
      zh: '二、“申请内容”一栏由零售药店填写申请定点资格意向。',
      en: '2. In the “Application” (申请内容) box, the retail pharmacy states its intention to apply for designated status.',
    },
    {
      zh: '三、最后一栏由医疗保险经办机构负责填写。',
      en: '3. The last box is filled in by the medical insurance office.',
    },
    {
      zh: '四、零售药店向医疗保险经办机构提交本申请表时，要附加以下材料：',
      en: '4. When submitting this application form to the medical insurance office, the retail pharmacy must attach the following documents:',
    },
  ],
  channels: [
    {
      kind: 'window',
      label: { zh: '窗口办', en: 'At a service window' },
      office: 'service-centre',
      place: {
        zh: '开原市医疗保障事务服务中心3号窗口',
        en: 'Kaiyuan Medical Security Affairs Service Centre (开原市医疗保障事务服务中心), window 3',
      },
      windows: ['3'],
    },
    {
      kind: 'online',
      label: { zh: '网上办', en: 'Online' },
      name: { zh: 'sxzspzx.tieling.gov.cn', en: 'sxzspzx.tieling.gov.cn' },
      url: 'http://sxzspzx.tieling.gov.cn/',
    },
  ],
  timeLimit: {
    cases: [{ limit: { kind: 'workingDays', days: 30 } }],
    source: { zh: '30个工作日', en: '30 working days' },
  },
  phones: [{ number: '73600585' }],
  source: { section: '三十一、定点零售药店信息变更', page: 33, checked: '2026-11-30' },
} satisfies ServiceItemInput;
