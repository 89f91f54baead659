import type { CityInput } from '../schema';

// Source: shenyang-guide.txt (办事不找关系指南, 沈阳市医疗保障事务服务中心): 医疗保障权力事项清单 (printed page 1),
// 医保经办地址电话, 违规禁办事项清单 (page 54) and 容缺办理事项清单 (page 56).
export const city = {
  id: 'shenyang',
  short: 'sy',
  name: { zh: '沈阳', en: 'Shenyang' },
  office: {
    zh: '沈阳市医疗保障事务服务中心',
    en: 'Shenyang Medical Security Affairs Service Centre (沈阳市医疗保障事务服务中心)',
  },
  guide: {
    title: { zh: '办事不找关系指南', en: 'Guide to Getting Things Done Without Connections (办事不找关系指南)' },
  },
  areaCode: '024',
  hotlines: [{ number: '024-12345-1-7', label: { zh: '医保咨询热线', en: 'Medical insurance hotline' } }],
  offices: [
    {
      id: 'heping',
      name: {
        zh: '沈阳市医疗保障事务服务中心和平分中心',
        en: 'Shenyang Medical Security Affairs Service Centre, Heping Branch Centre (沈阳市医疗保障事务服务中心和平分中心)',
      },
      address: {
        zh: '和平区长白西路51号，和平区政务服务中心',
        en: '51 Changbai West Road (长白西路), Heping District; Heping District Government Service Centre (和平区政务服务中心)',
      },
      phones: [{ number: '024-31912673' }],
    },
    {
      id: 'shenhe',
      name: {
        zh: '沈阳市医疗保障事务服务中心沈河分中心',
        en: 'Shenyang Medical Security Affairs Service Centre, Shenhe Branch Centre (沈阳市医疗保障事务服务中心沈河分中心)',
      },
      address: {
        zh: '沈河区先农坛路13号，沈河区政务服务中心二楼',
        en: '13 Xiannongtan Road (先农坛路), Shenhe District; Shenhe District Government Service Centre (沈河区政务服务中心), 2nd floor (二楼)',
      },
      phones: [{ number: '024-62421719' }],
    },
    {
      id: 'huanggu',
      name: {
        zh: '沈阳市医疗保障事务服务中心皇姑分中心',
        en: 'Shenyang Medical Security Affairs Service Centre, Huanggu Branch Centre (沈阳市医疗保障事务服务中心皇姑分中心)',
      },
      address: {
        zh: '皇姑区金山北路21-8号城建地产大厦，皇姑区政务服务中心',
        en: 'Chengjian Real Estate Building (城建地产大厦), 21-8 Jinshan North Road (金山北路), Huanggu District; Huanggu District Government Service Centre (皇姑区政务服务中心)',
      },
      phones: [{ number: '024-22511960' }],
    },
    {
      id: 'dadong',
      name: {
        zh: '沈阳市医疗保障事务服务中心大东分中心',
        en: 'Shenyang Medical Security Affairs Service Centre, Dadong Branch Centre (沈阳市医疗保障事务服务中心大东分中心)',
      },
      address: {
        zh: '大东区观泉路102-6号，大东区政务服务中心',
        en: '102-6 Guanquan Road (观泉路), Dadong District; Dadong District Government Service Centre (大东区政务服务中心)',
      },
      phones: [{ number: '024-24323380' }],
    },
    {
      id: 'tiexi',
      name: {
        zh: '沈阳市医疗保障事务服务中心铁西分中心',
        en: 'Shenyang Medical Security Affairs Service Centre, Tiexi Branch Centre (沈阳市医疗保障事务服务中心铁西分中心)',
      },
      address: {
        zh: '沈阳市铁西区北一西路50号，铁西区五险一金（人社社保医保）综合服务大厅',
        en: '50 Beiyi West Road (北一西路), Tiexi District, Shenyang; Tiexi District Social Insurance and Housing Fund (human resources, social security and medical insurance) Service Hall (铁西区五险一金（人社社保医保）综合服务大厅)',
      },
      phones: [{ number: '024-22511767' }],
    },
    {
      id: 'tiexi-zhangshi',
      name: {
        zh: '沈阳市医疗保障事务服务中心铁西分中心张士办理部',
        en: 'Shenyang Medical Security Affairs Service Centre, Tiexi Branch Centre, Zhangshi Office (沈阳市医疗保障事务服务中心铁西分中心张士办理部)',
      },
      address: {
        zh: '经济技术开发区流花湖街1号，铁西经济技术开发区人力资源和社会保障大厅',
        en: '1 Liuhuahu Street (流花湖街), Economic and Technological Development Zone; Human Resources and Social Security Hall of the Tiexi Economic and Technological Development Zone (铁西经济技术开发区人力资源和社会保障大厅)',
      },
      phones: [{ number: '024-64689587' }],
    },
    {
      id: 'hunnan',
      name: {
        zh: '沈阳市医疗保障事务服务中心浑南分中心',
        en: 'Shenyang Medical Security Affairs Service Centre, Hunnan Branch Centre (沈阳市医疗保障事务服务中心浑南分中心)',
      },
      address: {
        zh: '浑南区全运路109号（浑南区智慧二街与全运路交叉口处东南角），沈阳创新天地H座7楼',
        en: '109 Quanyun Road (全运路), Hunnan District (south-east corner of the junction of Zhihui 2nd Street (智慧二街) and Quanyun Road); Shenyang Innovation World (沈阳创新天地), Block H, 7th floor (7楼)',
      },
      phones: [{ number: '024-23770026' }],
    },
    {
      id: 'yuhong',
      name: {
        zh: '沈阳市医疗保障事务服务中心于洪分中心',
        en: 'Shenyang Medical Security Affairs Service Centre, Yuhong Branch Centre (沈阳市医疗保障事务服务中心于洪分中心)',
      },
      address: {
        zh: '于洪区沈新路10号网点6门',
        en: 'Shopfront 6 (网点6门), 10 Shenxin Road (沈新路), Yuhong District',
      },
      phones: [{ number: '024-22513850' }],
    },
    {
      id: 'shenbei',
      name: {
        zh: '沈阳市医疗保障事务服务中心沈北分中心',
        en: 'Shenyang Medical Security Affairs Service Centre, Shenbei Branch Centre (沈阳市医疗保障事务服务中心沈北分中心)',
      },
      address: {
        zh: '沈北新区天乾湖街16号，沈北新区政务服务中心二楼B区',
        en: '16 Tianqianhu Street (天乾湖街), Shenbei New District; Shenbei New District Government Service Centre (沈北新区政务服务中心), 2nd floor (二楼), Area B',
      },
      phones: [{ number: '024-89605939' }],
    },
    {
      id: 'sujiatun',
      name: {
        zh: '沈阳市医疗保障事务服务中心苏家屯分中心',
        en: 'Shenyang Medical Security Affairs Service Centre, Sujiatun Branch Centre (沈阳市医疗保障事务服务中心苏家屯分中心)',
      },
      address: {
        zh: '沈阳市苏家屯区南京南街1088-3号二，苏家屯区政务服务中心二楼',
        en: 'No. 1088-3 (1088-3号二), Nanjing South Street (南京南街), Sujiatun District, Shenyang; Sujiatun District Government Service Centre (苏家屯区政务服务中心), 2nd floor (二楼)',
      },
      phones: [{ number: '024-29829907' }],
    },
    {
      id: 'liaozhong',
      name: {
        zh: '沈阳市医疗保障事务服务中心辽中分中心',
        en: 'Shenyang Medical Security Affairs Service Centre, Liaozhong Branch Centre (沈阳市医疗保障事务服务中心辽中分中心)',
      },
      address: {
        zh: '辽中区滨水新区蒲水路28号，辽中区政务服务中心',
        en: '28 Pushui Road (蒲水路), Binshui New Area (滨水新区), Liaozhong District; Liaozhong District Government Service Centre (辽中区政务服务中心)',
      },
      phones: [{ number: '024-87820081' }],
    },
    {
      id: 'xinmin',
      name: {
        zh: '沈阳市医疗保障事务服务中心新民分中心',
        en: 'Shenyang Medical Security Affairs Service Centre, Xinmin Branch Centre (沈阳市医疗保障事务服务中心新民分中心)',
      },
      address: {
        zh: '新民市南环东路21号，新民市政务服务中心',
        en: '21 Nanhuan East Road (南环东路), Xinmin City; Xinmin City Government Service Centre (新民市政务服务中心)',
      },
      phones: [{ number: '024-27615258' }],
    },
    {
      id: 'faku',
      name: {
        zh: '沈阳市医疗保障事务服务中心法库分中心',
        en: 'Shenyang Medical Security Affairs Service Centre, Faku Branch Centre (沈阳市医疗保障事务服务中心法库分中心)',
      },
      address: {
        zh: '法库县吉祥街道兴法东路22-2号，法库县政务服务中心二楼',
        en: '22-2 Xingfa East Road (兴法东路), Jixiang Subdistrict, Faku County; Faku County Government Service Centre (法库县政务服务中心), 2nd floor (二楼)',
      },
      phones: [{ number: '024-87102015' }],
    },
    {
      id: 'kangping',
      name: {
        zh: '沈阳市医疗保障事务服务中心康平分中心',
        en: 'Shenyang Medical Security Affairs Service Centre, Kangping Branch Centre (沈阳市医疗保障事务服务中心康平分中心)',
      },
      address: {
        zh: '康平县胜利街道迎宾路101号1层',
        en: '101 Yingbin Road (迎宾路), Shengli Subdistrict, Kangping County, 1st floor (1层)',
      },
      phones: [{ number: '024-87322456' }],
    },
    {
      id: 'centre',
      name: {
        zh: '沈阳市医疗保障事务服务中心',
        en: 'Shenyang Medical Security Affairs Service Centre (沈阳市医疗保障事务服务中心)',
      },
      address: {
        zh: '皇姑区崇山中路103号社保大厦二楼',
        en: 'Social Security Building (社保大厦), 2nd floor (二楼), 103 Chongshan Middle Road (崇山中路), Huanggu District',
      },
      phones: [{ number: '024-12345-1-7' }],
    },
  ],
  categories: [
    {
      id: 'enrolment-and-changes',
      ordinal: '一',
      title: { zh: '基本医疗保险参保和变更登记', en: 'Basic medical insurance enrolment and change registration' },
    },
    {
      id: 'enquiries-and-withdrawals',
      ordinal: '二',
      title: {
        zh: '基本医疗保险参保信息查询和个人账户一次性支取',
        en: 'Basic medical insurance record enquiries and one-off withdrawal of the personal account',
      },
    },
    {
      id: 'transfer',
      ordinal: '三',
      title: { zh: '基本医疗保险关系转移接续', en: 'Transfer and continuation of basic medical insurance' },
    },
    {
      id: 'treatment-elsewhere',
      ordinal: '四',
      title: {
        zh: '基本医疗保险参保人员异地就医备案',
        en: 'Registration of insured persons for medical treatment in another city',
      },
    },
    {
      id: 'chronic-special-diseases',
      ordinal: '五',
      title: {
        zh: '基本医疗保险参保人员享受门诊慢特病病种待遇认定',
        en: 'Recognition of insured persons’ entitlement to outpatient chronic and special disease benefits',
      },
    },
    {
      id: 'manual-reimbursement',
      ordinal: '六',
      title: {
        zh: '基本医疗保险参保人员医疗费用手工（零星）报销',
        en: 'Manual (individual) reimbursement of insured persons’ medical costs',
      },
    },
    {
      id: 'maternity-insurance',
      ordinal: '七',
      title: { zh: '生育保险待遇核准支付', en: 'Approval and payment of maternity insurance benefits' },
    },
    {
      id: 'designated-providers',
      ordinal: '八',
      title: {
        zh: '医药机构申请定点协议管理',
        en: 'Applications by medical institutions and pharmacies for a designated-provider agreement',
      },
    },
  ],
  groups: [
    { number: '3', title: { zh: '灵活就业参保登记', en: 'Enrolment of flexible employment workers' }, page: 14 },
    { number: '4', title: { zh: '城乡居民参保登记', en: 'Enrolment of urban and rural residents' }, page: 21 },
  ],
  documents: {
    // Identity and household documents.
    'id-document': {
      name: { zh: '有效身份证件', en: 'Valid identity document' },
      description: {
        zh: '本人的有效身份证件，如身份证。',
        en: 'Your own valid identity document, such as your ID card.',
      },
    },
    'id-card': { name: { zh: '身份证', en: 'ID card' } },
    'proxy-id-document': {
      name: { zh: '代办人有效身份证件', en: 'Valid identity document of the person applying on your behalf' },
    },
    'recipient-id-document': {
      name: { zh: '支取人有效身份证件', en: 'Valid identity document of the person collecting the money' },
      description: {
        zh: '因参保人员死亡支取个人账户时，前来支取的人的有效身份证件。',
        en: 'When a personal account is withdrawn because the insured person has died: the identity document of the person who collects the balance.',
      },
    },
    'employer-agent-id-card': {
      name: { zh: '单位经办员身份证', en: 'ID card of the employer’s administrator' },
      description: {
        zh: '由单位经办员办理时提供，用于核实其是否为单位经办员。',
        en: 'Needed when the employer’s benefits administrator (单位经办员) applies; it is used to check that they are the employer’s administrator.',
      },
    },
    'hukou-booklet': { name: { zh: '户口簿', en: 'Household register (hukou booklet)' } },
    'residence-permit': { name: { zh: '居住证', en: 'Residence permit (居住证)' } },
    'social-security-card': { name: { zh: '社会保障卡', en: 'Social security card' } },
    'medical-insurance-e-certificate': {
      name: { zh: '医保电子凭证', en: 'Electronic medical insurance certificate' },
      description: {
        zh: '在手机上激活使用的医保身份凭证。',
        en: 'Your medical insurance identity in digital form, activated and shown on a mobile phone.',
      },
    },
    'hk-macao-mainland-travel-permit': {
      name: { zh: '港澳居民来往内地通行证', en: 'Mainland Travel Permit for Hong Kong and Macao Residents' },
    },
    'hmt-residence-permit': {
      name: { zh: '港澳台居民居住证', en: 'Residence Permit for Hong Kong, Macao and Taiwan Residents (港澳台居民居住证)' },
    },
    'foreigner-work-and-residence-permits': {
      name: { zh: '外国人就业证件及居留证件', en: 'Foreigner’s work permit and foreigner’s residence permit (外国人就业证件及居留证件)' },
    },
    'foreign-permanent-residence-card': {
      name: { zh: '外国人永久居留证', en: 'Foreign Permanent Resident ID Card (外国人永久居留证)' },
    },
    passport: { name: { zh: '护照', en: 'Passport' } },
    'overseas-permanent-residence-permit': {
      name: { zh: '永久居留证', en: 'Permanent residence permit (永久居留证) of the country you settled in' },
    },
    'emigration-proof': {
      name: { zh: '出国定居证明', en: 'Proof of settling abroad' },
    },
    'death-certificate': { name: { zh: '死亡证明', en: 'Death certificate' } },
    'letter-of-commitment': {
      name: { zh: '承诺书', en: 'Letter of commitment' },
      description: {
        zh: '申请人签字承诺所报情况属实的书面材料，在规定情形下可代替证明材料。',
        en: 'A signed statement in which the applicant declares that what they report is true; in the cases set by the rules, it can take the place of supporting proof.',
      },
    },
    'marriage-certificate': { name: { zh: '结婚证', en: 'Marriage certificate' } },
    'relationship-statement': {
      name: { zh: '关系说明', en: 'Statement of relationship' },
      description: {
        zh: '说明未成年人与异地监护人关系的材料。',
        en: 'A statement of how a minor is related to the guardian living outside Shenyang whom the minor joins.',
      },
    },
    // Employer documents.
    'employer-enrolment-form': {
      name: {
        zh: '《基本医疗保险单位参保信息登记表》',
        en: 'Basic Medical Insurance Employer Enrolment Form (《基本医疗保险单位参保信息登记表》)',
      },
    },
    'unified-social-credit-code-certificate': {
      name: { zh: '统一社会信用代码证书', en: 'Unified social credit code certificate' },
    },
    'founding-approval-document': {
      name: { zh: '单位批准成立的文件', en: 'Document approving the founding of the employer' },
    },
    'deregistration-approval-document': {
      name: { zh: '单位批准注销的书面资料', en: 'Written approval of the employer’s deregistration' },
    },
    'employee-enrolment-form': {
      name: {
        zh: '《职工基本医疗保险参保登记表》',
        en: 'Employee Basic Medical Insurance Enrolment Form (《职工基本医疗保险参保登记表》)',
      },
    },
    'employment-relationship-proof': {
      name: { zh: '建立劳动关系的证明', en: 'Proof of an employment relationship' },
    },
    'employer-change-form': {
      name: {
        zh: '《基本医疗保险参保单位信息变更登记表》',
        en: 'Basic Medical Insurance Employer Information Change Form (《基本医疗保险参保单位信息变更登记表》)',
      },
    },
    'employee-change-form': {
      name: {
        zh: '《基本医疗保险职工参保信息变更登记表》',
        en: 'Basic Medical Insurance Employee Information Change Form (《基本医疗保险职工参保信息变更登记表》)',
      },
    },
    'employer-proof-document': { name: { zh: '单位有效证明文件', en: 'Valid proof of the employer’s identity' } },
    'employer-authorisation-letter': {
      name: { zh: '《单位授权委托书》', en: 'Employer’s Letter of Authorisation (《单位授权委托书》)' },
    },
    'supporting-evidence': {
      name: { zh: '佐证材料', en: 'Supporting evidence' },
      description: {
        zh: '证明所变更信息的材料。',
        en: 'Documents that prove the information you are changing.',
      },
    },
    'authority-certificate': {
      name: { zh: '公安机关、有关部门出具的证明材料', en: 'Certificate from the police or another authority' },
    },
    // Retirement documents.
    'retirement-approval-form': {
      name: { zh: '退休审批材料', en: 'Retirement approval documents' },
      description: {
        zh: '证明已审批退休的表格，如《沈阳市城镇从业人员退休（职）审批表》。',
        en: 'Forms showing that your retirement has been approved, such as the Shenyang Urban Workers’ Retirement Approval Form (《沈阳市城镇从业人员退休（职）审批表》).',
      },
    },
    'pension-calculation-form': {
      name: {
        zh: '《基本养老金（退职生活费）计发核定表》',
        en: 'Basic Pension (Living Allowance on Leaving Work) Calculation Form (《基本养老金（退职生活费）计发核定表》)',
      },
      description: {
        zh: '养老保险经办机构核定基本养老金（或退职生活费）计发标准的表格。',
        en: 'The pension insurance office’s form setting out how your basic pension (or living allowance after leaving work) is calculated.',
      },
    },
    'liaoning-retirement-form': {
      name: {
        zh: '《辽宁省企业职工养老保险参保人员退休（职）表》',
        en: 'Liaoning Enterprise Employees’ Pension Insurance Retirement Form (《辽宁省企业职工养老保险参保人员退休（职）表》)',
      },
      description: {
        zh: '辽宁省企业职工养老保险参保人员办理退休（退职）时填写的表格。',
        en: 'The Liaoning form completed when an enterprise employee in pension insurance retires or leaves work.',
      },
    },
    'retirement-benefit-approval-form': {
      name: {
        zh: '《辽宁省城镇企业职工退休待遇核定表》',
        en: 'Liaoning Urban Enterprise Employees’ Retirement Benefit Approval Form (《辽宁省城镇企业职工退休待遇核定表》)',
      },
      description: {
        zh: '核定城镇企业职工退休待遇的表格。',
        en: 'The Liaoning form that approves an urban enterprise employee’s retirement benefits.',
      },
    },
    'flexible-worker-enrolment-documents': {
      name: { zh: '灵活就业参保登记的相关资料', en: 'Documents for enrolment as a flexible employment worker' },
    },
    'rusticated-youth-pension-form': {
      name: { zh: '下乡知青养老保险认定表', en: 'Pension insurance recognition form for former rusticated youth (下乡知青)' },
    },
    'service-years-approval': {
      name: { zh: '工龄认定审批材料', en: 'Approval of recognised years of service' },
    },
    'petroleum-buyout-documents': {
      name: {
        zh: '单位介绍信及省级养老统筹预批退休手续',
        en: 'Letter of introduction from the employer and provincial pension pre-approval of retirement',
      },
    },
    // Account and transfer documents.
    'account-withdrawal-form': {
      name: {
        zh: '《职工基本医疗保险个人账户一次性支取申请表》',
        en: 'Application Form for One-off Withdrawal of the Employee Basic Medical Insurance Personal Account (《职工基本医疗保险个人账户一次性支取申请表》)',
      },
    },
    'bank-card-details': { name: { zh: '银行卡账户信息', en: 'Bank card account details' } },
    'bank-debit-card': {
      name: { zh: '银行借记卡', en: 'Bank debit card' },
      description: {
        zh: '如盛京银行借记卡、中国工商银行借记卡。',
        en: 'For example a Shengjing Bank (盛京银行) or Industrial and Commercial Bank of China (中国工商银行) debit card.',
      },
    },
    'voluntary-withdrawal-statement': {
      name: { zh: '主动放弃基本医疗保险的情况说明', en: 'Statement of voluntarily giving up basic medical insurance' },
    },
    'transfer-out-form': {
      name: {
        zh: '《基本医疗保险关系转移接续（转出）申请表》',
        en: 'Basic Medical Insurance Transfer Application Form (Transfer Out) (《基本医疗保险关系转移接续（转出）申请表》)',
      },
    },
    'transfer-in-form': {
      name: {
        zh: '《基本医疗保险关系转移接续（转入）申请表》',
        en: 'Basic Medical Insurance Transfer Application Form (Transfer In) (《基本医疗保险关系转移接续（转入）申请表》)',
      },
    },
    'contact-letter': {
      name: { zh: '转入地联系函', en: 'Contact letter from the new insurance office' },
      description: {
        zh: '转入地医保经办机构出具的联系函，用于联系函模式办理转移接续。',
        en: 'A letter from the medical insurance office of the place you move to; it is used when a transfer is handled by exchange of letters (联系函模式).',
      },
    },
    'insurance-certificate': {
      name: { zh: '《参保凭证》', en: 'Certificate of insurance (《参保凭证》)' },
      description: {
        zh: '原参保地出具的基本医疗保障参保凭证，用于跨地区、跨制度转移接续医保关系。',
        en: 'A certificate of your basic medical insurance from the place you were insured; it is needed to transfer your insurance to another place or scheme.',
      },
    },
    'property-certificate': { name: { zh: '房产证', en: 'Property ownership certificate' } },
    // Medical and maternity documents.
    'medical-records': { name: { zh: '病历资料', en: 'Medical records' } },
    'hospital-receipt': { name: { zh: '医院收费票据', en: 'Hospital receipt' } },
    'itemised-bill': { name: { zh: '费用清单', en: 'Itemised bill' } },
    'birth-registration-form': {
      name: { zh: '《生育登记单》', en: 'Birth registration form (《生育登记单》)' },
      description: {
        zh: '办理生育登记后取得的登记单。',
        en: 'The form you receive once you have completed birth registration (生育登记).',
      },
    },
    'allowance-to-card-form': {
      name: {
        zh: '《生育津贴转入社会保障卡申请表》',
        en: 'Application Form for Paying the Maternity Allowance into a Social Security Card (《生育津贴转入社会保障卡申请表》)',
      },
    },
    // Designated-provider documents.
    'institution-application-form': {
      name: { zh: '《定点医疗机构申请表》', en: 'Designated Medical Institution Application Form (《定点医疗机构申请表》)' },
    },
    'pharmacy-application-form': {
      name: { zh: '《定点零售药店申请表》', en: 'Designated Retail Pharmacy Application Form (《定点零售药店申请表》)' },
    },
    'business-licence': { name: { zh: '《营业执照》', en: 'Business licence (《营业执照》)' } },
    'private-non-enterprise-certificate': {
      name: {
        zh: '《民办非企业单位登记证书》',
        en: 'Registration Certificate of a Private Non-enterprise Unit (《民办非企业单位登记证书》)',
      },
    },
    'public-institution-certificate': {
      name: { zh: '《事业单位法人证书》', en: 'Public Institution Legal Person Certificate (《事业单位法人证书》)' },
    },
    'medical-institution-licence': {
      name: { zh: '《医疗机构执业许可证》', en: 'Medical Institution Practising Licence (《医疗机构执业许可证》)' },
    },
    'clinic-filing-certificate': { name: { zh: '诊所备案证', en: 'Clinic filing certificate (诊所备案证)' } },
    'military-medical-service-licence': {
      name: {
        zh: '军队医疗机构为民服务许可证',
        en: 'Licence for a military medical institution to serve civilians (军队医疗机构为民服务许可证)',
      },
    },
    'drug-trading-licence': { name: { zh: '《药品经营许可证》', en: 'Drug Trading Licence (《药品经营许可证》)' } },
    'legal-representative-id-card': {
      name: {
        zh: '法定代表人、企业负责人或实际控制人身份证',
        en: 'ID card of the legal representative, person in charge or actual controller',
      },
    },
    'pharmacist-certificate-and-contract': {
      name: {
        zh: '执业药师资格证书或药学技术人员相关证书及其劳动合同',
        en: 'Licensed pharmacist’s qualification certificate or pharmacy technician’s certificate, with their labour contract',
      },
    },
    'insurance-manager-contract': {
      name: {
        zh: '医保专（兼）职管理人员的劳动合同',
        en: 'Labour contract of the full-time or part-time medical insurance manager',
      },
    },
    'internal-management-rules': {
      name: {
        zh: '内部管理制度和财务制度文本',
        en: 'Internal management and financial rules',
      },
    },
    'information-system-materials': {
      name: { zh: '信息系统相关材料', en: 'Information system documents' },
    },
    'fund-use-forecast': {
      name: {
        zh: '纳入定点后使用医疗保障基金的预测性分析报告',
        en: 'Forecast of medical security fund use after designation',
      },
    },
    'other-provincial-materials': {
      name: {
        zh: '省级医疗保障行政部门要求的其他材料',
        en: 'Other documents required by the provincial medical security authority',
      },
    },
  },
  situations: {
    proxy: {
      question: { zh: '是否由他人代办？', en: 'Is someone else applying on your behalf?' },
      whenYes: { zh: '代办时', en: 'If someone applies on your behalf' },
      whenNo: { zh: '本人办理时', en: 'If you apply yourself' },
      // 代办需提供代办人有效身份证件: items 4.2, 4.3, 13, 20–22 name this situation. Items whose source adds
      // （资料来源：申报人） (3.1, 3.2, 4.1, 9, 11) list the document themselves, so no source is invented here.
      documents: [{ doc: 'proxy-id-document' }],
    },
    'local-hukou': {
      question: { zh: '是否为本市户籍？', en: 'Do you have local household registration (hukou) in Shenyang?' },
      whenYes: { zh: '本市户籍人员', en: 'With local household registration' },
      whenNo: { zh: '外地户籍人员', en: 'With non-local household registration' },
    },
    'hk-macao-taiwan': {
      question: { zh: '是否为港澳台人员？', en: 'Is the person from Hong Kong, Macao or Taiwan?' },
      whenYes: { zh: '港澳台人员', en: 'For people from Hong Kong, Macao or Taiwan' },
      whenNo: { zh: '非港澳台人员', en: 'For people not from Hong Kong, Macao or Taiwan' },
    },
    foreigner: {
      question: { zh: '是否为外国人？', en: 'Is the person a foreign national?' },
      whenYes: { zh: '外国人', en: 'For foreign nationals' },
      whenNo: { zh: '非外国人', en: 'For people who are not foreign nationals' },
    },
    emigration: {
      question: { zh: '是否因出国定居办理？', en: 'Are you applying because the insured person has settled abroad?' },
      whenYes: { zh: '出国定居的', en: 'If the insured person has settled abroad' },
      whenNo: { zh: '非出国定居的', en: 'If the insured person has not settled abroad' },
    },
    death: {
      question: { zh: '是否因参保人员死亡办理？', en: 'Are you applying because the insured person has died?' },
      whenYes: { zh: '参保人员死亡的', en: 'If the insured person has died' },
      whenNo: { zh: '参保人员未死亡的', en: 'If the insured person has not died' },
    },
    'rusticated-youth': {
      question: {
        zh: '是否为下乡知青未招工人员？',
        en: 'Is the person a former rusticated youth who was never recruited to a job (下乡知青未招工人员)?',
      },
      whenYes: { zh: '下乡知青未招工人员', en: 'For former rusticated youth never recruited to a job (下乡知青未招工人员)' },
      whenNo: { zh: '非下乡知青未招工人员', en: 'For people who are not former rusticated youth never recruited to a job' },
    },
    'land-expropriated-farmer': {
      question: { zh: '是否为征地农民？', en: 'Is the person a farmer whose land was expropriated (征地农民)?' },
      whenYes: { zh: '征地农民', en: 'For farmers whose land was expropriated (征地农民)' },
      whenNo: { zh: '非征地农民', en: 'For people who are not farmers whose land was expropriated' },
    },
    'petroleum-buyout': {
      question: {
        zh: '是否为东北石油管理局买断人员？',
        en: 'Is the person a bought-out employee of the Northeast Petroleum Administration (东北石油管理局买断人员)?',
      },
      whenYes: {
        zh: '东北石油管理局买断人员',
        en: 'For bought-out employees of the Northeast Petroleum Administration (东北石油管理局买断人员)',
      },
      whenNo: {
        zh: '非东北石油管理局买断人员',
        en: 'For people who are not bought-out employees of the Northeast Petroleum Administration',
      },
    },
    'currently-flexible-worker': {
      question: {
        zh: '当前是否为灵活就业参保状态？',
        en: 'Are you currently insured as a flexible employment worker?',
      },
      whenYes: { zh: '当前为灵活就业参保状态的', en: 'If you are currently insured as a flexible employment worker' },
      whenNo: { zh: '当前非灵活就业参保状态的', en: 'If you are not currently insured as a flexible employment worker' },
    },
    'employer-key-information-change': {
      question: {
        zh: '是否变更单位性质、法定代表人、银行账户等关键信息？',
        en: 'Are you changing key employer details such as the employer’s type, legal representative or bank account?',
      },
      whenYes: {
        zh: '变更单位性质、法定代表人、银行账户等关键信息的',
        en: 'When changing key employer details such as type, legal representative or bank account',
      },
      whenNo: { zh: '不变更单位关键信息的', en: 'When not changing key employer details' },
    },
    'employee-key-information-change': {
      question: {
        zh: '是否变更姓名、性别、身份证号、出生日期等关键信息？',
        en: 'Are you changing key details such as name, gender, ID number or date of birth?',
      },
      whenYes: {
        zh: '变更姓名、性别、身份证号、出生日期等关键信息的',
        en: 'When changing key details such as name, gender, ID number or date of birth',
      },
      whenNo: { zh: '不变更关键信息的', en: 'When not changing key details' },
    },
    'voluntary-withdrawal': {
      question: {
        zh: '是否主动放弃基本医疗保险？',
        en: 'Are you voluntarily giving up basic medical insurance?',
      },
      whenYes: { zh: '主动放弃基本医疗保险的', en: 'If you are voluntarily giving up basic medical insurance' },
      whenNo: { zh: '非主动放弃的', en: 'If you are not giving it up voluntarily' },
    },
    'contact-letter-mode': {
      question: {
        zh: '转移接续是否采用联系函模式办理？',
        en: 'Is your transfer handled by exchange of letters between the insurance offices (联系函模式)?',
      },
      whenYes: { zh: '联系函模式', en: 'When the transfer is handled by exchange of letters' },
      whenNo: { zh: '非联系函模式', en: 'When the transfer is not handled by exchange of letters' },
    },
    'account-balance-return': {
      question: {
        zh: '是否需要将个人社保卡内医保账户余额返还至转入地医保经办机构？',
        en: 'Is the medical insurance account balance on your social security card to be returned to the medical insurance office of the place you move to?',
      },
      whenYes: {
        zh: '需要办理个人社保卡内医保账户余额返还至转入地医保经办机构的',
        en: 'If the account balance on your social security card is to be returned to the office of the place you move to',
      },
      whenNo: {
        zh: '不办理个人社保卡内医保账户余额返还的',
        en: 'If the account balance on your social security card is not to be returned',
      },
    },
    'minor-joining-guardian': {
      question: {
        zh: '是否为未成年人投奔异地监护人？',
        en: 'Is this a minor who is joining a guardian living outside Shenyang?',
      },
      whenYes: { zh: '未成年人投奔异地监护人的', en: 'For a minor joining a guardian elsewhere' },
      whenNo: { zh: '非未成年人投奔异地监护人的', en: 'For anyone else' },
    },
    'employer-agent': {
      question: {
        zh: '是否由单位经办员办理？',
        en: 'Is your employer’s benefits administrator (单位经办员) handling the application?',
      },
      whenYes: { zh: '单位经办员办理时', en: 'When the employer’s administrator applies' },
      whenNo: { zh: '非单位经办员办理时', en: 'When the employer’s administrator does not apply' },
    },
    'allowance-to-own-card': {
      question: {
        zh: '生育津贴是否转至本人社会保障卡？',
        en: 'Is the maternity allowance to be paid into the insured person’s own social security card?',
      },
      whenYes: { zh: '转至本人社会保障卡时', en: 'When it is paid into your own social security card' },
      whenNo: { zh: '不转至本人社会保障卡时', en: 'When it is not paid into your own social security card' },
    },
  },
  prohibited: [
    {
      id: 'medical-institutions',
      title: { zh: '违规禁办事项清单（医疗机构）', en: 'Prohibited cases: medical institutions' },
      entries: [
        {
          matter: {
            zh: '不予受理医疗机构申请定点协议管理',
            en: 'Applications by medical institutions for a designated-provider agreement are not accepted',
          },
          cases: [
            {
              zh: '以医疗美容、辅助生殖、生活照护、种植牙等非基本医疗服务为主要执业范围',
              en: 'Its main scope of practice is non-basic medical services such as cosmetic medicine, assisted reproduction, personal care or dental implants',
            },
            {
              zh: '基本医疗服务未执行医疗保障行政部门制定的医药价格政策',
              en: 'Its basic medical services do not follow the medicine and service pricing policy set by the medical security authority',
            },
            { zh: '未依法履行行政处罚责任', en: 'It has not fulfilled an administrative penalty imposed under the law' },
            {
              zh: '以弄虚作假等不正当手段申请定点，自发现之日起未满3年',
              en: 'It applied for designation by fraud or other improper means, and fewer than 3 years have passed since this was discovered',
            },
            {
              zh: '因违法违规被解除医保协议未满3年或已满3年但未完全履行行政处罚法律责任',
              en: 'Its medical insurance agreement was terminated for breaking laws or regulations fewer than 3 years ago, or 3 years or more ago but it has not fully met its legal liability under the administrative penalty',
            },
            {
              zh: '因严重违反医保协议约定而被解除协议未满1年或已满1年但未完全履行违约责任',
              en: 'Its agreement was terminated for a serious breach of the medical insurance agreement less than 1 year ago, or 1 year or more ago but it has not fully met its liability for the breach',
            },
            {
              zh: '法定代表人、主要负责人或实际控制人曾因严重违法违规导致原定点医疗机构被解除医保协议，未满5年的',
              en: 'Its legal representative, principal person in charge or actual controller caused, by serious violations of laws or regulations, the termination of the medical insurance agreement of a former designated medical institution fewer than 5 years ago',
            },
            {
              zh: '法定代表人、主要负责人或实际控制人被列入失信人名单',
              en: 'Its legal representative, principal person in charge or actual controller is on the list of untrustworthy persons',
            },
            {
              zh: '法律法规规定的其他不予受理的情形',
              en: 'Any other case in which laws and regulations say the application is not accepted',
            },
          ],
          items: ['medical-institution-agreement'],
        },
      ],
    },
    {
      id: 'retail-pharmacies',
      title: { zh: '违规禁办事项清单（零售药店）', en: 'Prohibited cases: retail pharmacies' },
      entries: [
        {
          matter: {
            zh: '不予受理零售药店申请定点协议管理',
            en: 'Applications by retail pharmacies for a designated-provider agreement are not accepted',
          },
          cases: [
            { zh: '未依法履行行政处罚责任', en: 'It has not fulfilled an administrative penalty imposed under the law' },
            {
              zh: '以弄虚作假等不正当手段申请定点，自发现之日起未满3年',
              en: 'It applied for designation by fraud or other improper means, and fewer than 3 years have passed since this was discovered',
            },
            {
              zh: '因违法违规被解除医保协议未满3年或已满3年但未完全履行行政处罚法律责任',
              en: 'Its medical insurance agreement was terminated for breaking laws or regulations fewer than 3 years ago, or 3 years or more ago but it has not fully met its legal liability under the administrative penalty',
            },
            {
              zh: '因严重违反医保协议约定而被解除医保协议未满1年或已满1年但未完全履行违约责任',
              en: 'Its medical insurance agreement was terminated for a serious breach of the agreement less than 1 year ago, or 1 year or more ago but it has not fully met its liability for the breach',
            },
            {
              zh: '法定代表人、企业负责人或实际控制人曾因严重违法违规导致原定点零售药店被解除医保协议，未满5年',
              en: 'Its legal representative, person in charge of the business or actual controller caused, by serious violations of laws or regulations, the termination of the medical insurance agreement of a former designated retail pharmacy fewer than 5 years ago',
            },
            {
              zh: '法定代表人、企业负责人或实际控制人被列入失信人名单',
              en: 'Its legal representative, person in charge of the business or actual controller is on the list of untrustworthy persons',
            },
            {
              zh: '法律法规规定的其他不予受理的情形',
              en: 'Any other case in which laws and regulations say the application is not accepted',
            },
          ],
          items: ['pharmacy-agreement'],
        },
      ],
    },
  ],
  toleratedMissing: [
    {
      number: 1,
      matter: { zh: '生育津贴支付', en: 'Payment of the maternity allowance' },
      items: ['maternity-allowance'],
      documents: [{ text: { zh: '《生育登记单》', en: 'Birth registration form (《生育登记单》)' }, doc: 'birth-registration-form' }],
      source: { zh: '申报人提供', en: 'Provided by the applicant' },
      deadline: {
        cases: [{ limit: { kind: 'workingDays', days: 10 } }],
        source: { zh: '补正期限：10个工作日', en: 'To be supplied within 10 working days' },
      },
    },
  ],
  lifeEvents: [
    { id: 'having-a-baby', items: ['childbirth-medical-costs', 'maternity-allowance', 'resident-enrolment'] },
    { id: 'retiring', items: ['employee-registration', 'flexible-worker-retirement'] },
    { id: 'living-elsewhere', items: ['long-term-residence-registration', 'insurance-certificate', 'insurance-transfer'] },
    {
      id: 'bereavement',
      items: ['employee-registration', 'flexible-worker-termination', 'employee-account-withdrawal', 'flexible-worker-account-withdrawal'],
    },
    {
      id: 'employer',
      items: ['employer-registration', 'employee-registration', 'employer-change', 'employee-change', 'employer-records-enquiry'],
    },
    { id: 'clinic-or-pharmacy', items: ['medical-institution-agreement', 'pharmacy-agreement'] },
  ],
} satisfies CityInput;
