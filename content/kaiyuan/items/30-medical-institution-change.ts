import type { ServiceItemInput } from '../../schema';

// Source: kaiyuan-guide.txt, 合规办事业务指南 “三十、定点医疗机构信息变更”, printed page 32.
export default {
  id: 'medical-institution-change',
  number: '30',
  category: 'medical-institution-change',
  title: { zh: '定点医疗机构信息变更', en: 'Change of information of a designated medical institution' },
  listTitle: { zh: '定点医疗机构信息变更业务', en: 'Change of information of a designated medical institution' },
  audience: ['medicalInstitution'],
  documents: [
    {
      doc: 'medical-institution-application-form',
      text: { zh: '申请书', en: 'The application form (申请书)' },
    },
    {
      doc: 'medical-practice-licence',
      anyOf: ['medical-practice-licence', 'tcm-clinic-filing-certificate', 'military-civilian-service-licence'],
      text: {
        zh: '《医疗机构执业许可证》、《中医诊所备案证》或军队医疗机构为民服务许可证照副本及复印件',
        en: 'Medical Institution Practising Licence (《医疗机构执业许可证》), Traditional Chinese Medicine Clinic Filing Certificate (《中医诊所备案证》) or military medical institution’s licence to serve civilians: duplicate original and photocopy',
      },
      form: 'originalAndCopy',
    },
    {
      doc: 'business-licence',
      text: { zh: '《工商营业执照》副本及复印件', en: 'Business licence (《工商营业执照》): duplicate original and photocopy' },
      form: 'originalAndCopy',
      when: 'for-profit',
    },
    {
      doc: 'legal-person-certificate',
      anyOf: ['legal-person-certificate', 'organisation-code-certificate'],
      text: {
        zh: '《法人资格证书》或《组织机构代码证书》副本及复印件',
        en: 'Legal Person Certificate (《法人资格证书》) or Organisation Code Certificate (《组织机构代码证书》): duplicate original and photocopy',
      },
      form: 'originalAndCopy',
    },
    {
      doc: 'internal-management-rules',
      text: {
        zh: '与医保政策对应的内部管理制度和财务制度文本',
        en: 'Texts of the internal management rules and financial rules that implement medical insurance policy',
      },
    },
    {
      doc: 'information-system-materials',
      text: {
        zh: '医保有关的医疗机构信息系统相关材料',
        en: 'Documents on the institution’s information system as it relates to medical insurance',
      },
    },
    {
      doc: 'fund-use-forecast',
      text: {
        zh: '纳入定点后使用医疗保险基金的预测性分析报告',
        en: 'A forecast analysis of how the institution will use the medical insurance fund once designated',
      },
    },
    {
      doc: 'large-equipment-list',
      text: { zh: '大型医疗仪器设备清单', en: 'List of large medical equipment' },
    },
    {
      doc: 'metrology-inspection-proof',
      text: {
        zh: '质量技术监督部门计量检查合格证明材料',
        en: 'Proof from the quality and technical supervision authority that the equipment passed metrology inspection',
      },
    },
    {
      doc: 'product-catalogues',
      text: {
        zh: '药品目录、医用耗材目录、检验试剂目录及说明书',
        en: 'Catalogues of medicines, medical consumables and laboratory reagents, with their instructions',
      },
    },
    {
      doc: 'previous-year-operations',
      text: {
        zh: '上一年度业务收支情况和门诊、住院诊疗服务情况，以及可承担医疗保险服务能力的材料',
        en: 'The previous year’s income and expenditure and outpatient and inpatient services, and documents showing the capacity to provide medical insurance services',
      },
    },
    {
      doc: 'hospital-grade-certificate',
      text: {
        zh: '《医疗机构评定等级证书》及复印件或相应等级的证明材料',
        en: 'Medical Institution Grading Certificate (《医疗机构评定等级证书》) and a photocopy, or other proof of the grade',
      },
    },
    {
      doc: 'community-health-service-proof',
      text: {
        zh: '符合市卫生行政主管部门认定的社区卫生服务机构的证明材料',
        en: 'Proof that the institution is a community health service institution recognised by the city health authority',
      },
    },
    {
      doc: 'payroll-handbook',
      text: { zh: '医疗机构《工资总额使用手册》', en: 'The institution’s Total Payroll Handbook (《工资总额使用手册》)' },
    },
    {
      doc: 'organisation-and-staffing-materials',
      text: {
        zh: '内部设置、医务人员结构等材料',
        en: 'Documents on the internal organisation, the structure of the medical staff and similar',
      },
    },
    {
      doc: 'administration-required-materials',
      text: {
        zh: '医疗保障行政部门规定的证明材料（包括营业面积的房产证明或房屋租赁合同、医疗机构员工缴纳社会保险的证明材料、与员工签订的用工合同，等等）',
        en: 'Proof required by the medical security administration (including proof of ownership or a lease of the business premises, proof that the institution’s staff pay social insurance, employment contracts signed with the staff, and so on)',
      },
    },
  ],
  documentNotes: [
    {
      zh: '一、本表用钢笔、水性笔填写，要求字迹工整清楚，内容真实。',
      en: '1. Fill in the form with a fountain pen or gel pen; the writing must be neat and legible and the content truthful.',
    },
    {
      zh: '二、“医院等级”填写应为：三级、二级、一级及以下、未定级、社区中心（站）、诊所。',
      en: '2. Under “Hospital grade” (医院等级) enter one of: grade III, grade II, grade I or below, ungraded, community centre (station), clinic.',
    },
    {
      zh: '三、表中“所有制类型”为：公立或民营；“性质”为营利或非营利；“类别”为：综合、中医或专科；“机构类别”为医院、社区中心（站）或门诊。',
      en: '3. In the form, “Ownership” (所有制类型) is public or private; “Nature” (性质) is for-profit or non-profit; “Category” (类别) is general, traditional Chinese medicine or specialist; “Type of institution” (机构类别) is hospital, community centre (station) or outpatient clinic.',
    },
    {
      zh: '四、“申请内容”一栏由医疗机构填写申请定点医疗机构资格的意向。',
      en: '4. In the “Application” (申请内容) box, the medical institution states its intention to apply for designated medical institution status.',
    },
    {
      zh: '五、最后一栏由医保经办机构负责填写。',
      en: '5. The last box is filled in by the medical insurance office.',
    },
    {
      zh: '六、医疗机构向医保经办机构提交本申请书时，要附以下材料：',
      en: '6. When submitting this application to the medical insurance office, the medical institution must attach the following documents:',
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
  source: { section: '三十、定点医疗机构信息变更', page: 32, checked: '2026-11-30' },
} satisfies ServiceItemInput;
