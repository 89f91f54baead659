import type { CityInput } from '../schema';

// Source: kaiyuan-guide.txt (开原市医疗保障局《办事不找关系指南》): 医保权力事项清单 (pp. 3–6),
// 合规办事业务指南 (pp. 8–33), 违规禁办事项清单 (p. 35), 容缺办理事项清单 (p. 36).

const FLOOR_1 = { zh: '一楼', en: '1st floor' };
const SUPPLY_ON_SITE = { zh: '现场补交材料', en: 'Hand in the missing documents in person' };
const BY_APPLICANT = { zh: '申请人提供', en: 'Provided by the applicant' };
const days = (n: number) => ({
  cases: [{ limit: { kind: 'workingDays' as const, days: n } }],
  source: { zh: `${n}个工作日`, en: `${n} working days` },
});
const SEALED_COPIES = {
  zh: '注：受理材料复印件需加盖单位公章',
  en: 'Note: photocopies handed in must be stamped with the applicant’s official seal (单位公章)',
};

export const city = {
  id: 'kaiyuan',
  short: 'ky',
  name: { zh: '开原', en: 'Kaiyuan' },
  office: { zh: '开原市医疗保障局', en: 'Kaiyuan Medical Security Bureau (开原市医疗保障局)' },
  guide: { title: { zh: '办事不找关系指南', en: 'Guide to Getting Things Done Without Personal Connections (办事不找关系指南)' } },
  // Tieling (开原) and Shenyang share the area code 024.
  areaCode: '024',
  hotlines: [
    {
      number: '73600683',
      label: { zh: '职工医保咨询电话（费用报销、生育）', en: 'Employee medical insurance enquiries (reimbursement, maternity)' },
    },
    {
      number: '73600623',
      label: { zh: '城乡居民医保咨询电话（费用报销、生育）', en: "Residents' medical insurance enquiries (reimbursement, maternity)" },
    },
    {
      number: '73600626',
      label: { zh: '异地就医备案业务电话', en: 'Registration for medical treatment in another city (business line)' },
    },
    {
      number: '73808335',
      label: { zh: '异地就医备案业务电话', en: 'Registration for medical treatment in another city (business line)' },
    },
    {
      number: '73600636',
      label: {
        zh: '门诊特慢病、高值药申请咨询电话',
        en: 'Applications for outpatient chronic and special diseases and high-cost medicines (enquiry line)',
      },
    },
    {
      number: '73826566',
      label: { zh: '医疗救助待遇手工零星报销联系电话', en: 'Manual reimbursement of medical assistance benefits (contact phone)' },
    },
    {
      number: '73600585',
      label: {
        zh: '定点医药机构协议管理及信息变更',
        en: 'Designated-provider agreements and changes of information (medical institutions, retail pharmacies)',
      },
    },
  ],
  offices: [
    {
      id: 'service-centre',
      name: { zh: '开原市医疗保障事务服务中心', en: 'Kaiyuan Medical Security Affairs Service Centre (开原市医疗保障事务服务中心)' },
      windows: [
        {
          numbers: ['3'],
          purpose: {
            zh: '医疗机构、零售药店申请定点协议管理，定点医疗机构、定点零售药店信息变更（第二十八至三十一项）',
            en: 'Designated-provider agreement applications by medical institutions and retail pharmacies, and changes of information of designated medical institutions and retail pharmacies (items 28–31)',
          },
        },
        {
          numbers: ['4'],
          purpose: {
            zh: '医疗救助待遇手工零星报销（第二十七项）',
            en: 'Manual (individual) reimbursement of medical assistance benefits (item 27)',
          },
          floor: FLOOR_1,
        },
        {
          numbers: ['5', '6'],
          purpose: {
            zh: '门诊费用报销、住院费用报销（第二十、二十一项）',
            en: 'Reimbursement of outpatient and inpatient costs (items 20–21)',
          },
          floor: FLOOR_1,
        },
        {
          numbers: ['7', '8'],
          purpose: {
            zh: '门诊费用报销、住院费用报销；产前检查费、生育医疗费、计划生育费、生育津贴支付（第二十至二十五项）',
            en: 'Reimbursement of outpatient and inpatient costs; payment of prenatal examination costs, childbirth medical costs, family-planning costs and maternity allowance (items 20–25)',
          },
          floor: FLOOR_1,
        },
        {
          numbers: ['9', '10'],
          purpose: {
            zh: '门诊特慢病病种申请、高值药申请（第十九项）',
            en: 'Outpatient chronic and special disease applications and high-cost medicine applications (item 19)',
          },
          floor: FLOOR_1,
        },
        {
          numbers: ['11'],
          purpose: {
            zh: '城乡居民参保登记、城乡居民参保信息变更登记（第三、六项）',
            en: "Urban and rural residents' enrolment and changes of their enrolment information (items 3 and 6)",
          },
          floor: FLOOR_1,
        },
        {
          numbers: ['13'],
          purpose: {
            zh: '异地就医备案：异地安置退休人员、异地长期居住人员、常驻异地工作人员、异地转诊人员（第十五至十八项）',
            en: 'Registration for medical treatment in another city: resettled retirees, people living long-term elsewhere, people posted to work elsewhere, referrals (items 15–18)',
          },
          floor: { zh: '一楼大厅', en: '1st-floor hall' },
        },
        {
          numbers: ['15'],
          purpose: {
            zh: '单位和职工参保登记及信息变更、单位缴费核定、参保信息查询、个人账户一次性支取、灵活就业人员补收核定、保险关系转移接续、保费退费（第一、二、四、五、七至十四项）',
            en: 'Employer and employee enrolment and changes of their information, assessment of employer contributions, enrolment enquiries, one-off withdrawal of the personal account, back payments for flexible employment workers, transfer and continuation of insurance, and refunds of contributions (items 1, 2, 4, 5 and 7–14)',
          },
          floor: FLOOR_1,
        },
      ],
    },
  ],
  categories: [
    { id: 'employer-registration', ordinal: '一', title: { zh: '单位参保和变更登记', en: 'Employer enrolment and change registration' } },
    { id: 'employee-registration', ordinal: '二', title: { zh: '职工参保和变更登记', en: 'Employee enrolment and change registration' } },
    { id: 'resident-registration', ordinal: '三', title: { zh: '城乡居民参保登记', en: "Urban and rural residents' enrolment" } },
    {
      id: 'employer-information-change',
      ordinal: '四',
      title: { zh: '单位参保信息变更登记', en: 'Change of employer enrolment information' },
    },
    {
      id: 'employee-information-change',
      ordinal: '五',
      title: { zh: '职工参保信息变更登记', en: 'Change of employee enrolment information' },
    },
    {
      id: 'resident-information-change',
      ordinal: '六',
      title: { zh: '城乡居民参保信息变更登记', en: "Change of urban and rural residents' enrolment information" },
    },
    { id: 'employer-contribution-assessment', ordinal: '七', title: { zh: '单位缴费核定', en: 'Assessment of employer contributions' } },
    {
      id: 'employer-enrolment-enquiry',
      ordinal: '八',
      title: { zh: '参保单位参保信息查询', en: 'Enquiry into an insured employer’s enrolment information' },
    },
    {
      id: 'insured-person-enquiry',
      ordinal: '九',
      title: { zh: '参保人员参保信息查询', en: 'Enquiry into an insured person’s enrolment information' },
    },
    {
      id: 'personal-account-withdrawal',
      ordinal: '十',
      title: { zh: '参保人员个人账户一次性支取', en: 'One-off withdrawal of the personal account' },
    },
    {
      id: 'flexible-worker-back-payment',
      ordinal: '十一',
      title: { zh: '灵活就业人员补收核定', en: 'Assessment of back payments for flexible employment workers' },
    },
    {
      id: 'insurance-transfer',
      ordinal: '十二',
      title: { zh: '基本医疗保险(生育)保险关系转移接续', en: 'Transfer and continuation of basic medical (maternity) insurance' },
    },
    {
      id: 'employer-contribution-refund',
      ordinal: '十三',
      title: { zh: '单位医疗保险保费退费', en: 'Refund of employer medical insurance contributions' },
    },
    {
      id: 'personal-contribution-refund',
      ordinal: '十四',
      title: { zh: '个人医疗保险保费退费', en: 'Refund of personal medical insurance contributions' },
    },
    {
      id: 'resettled-retiree-registration',
      ordinal: '十五',
      title: { zh: '异地安置退休人员备案', en: 'Registration of retirees resettled in another city' },
    },
    {
      id: 'long-term-resident-registration',
      ordinal: '十六',
      title: { zh: '异地长期居住人员备案', en: 'Registration of people living long-term in another city' },
    },
    {
      id: 'posted-worker-registration',
      ordinal: '十七',
      title: { zh: '常驻异地工作人员备案', en: 'Registration of people posted to work in another city' },
    },
    {
      id: 'referral-registration',
      ordinal: '十八',
      title: { zh: '异地转诊人员备案', en: 'Registration for referral to a hospital in another city' },
    },
    {
      id: 'outpatient-chronic-special-diseases',
      ordinal: '十九',
      title: {
        zh: '基本医疗保险参保人员享受门诊慢特病病种待遇认定、高值药品登记备案、“两病”认定',
        en: 'Recognition of outpatient chronic and special disease benefits, registration of high-cost medicines, and recognition of the "two diseases" (hypertension and diabetes) for people insured in basic medical insurance',
      },
    },
    { id: 'outpatient-reimbursement', ordinal: '二十', title: { zh: '门诊费用报销', en: 'Reimbursement of outpatient costs' } },
    { id: 'inpatient-reimbursement', ordinal: '二十一', title: { zh: '住院费用报销', en: 'Reimbursement of inpatient costs' } },
    { id: 'prenatal-examination-costs', ordinal: '二十二', title: { zh: '产前检查费支付', en: 'Payment of prenatal examination costs' } },
    { id: 'childbirth-medical-costs', ordinal: '二十三', title: { zh: '生育医疗费支付', en: 'Payment of childbirth medical costs' } },
    { id: 'family-planning-costs', ordinal: '二十四', title: { zh: '计划生育医疗费支付', en: 'Payment of family-planning medical costs' } },
    { id: 'maternity-allowance', ordinal: '二十五', title: { zh: '生育津贴支付', en: 'Payment of maternity allowance' } },
    {
      id: 'assistance-contribution-subsidy',
      ordinal: '二十六',
      title: {
        zh: '符合资助条件的救助对象参加城乡居民基本医疗保险个人缴费补贴',
        en: "Contribution subsidies for eligible assistance recipients joining urban and rural residents' basic medical insurance",
      },
    },
    {
      id: 'medical-assistance-reimbursement',
      ordinal: '二十七',
      title: { zh: '医疗救助对象手工(零星)报销', en: 'Manual (individual) reimbursement for medical assistance recipients' },
    },
    {
      id: 'medical-institution-designation',
      ordinal: '二十八',
      title: { zh: '医疗机构申请定点协议管理', en: 'Designated-provider agreement application by a medical institution' },
    },
    {
      id: 'pharmacy-designation',
      ordinal: '二十九',
      title: { zh: '零售药店申请定点协议管理', en: 'Designated-provider agreement application by a retail pharmacy' },
    },
    {
      id: 'medical-institution-change',
      ordinal: '三十',
      title: { zh: '定点医疗机构信息变更', en: 'Change of information of a designated medical institution' },
    },
    {
      id: 'pharmacy-change',
      ordinal: '三十一',
      title: { zh: '定点零售药店信息变更', en: 'Change of information of a designated retail pharmacy' },
    },
  ],
  groups: [
    {
      number: '19',
      title: {
        zh: '基本医疗保险参保人员享受门诊慢特病病种待遇认定、高值药品登记备案、“两病”认定',
        en: 'Recognition of outpatient chronic and special disease benefits, registration of high-cost medicines, and recognition of the "two diseases" (hypertension and diabetes) for people insured in basic medical insurance',
      },
      page: 22,
    },
    {
      number: '26',
      title: {
        zh: '符合资助条件的救助对象参加城乡居民基本医疗保险个人缴费补贴',
        en: "Contribution subsidies for eligible assistance recipients joining urban and rural residents' basic medical insurance",
      },
      page: 27,
    },
  ],
  documents: {
    // Identity and household
    'id-document': {
      name: { zh: '有效身份证件', en: 'Valid identity document' },
      description: {
        zh: '通常为居民身份证；外国人一般为护照或外国人永久居留身份证，如不确定请向窗口咨询。',
        en: 'Usually the resident ID card; foreign nationals normally use their passport or foreign permanent resident ID card. Ask at the window if unsure.',
      },
    },
    'id-card': {
      name: { zh: '身份证', en: 'ID card' },
      description: { zh: '居民身份证。', en: 'The resident identity card (居民身份证).' },
    },
    'hukou-booklet': { name: { zh: '户口簿', en: 'Household register (hukou booklet)' } },
    'residence-permit': { name: { zh: '居住证', en: 'Residence permit (居住证)' } },
    'temporary-residence-permit': { name: { zh: '暂住证', en: 'Temporary residence permit (暂住证)' } },
    'property-certificate': {
      name: { zh: '房照', en: 'Property ownership certificate' },
      description: { zh: '房屋产权证明（房产证）的俗称。', en: 'The ownership certificate of a home (房照, also called 房产证).' },
    },
    'social-security-card': { name: { zh: '社会保障卡', en: 'Social security card' } },
    'bank-card': { name: { zh: '银行卡', en: 'Bank card' } },
    bankbook: { name: { zh: '存折', en: 'Bankbook' } },
    'marriage-certificate': { name: { zh: '结婚证', en: 'Marriage certificate' } },
    'birth-permit': {
      name: { zh: '准生证', en: 'Birth permit' },
      description: { zh: '也称生育登记单。', en: 'Also called the birth registration form (生育登记单).' },
    },
    'birth-certificate': {
      name: { zh: '出生证', en: 'Birth certificate' },
      description: {
        zh: '出生医学证明，由婴儿出生的医院出具。',
        en: 'The medical birth certificate (出生医学证明) issued by the hospital where the baby was born.',
      },
    },
    'death-certificate': { name: { zh: '死亡证明', en: 'Death certificate' } },
    'heir-id-card': { name: { zh: '继承人身份证', en: 'ID card of the heir' } },
    'bank-account-details': { name: { zh: '银行卡账户信息', en: 'Bank card account details' } },
    'letter-of-commitment': {
      name: { zh: '个人承诺书', en: 'Letter of commitment' },
      description: {
        zh: '本人签字、承诺所述情况属实的书面声明。',
        en: 'A signed personal statement promising that what you declare is true.',
      },
    },
    'subsistence-allowance-certificate': {
      name: { zh: '低保证', en: 'Minimum living allowance certificate' },
      description: {
        zh: '城乡居民最低生活保障证。',
        en: 'The certificate showing that a household receives the urban or rural minimum living allowance (最低生活保障).',
      },
    },
    // Employer and employment
    'employer-enrolment-form': {
      name: { zh: '《基本医疗保险单位参保信息登记表》', en: 'Basic Medical Insurance Employer Enrolment Form' },
    },
    'unified-social-credit-code-certificate': { name: { zh: '统一社会信用代码证书', en: 'Unified social credit code certificate' } },
    'approval-documents': {
      name: { zh: '相关部门出具的证明材料', en: 'Proof issued by the relevant authority' },
      description: {
        zh: '证明单位批准成立、合并、分户、注销、缴费状态变更等情况的材料。',
        en: 'Documents from the relevant authority proving that the employer was approved to be founded, or has merged, split, deregistered, changed its contribution status or the like.',
      },
    },
    'employee-enrolment-form': { name: { zh: '《职工基本医疗保险参保登记表》', en: 'Employee Basic Medical Insurance Enrolment Form' } },
    'employment-papers': {
      name: { zh: '录用手续', en: 'Hiring papers' },
      description: {
        zh: '机关事业单位录用人员的相关手续材料。',
        en: 'The papers showing that a government body or public institution has formally hired the person.',
      },
    },
    'retirement-approval': {
      name: { zh: '退休审批材料', en: 'Retirement approval documents' },
      description: { zh: '证明退休已获批准的材料。', en: 'Papers showing that your retirement has been approved.' },
    },
    'employer-change-form': {
      name: { zh: '《基本医疗保险参保单位信息变更登记表》', en: 'Basic Medical Insurance Employer Information Change Form' },
    },
    'change-supporting-materials': { name: { zh: '信息变更对应辅助材料', en: 'Supporting documents for the change' } },
    'employee-wage-declaration': { name: { zh: '《在职职工工资申报明细表》', en: 'Wage Declaration Form for Working Employees' } },
    'retiree-wage-declaration': { name: { zh: '《退休人员工资申报明细表》', en: 'Wage Declaration Form for Retirees' } },
    'contribution-declaration-form': { name: { zh: '《缴纳社会保险费申报表》', en: 'Social Insurance Contribution Declaration Form' } },
    'supporting-proof': { name: { zh: '相关证明材料', en: 'Relevant supporting documents' } },
    'employer-valid-certificate': {
      name: { zh: '单位有效证明文件', en: 'Valid proof of the employer’s identity' },
      description: { zh: '能证明单位身份的有效文件。', en: 'A currently valid official document that identifies the employer.' },
    },
    'voluntary-withdrawal-statement': {
      name: { zh: '主动放弃基本医疗保险关系的情况说明', en: 'Statement explaining the voluntary withdrawal from basic medical insurance' },
    },
    'tax-refund-documents': { name: { zh: '税务部门出具的有效退费相关材料', en: 'Refund documents issued by the tax authority' } },
    'refund-supporting-proof': { name: { zh: '退费相关证明材料', en: 'Supporting documents for the refund' } },
    'work-elsewhere-proof': { name: { zh: '异地工作证明材料', en: 'Proof of working in another city' } },
    // Medical
    'medical-diagnosis': { name: { zh: '医疗诊断', en: 'Medical diagnosis' } },
    'inpatient-medical-records': {
      name: { zh: '住院病志', en: 'Inpatient medical records' },
      description: { zh: '医院对住院诊疗的记录（病历）。', en: 'The hospital’s record of your stay and treatment (also called 病历).' },
    },
    'outpatient-medical-records': {
      name: { zh: '门诊病志', en: 'Outpatient medical records' },
      description: { zh: '门诊就诊记录（病历）。', en: 'The record of your outpatient visits (also called 病历).' },
    },
    'prescription-order': { name: { zh: '用药医嘱', en: 'Doctor’s medication order' } },
    'outpatient-receipt': { name: { zh: '门诊收据', en: 'Outpatient receipt' } },
    'inpatient-receipt': { name: { zh: '住院收据', en: 'Inpatient receipt' } },
    'medical-receipt': { name: { zh: '收据', en: 'Receipt' } },
    'outpatient-itemised-bill': { name: { zh: '门诊费用清单', en: 'Outpatient itemised bill' } },
    'inpatient-itemised-bill': { name: { zh: '住院费用清单', en: 'Inpatient itemised bill' } },
    'surgery-record': { name: { zh: '手术流程', en: 'Record of the surgical procedure' } },
    'examination-report': { name: { zh: '检查报告单', en: 'Examination report' } },
    'reimbursement-split-statement': {
      name: { zh: '基本医疗保险报销分割单', en: 'Basic medical insurance settlement split statement' },
      description: {
        zh: '显示基本医疗保险已报销部分的结算单据。',
        en: 'The settlement slip showing the part of the bill already paid by basic medical insurance.',
      },
    },
    // Maternity payments
    'payment-approval-form': {
      name: { zh: '拨付审批单', en: 'Payment approval form' },
      description: {
        zh: '申请拨付生育相关费用或津贴时使用的审批单。指南未说明从何处取得，可向7号、8号窗口咨询。',
        en: 'The approval form used to have maternity costs or the allowance paid out. The guide does not say where to get it; ask at windows 7 and 8.',
      },
    },
    'bank-account-licence': {
      name: { zh: '开户行许可证', en: 'Bank account licence' },
      description: {
        zh: '单位在银行开立账户时取得的开户许可证，显示单位的开户银行和账号。',
        en: 'The account-opening licence the employer received when it opened its bank account; it shows the employer’s bank and account number.',
      },
    },
    // Designated medical institutions and retail pharmacies
    'medical-institution-application-form': { name: { zh: '定点医疗机构申请表', en: 'Designated medical institution application form' } },
    'pharmacy-application-form': { name: { zh: '定点零售药店申请表', en: 'Designated retail pharmacy application form' } },
    'medical-practice-licence': { name: { zh: '《医疗机构执业许可证》', en: 'Medical Institution Practising Licence' } },
    'tcm-clinic-filing-certificate': { name: { zh: '《中医诊所备案证》', en: 'Traditional Chinese Medicine Clinic Filing Certificate' } },
    'military-civilian-service-licence': {
      name: { zh: '军队医疗机构为民服务许可证', en: 'Military medical institution’s licence to serve civilians' },
    },
    'business-licence': { name: { zh: '营业执照', en: 'Business licence' } },
    'legal-person-certificate': { name: { zh: '《法人资格证书》', en: 'Legal Person Certificate' } },
    'organisation-code-certificate': { name: { zh: '《组织机构代码证书》', en: 'Organisation Code Certificate' } },
    'internal-management-rules': { name: { zh: '内部管理制度和财务制度文本', en: 'Internal management and financial rules' } },
    'information-system-materials': {
      name: { zh: '医保有关的信息系统相关材料', en: 'Documents on the medical insurance information system' },
    },
    'fund-use-forecast': { name: { zh: '纳入定点后使用基金的预测性分析报告', en: 'Forecast analysis of fund use after designation' } },
    'large-equipment-list': { name: { zh: '大型医疗仪器设备清单', en: 'List of large medical equipment' } },
    'metrology-inspection-proof': { name: { zh: '计量检查合格证明材料', en: 'Proof of passed metrology inspection' } },
    'product-catalogues': {
      name: {
        zh: '药品目录、医用耗材目录、检验试剂目录及说明书',
        en: 'Catalogues of medicines, consumables and reagents, with instructions',
      },
    },
    'previous-year-operations': {
      name: { zh: '上一年度业务收支和诊疗服务情况材料', en: 'Previous year’s income, expenditure and medical services' },
    },
    'hospital-grade-certificate': { name: { zh: '《医疗机构评定等级证书》', en: 'Medical Institution Grading Certificate' } },
    'community-health-service-proof': {
      name: { zh: '社区卫生服务机构证明材料', en: 'Proof of recognition as a community health service institution' },
    },
    'payroll-handbook': { name: { zh: '《工资总额使用手册》', en: 'Total Payroll Handbook' } },
    'organisation-and-staffing-materials': {
      name: { zh: '内部设置、医务人员结构等材料', en: 'Internal organisation and medical staffing documents' },
    },
    'administration-required-materials': {
      name: { zh: '医疗保障行政部门规定的其他材料', en: 'Other documents required by the medical security administration' },
    },
    'drug-trading-licence': { name: { zh: '药品经营许可证', en: 'Drug trading licence' } },
    'legal-representative-id-card': {
      name: {
        zh: '法定代表人、主要负责人或实际控制人身份证',
        en: 'ID card of the legal representative, principal person in charge or actual controller',
      },
    },
    'licensed-pharmacist-certificate': { name: { zh: '执业药师资格证书', en: 'Licensed pharmacist qualification certificate' } },
    'pharmacy-technician-certificate': { name: { zh: '药学技术人员相关证书', en: 'Pharmacy technician certificate' } },
    'pharmacist-labour-contract': {
      name: { zh: '执业药师或药学技术人员劳动合同', en: 'Labour contract of the licensed pharmacist or pharmacy technician' },
    },
    'insurance-manager-id-card': { name: { zh: '医保专（兼）职管理人员身份证', en: 'ID card of the medical insurance manager' } },
    'insurance-manager-labour-contract': {
      name: { zh: '医保专（兼）职管理人员劳动合同', en: 'Labour contract of the medical insurance manager' },
    },
    'staff-roster': { name: { zh: '药店员工花名册', en: 'Pharmacy staff roster' } },
    'drug-product-list': { name: { zh: '药品经营品种清单', en: 'List of medicines sold' } },
    'previous-year-income-expenditure': { name: { zh: '上一年度收支情况', en: 'Previous year’s income and expenditure' } },
    'inspection-compliance-proof': {
      name: {
        zh: '药品监督管理和物价部门监督检查合格的证明材料',
        en: 'Proof of passing inspections by the drug regulator and the price authority',
      },
    },
  },
  situations: {
    'local-hukou': {
      question: { zh: '是否为本市户籍？', en: 'Is your household registration (hukou) local?' },
      whenYes: { zh: '本市户籍时', en: 'With local household registration' },
      whenNo: { zh: '非本市户籍时', en: 'Without local household registration' },
    },
    death: {
      question: { zh: '是否因参保人员死亡办理？', en: 'Are you applying because the insured person has died?' },
      whenYes: { zh: '因死亡办理时', en: 'When applying because of death' },
      whenNo: { zh: '非因死亡办理时', en: 'When not applying because of death' },
    },
    'death-in-shared-data': {
      question: { zh: '通过数据共享能否查询到死亡信息？', en: 'Can the death be found through shared data (数据共享)?' },
      whenYes: { zh: '通过数据共享可以查询死亡信息时', en: 'When the death can be found through shared data' },
      whenNo: { zh: '通过数据共享无法查询死亡信息时', en: 'When the death cannot be found through shared data' },
    },
    'voluntary-withdrawal': {
      question: { zh: '是否主动放弃参加职工基本医疗保险？', en: 'Are you voluntarily giving up employee basic medical insurance?' },
      whenYes: { zh: '主动放弃参加职工基本医疗保险时', en: 'When voluntarily giving up employee basic medical insurance' },
      whenNo: { zh: '非主动放弃参加职工基本医疗保险时', en: 'When not voluntarily giving up employee basic medical insurance' },
    },
    'public-institution-enrolment': {
      question: { zh: '是否为机关事业单位办理新参保？', en: 'Is this a new enrolment by a government body or public institution?' },
      whenYes: { zh: '机关事业单位新参保时', en: 'For new enrolment by a government body or public institution' },
      whenNo: { zh: '其他单位或情形', en: 'Other employers or cases' },
    },
    'dual-base-area': {
      question: {
        zh: '单位是否处于双基数统筹地区？',
        en: 'Is the employer in a pooling area that uses two contribution bases (双基数统筹地区)?',
      },
      whenYes: { zh: '双基数统筹地区', en: 'In a two-base pooling area' },
      whenNo: { zh: '非双基数统筹地区', en: 'Not in a two-base pooling area' },
    },
    'back-payment-or-write-off': {
      question: { zh: '是否办理补收业务或医疗保险费欠费核销？', en: 'Is this a back payment or a write-off of contribution arrears?' },
      whenYes: { zh: '补收业务、医疗保险费欠费核销时', en: 'For back payments and write-offs of contribution arrears' },
      whenNo: { zh: '其他缴费核定业务', en: 'Other contribution assessments' },
    },
    'retirement-lump-sum': {
      question: { zh: '是否办理退休一次性趸缴？', en: 'Are you making a one-off lump-sum payment on retirement?' },
      whenYes: { zh: '退休一次性趸缴时', en: 'For a lump-sum payment on retirement' },
      whenNo: { zh: '缴费档次变更或中断补费时', en: 'For a change of contribution level or paying for a gap' },
    },
    'posted-by-employer': {
      question: {
        zh: '是否为因工作需要由用人单位派驻异地工作半年以上的在职职工？',
        en: 'Are you a working employee sent by your employer to work in another city for half a year or more?',
      },
      whenYes: {
        zh: '因工作需要由用人单位派驻异地工作半年以上的在职职工',
        en: 'Working employees sent by their employer to work elsewhere for half a year or more',
      },
      whenNo: { zh: '其他常驻异地情形', en: 'Other people living elsewhere for work' },
    },
    'female-employee': {
      question: { zh: '申请人是否为女职工？', en: 'Is the applicant a female employee?' },
      whenYes: { zh: '女职工', en: 'Female employees' },
      whenNo: { zh: '非女职工', en: 'Not a female employee' },
    },
    'for-profit': {
      question: { zh: '是否为营利性机构？', en: 'Is the institution for-profit?' },
      whenYes: { zh: '营利性机构', en: 'For-profit institutions' },
      whenNo: { zh: '非营利性机构', en: 'Non-profit institutions' },
    },
  },
  prohibited: [
    {
      id: 'fund-exclusions',
      title: { zh: '违规禁办事项清单', en: 'Prohibited cases' },
      entries: [
        {
          matter: {
            zh: '下列医疗费用不纳入基本医疗保险基金支付范围',
            en: 'The following medical costs are not paid by the basic medical insurance fund',
          },
          cases: [
            { zh: '应当从工伤保险基金中支付的', en: 'Costs that should be paid from the work-injury insurance fund' },
            { zh: '应当由第三人负担的', en: 'Costs that should be borne by a third party' },
            { zh: '应当由公共卫生负担的', en: 'Costs that should be borne by public health services' },
            {
              zh: '在境外就医的。医疗费用依法应当由第三人负担，第三人不支付或者无法确定第三人的，由基本医疗保险基金先行支付。基本医疗保险基金先行支付后，有权向第三人追偿。',
              en: 'Treatment outside mainland China. Where medical costs should by law be borne by a third party, but the third party does not pay or cannot be identified, the basic medical insurance fund pays first and then has the right to recover the costs from the third party.',
            },
          ],
          items: [],
        },
      ],
    },
  ],
  toleratedMissing: [
    {
      number: 1,
      matter: { zh: '参保单位参保信息查询', en: 'Enquiry into an insured employer’s enrolment information' },
      items: ['employer-enrolment-enquiry'],
      documents: [{ text: { zh: '单位有效证明文件', en: 'Valid proof of the employer’s identity' }, doc: 'employer-valid-certificate' }],
      method: SUPPLY_ON_SITE,
      source: BY_APPLICANT,
      deadline: days(5),
    },
    {
      number: 2,
      matter: { zh: '参保人员参保信息查询', en: 'Enquiry into an insured person’s enrolment information' },
      items: ['insured-person-enquiry'],
      documents: [
        {
          text: {
            zh: '医保电子凭证或有效身份证件或社保卡',
            en: 'Electronic medical insurance certificate, valid identity document or social security card',
          },
          doc: 'id-document',
        },
      ],
      method: SUPPLY_ON_SITE,
      source: BY_APPLICANT,
      deadline: days(5),
    },
    {
      number: 3,
      matter: { zh: '参保人员个人账户一次性支取', en: 'One-off withdrawal of the personal account' },
      items: ['personal-account-withdrawal'],
      documents: [
        { text: { zh: '有效身份证件', en: 'Valid identity document' }, doc: 'id-document' },
        // ② names three documents of item 10; one entry each so every one carries its 容缺 mark.
        { text: { zh: '因死亡支取需提供继承人身份证', en: 'For a withdrawal because of death: the heir’s ID card' }, doc: 'heir-id-card' },
        { text: { zh: '银行卡账户信息', en: 'Bank card account details' }, doc: 'bank-account-details' },
        {
          text: {
            zh: '通过数据共享无法查询死亡信息的应提供个人承诺书',
            en: 'A personal letter of commitment, if the death cannot be found through shared data',
          },
          doc: 'letter-of-commitment',
        },
        {
          text: {
            zh: '主动放弃参加职工基本医疗保险的，需提供主动放弃基本医疗保险关系的情况说明',
            en: 'If you voluntarily give up employee basic medical insurance: a statement explaining the voluntary withdrawal',
          },
          doc: 'voluntary-withdrawal-statement',
        },
      ],
      method: SUPPLY_ON_SITE,
      source: BY_APPLICANT,
      deadline: days(5),
    },
    {
      number: 4,
      matter: {
        zh: '基本医疗保险参保人员享受门诊慢特病病种待遇认定',
        en: 'Recognition of outpatient chronic and special disease benefits',
      },
      items: ['chronic-special-disease-recognition'],
      documents: [
        { text: { zh: '有效身份证件', en: 'Valid identity document' }, doc: 'id-card' },
        { text: { zh: '病历相关资料', en: 'Medical records' }, doc: 'inpatient-medical-records' },
        {
          text: {
            zh: '《门诊慢特病病种待遇认定申请表》',
            en: 'Application Form for Recognition of Outpatient Chronic and Special Disease Benefits (《门诊慢特病病种待遇认定申请表》)',
          },
        },
      ],
      method: SUPPLY_ON_SITE,
      source: BY_APPLICANT,
      deadline: days(5),
    },
    {
      number: 5,
      matter: { zh: '门急诊费用手工(零星)报销', en: 'Manual (individual) reimbursement of outpatient and emergency costs' },
      items: ['outpatient-reimbursement'],
      documents: [
        { text: { zh: '收费票据原件', en: 'Original receipt' }, doc: 'outpatient-receipt' },
        { text: { zh: '费用汇总清单原件', en: 'Original itemised bill' }, doc: 'outpatient-itemised-bill' },
        { text: { zh: '诊断证明(病历)', en: 'Diagnosis certificate (medical records)' }, doc: 'outpatient-medical-records' },
        // ④ names two documents of item 20; one entry each.
        { text: { zh: '患者本人有效身份证件复印件', en: 'Photocopy of the patient’s own valid identity document' }, doc: 'id-card' },
        { text: { zh: '银行储蓄卡复印件', en: 'Photocopy of the bank savings card' }, doc: 'bank-card' },
      ],
      method: SUPPLY_ON_SITE,
      source: BY_APPLICANT,
      deadline: days(30),
    },
    {
      number: 6,
      matter: { zh: '住院费用手工(零星)报销', en: 'Manual (individual) reimbursement of inpatient costs' },
      items: ['inpatient-reimbursement'],
      documents: [
        { text: { zh: '收费票据原件', en: 'Original receipt' }, doc: 'inpatient-receipt' },
        { text: { zh: '费用汇总清单原件', en: 'Original itemised bill' }, doc: 'inpatient-itemised-bill' },
        { text: { zh: '诊断证明(病历)原件', en: 'Original diagnosis certificate (medical records)' }, doc: 'inpatient-medical-records' },
        { text: { zh: '有效身份证件复印件', en: 'Photocopy of a valid identity document' }, doc: 'id-card' },
        { text: { zh: '银行储蓄卡复印件', en: 'Photocopy of your bank savings card' }, doc: 'bank-card' },
      ],
      method: SUPPLY_ON_SITE,
      source: BY_APPLICANT,
      deadline: days(30),
    },
    {
      number: 7,
      matter: {
        zh: '门诊慢特病、特殊药品手工（零星）报销',
        en: 'Manual (individual) reimbursement for outpatient chronic and special diseases and special medicines',
      },
      documents: [
        { text: { zh: '收费票据原件', en: 'Original receipt' } },
        { text: { zh: '费用汇总清单原件', en: 'Original itemised bill' } },
        { text: { zh: '诊断证明(病历本原件)原件', en: 'Original diagnosis certificate (original medical record book)' } },
        { text: { zh: '患者本人有效身份证件复印件', en: 'Photocopy of the patient’s own valid identity document' } },
        { text: { zh: '银行储蓄卡复印件', en: 'Photocopy of the bank savings card' } },
      ],
      method: SUPPLY_ON_SITE,
      source: BY_APPLICANT,
      deadline: days(30),
      note: {
        zh: '⑥地方需增加其他材料必须事前公示，并一次性告知。',
        en: '(6) Any further documents a locality requires must be announced in advance, and applicants must be told of them all at once.',
      },
    },
    {
      number: 8,
      matter: { zh: '生育津贴支付', en: 'Payment of maternity allowance' },
      items: ['maternity-allowance'],
      documents: [
        { text: { zh: '相关病例资料', en: 'Relevant medical records' }, doc: 'inpatient-medical-records' },
        { text: { zh: '生育登记单', en: 'Birth registration form' }, doc: 'birth-permit' },
        { text: { zh: '出生医学证明', en: 'Medical birth certificate' }, doc: 'birth-certificate' },
        { text: { zh: '结婚证(离婚证)', en: 'Marriage certificate (divorce certificate)' }, doc: 'marriage-certificate' },
        { text: { zh: '有效身份证件', en: 'Valid identity document' }, doc: 'id-card' },
      ],
      method: SUPPLY_ON_SITE,
      source: BY_APPLICANT,
      deadline: days(20),
    },
    {
      number: 9,
      matter: { zh: '医疗机构申请定点协议管理', en: 'Designated-provider agreement application by a medical institution' },
      items: ['medical-institution-designation'],
      documents: [
        {
          text: { zh: '《定点医疗机构申请表》', en: 'Designated Medical Institution Application Form (《定点医疗机构申请表》)' },
          doc: 'medical-institution-application-form',
        },
        {
          text: {
            zh: '《营业执照》或《民办非企业单位登记证书》或《事业单位法人证书》原件、复印件',
            en: 'Business licence (《营业执照》), Private Non-Enterprise Unit Registration Certificate (《民办非企业单位登记证书》) or Public Institution Legal Person Certificate (《事业单位法人证书》): original and photocopy',
          },
          doc: 'business-licence',
        },
        {
          text: {
            zh: '《医疗机构执业许可证》或中医诊所备案证或军队医疗机构为民服务许可证照副本原件、复印件',
            en: 'Medical Institution Practising Licence (《医疗机构执业许可证》), Traditional Chinese Medicine Clinic Filing Certificate or military medical institution’s licence to serve civilians: duplicate original and photocopy',
          },
          doc: 'medical-practice-licence',
        },
        {
          text: {
            zh: '与医保政策对应的内部管理制度和财务制度文本',
            en: 'Texts of the internal management and financial rules that implement medical insurance policy',
          },
          doc: 'internal-management-rules',
        },
        {
          text: {
            zh: '与医保有关的医疗机构信息系统相关材料',
            en: 'Documents on the institution’s information system as it relates to medical insurance',
          },
          doc: 'information-system-materials',
        },
        {
          text: { zh: '纳入定点后使用医疗保障基金的预测性分析报告', en: 'Forecast analysis of fund use after designation' },
          doc: 'fund-use-forecast',
        },
        { text: { zh: '其他相关材料', en: 'Other relevant documents' } },
      ],
      method: SUPPLY_ON_SITE,
      source: BY_APPLICANT,
      deadline: {
        cases: [{ limit: { kind: 'months', months: 3 } }],
        source: { zh: '不超过3个月', en: 'No more than 3 months' },
      },
      note: SEALED_COPIES,
    },
    {
      number: 10,
      matter: { zh: '零售药店申请定点协议管理', en: 'Designated-provider agreement application by a retail pharmacy' },
      items: ['pharmacy-designation'],
      documents: [
        {
          text: { zh: '《定点零售药店申请表》', en: 'Designated Retail Pharmacy Application Form (《定点零售药店申请表》)' },
          doc: 'pharmacy-application-form',
        },
        // ② and ③ each name several documents of item 29; one entry each.
        { text: { zh: '《药品经营许可证》', en: 'Drug trading licence (《药品经营许可证》)' }, doc: 'drug-trading-licence' },
        { text: { zh: '《营业执照》', en: 'Business licence (《营业执照》)' }, doc: 'business-licence' },
        {
          text: {
            zh: '法定代表人、企业负责人或实际控制人身份证复印件',
            en: 'Photocopy of the ID card of the legal representative, head of the business or actual controller',
          },
          doc: 'legal-representative-id-card',
        },
        {
          text: {
            zh: '执业药师资格证书或药学技术人员相关证书',
            en: 'Licensed pharmacist qualification certificate or pharmacy technician certificate',
          },
          doc: 'licensed-pharmacist-certificate',
        },
        { text: { zh: '及其劳动合同复印件', en: 'and a photocopy of the holder’s labour contract' }, doc: 'pharmacist-labour-contract' },
        {
          text: { zh: '医保专(兼)职管理人员的劳动合同复印件', en: 'Photocopy of the medical insurance manager’s labour contract' },
          doc: 'insurance-manager-labour-contract',
        },
        {
          text: {
            zh: '与医疗保障政策对应的内部管理制度和财务制度文本',
            en: 'Texts of the internal management and financial rules that implement medical security policy',
          },
          doc: 'internal-management-rules',
        },
        {
          text: { zh: '与医保有关的信息系统相关材料', en: 'Documents on the information system as it relates to medical insurance' },
          doc: 'information-system-materials',
        },
        {
          text: { zh: '纳入定点后使用医疗保障基金的预测性分析报告', en: 'Forecast analysis of fund use after designation' },
          doc: 'fund-use-forecast',
        },
        { text: { zh: '其他相关材料', en: 'Other relevant documents' } },
      ],
      method: SUPPLY_ON_SITE,
      source: BY_APPLICANT,
      deadline: {
        cases: [{ limit: { kind: 'months', months: 3 } }],
        source: { zh: '不超过3个月', en: 'No more than 3 months' },
      },
      note: SEALED_COPIES,
    },
  ],
  lifeEvents: [
    {
      id: 'having-a-baby',
      items: ['prenatal-examination-costs', 'childbirth-medical-costs', 'resident-registration', 'maternity-allowance'],
    },
    { id: 'retiring', items: ['employee-registration', 'flexible-worker-back-payment'] },
    {
      id: 'living-elsewhere',
      items: [
        'resettled-retiree-registration',
        'long-term-resident-registration',
        'posted-worker-registration',
        'referral-registration',
        'insurance-transfer',
      ],
    },
    { id: 'bereavement', items: ['employee-registration', 'personal-account-withdrawal'] },
    {
      id: 'employer',
      items: [
        'employer-registration',
        'employee-registration',
        'employer-information-change',
        'employer-contribution-assessment',
        'employer-enrolment-enquiry',
        'employer-contribution-refund',
      ],
    },
    {
      id: 'clinic-or-pharmacy',
      items: ['medical-institution-designation', 'pharmacy-designation', 'medical-institution-change', 'pharmacy-change'],
    },
  ],
} satisfies CityInput;
