import type { SynonymEntry } from './schema';

/**
 * Everyday words → the official terms of the guides, for the site search.
 *
 * How it works: when a query contains one of an entry's `terms`, the search also finds items whose
 * title or text contains one of its `official` terms (ranked below a plain title match). Chinese
 * terms are also found when typed in pinyin (生孩子 ← "shenghaizi"); English terms of five letters
 * or more also when misspelt by a letter or two.
 *
 * Editing: add the words residents actually type (≥ 2 characters; avoid single common words that
 * would match everything). `official` terms must appear in the items' text as printed, in
 * Chinese or in the English of content/glossary/terms.ts. Chinese and English may share one entry, so a
 * resident typing "baby" on the Chinese pages still finds 生育 items. Rebuild to update the index.
 */
export const synonyms: readonly SynonymEntry[] = [
  // Having a baby
  {
    terms: [
      '生孩子',
      '生完孩子',
      '生了孩子',
      '生小孩',
      '生娃',
      '怀孕',
      '怀孩子',
      '分娩',
      '顺产',
      '剖腹产',
      '剖宫产',
      '坐月子',
      '孕妇',
      '生宝宝',
      '准妈妈',
    ],
    official: ['生育', '产前检查', '生育医疗费', '生育津贴'],
    note: 'Having a baby: the guides say 生育 (maternity/childbirth).',
  },
  {
    terms: ['baby', 'pregnant', 'pregnancy', 'birth', 'give birth', 'having a baby', 'delivery', 'expecting', 'c section', 'caesarean'],
    official: ['maternity', 'childbirth', 'prenatal', '生育', '产前检查'],
  },
  {
    terms: ['产检', '孕检', '孕期检查', '建档', 'antenatal', 'prenatal check', 'pregnancy check', 'scan'],
    official: ['产前检查', 'prenatal examination'],
  },
  {
    terms: ['产假工资', '产假津贴', '产假', '生育补贴', '生育金', '生育费', 'maternity pay', 'maternity leave', 'maternity benefit'],
    official: ['生育津贴', 'maternity allowance'],
  },
  {
    terms: [
      '结扎',
      '上环',
      '取环',
      '放环',
      '流产',
      '人流',
      '引产',
      '避孕',
      'sterilisation',
      'sterilization',
      'vasectomy',
      'iud',
      'abortion',
      'miscarriage',
      'contraception',
    ],
    official: ['计划生育', 'family-planning'],
  },
  {
    terms: ['出生证', '出生证明', 'birth certificate'],
    official: ['出生证', '出生医学证明', 'birth certificate'],
  },
  {
    terms: ['新生儿', '刚出生', '宝宝上医保', '孩子上医保', '小孩参保', 'newborn', 'new born', 'infant'],
    official: ['新生儿', '城乡居民参保登记', 'newborn', "residents' enrolment"],
  },

  // Getting costs back
  {
    terms: [
      '看病报销',
      '报销',
      '报账',
      '医药费',
      '医疗费',
      '看病花的钱',
      'claim',
      'claim back',
      'get money back',
      'medical bills',
      'pay back',
    ],
    official: ['费用报销', '手工（零星）报销', '手工零星报销', '零星报销', '支付', 'reimbursement', 'payment of'],
  },
  {
    terms: ['门诊', '看门诊', '开药', '拿药', '看医生', 'doctor visit', 'outpatient', 'clinic visit', 'see a doctor'],
    official: ['门诊费用报销', '门诊', 'outpatient'],
  },
  {
    terms: [
      '住院',
      '住医院',
      '住院了',
      '出院',
      'hospital stay',
      'hospitalised',
      'hospitalized',
      'hospitalisation',
      'hospitalization',
      'in hospital',
    ],
    official: ['住院费用报销', '住院', 'inpatient'],
  },
  {
    terms: ['发票', '收据', '单据', '小票', 'invoice', 'receipt', 'bill'],
    official: ['收据', '收费票据', '票据', '费用清单', 'receipt', 'itemised bill'],
  },
  {
    terms: ['病历', '病历本', '病志', 'medical record', 'case history'],
    official: ['病志', '病历', 'medical records'],
  },

  // Cards and documents
  {
    terms: [
      '医保卡',
      '社保卡',
      '医疗卡',
      '卡丢了',
      '丢卡',
      '补卡',
      '挂失',
      '换卡',
      'medical card',
      'insurance card',
      'lost card',
      'lost my card',
      'ss card',
    ],
    official: ['社会保障卡', 'social security card'],
  },
  {
    terms: ['电子医保卡', '医保码', '电子凭证', '电子医保', '医保二维码', 'e card', 'qr code', 'health code'],
    official: ['电子医保凭证', '医保电子凭证', '电子医疗凭证', 'electronic medical insurance certificate'],
  },
  {
    terms: ['身份证', '证件', 'id', 'identity card', 'passport', 'identification'],
    official: ['身份证', '有效身份证件', 'ID card', 'identity document'],
  },
  {
    terms: ['户口本', '户口', '户籍', 'hukou', 'household register', 'residence booklet'],
    official: ['户口簿', '户籍', 'household register', 'household registration'],
  },
  {
    terms: ['银行卡', '存折', '银行账户', 'bank account', 'bank card', 'bank details'],
    official: ['银行卡', '银行账户', '开户', 'bank card', 'bank account'],
  },

  // Treatment in another place
  {
    terms: ['外地', '外省', '外市', '异地看病', '外地看病', '在外地', '去外地', '异地就医', '跨省', '跨省就医', '省外'],
    official: ['异地', '异地就医备案'],
    note: 'Treatment or living outside Kaiyuan / Shenyang: 异地.',
  },
  {
    terms: [
      'move to another city',
      'moving to another city',
      'another city',
      'another province',
      'out of town',
      'live elsewhere',
      'living elsewhere',
      'other city',
      'elsewhere',
      'relocate',
      'relocating',
    ],
    official: ['in another city', '异地'],
  },
  {
    terms: ['随子女', '投靠子女', '跟子女', '去子女那', '长住外地', '常住外地', 'live with children', 'long term'],
    official: ['异地长期居住', '长期居住', 'living long-term'],
    note: 'Living with one’s children or long-term elsewhere: 异地长期居住 (retirees who settle elsewhere: the entry below).',
  },
  {
    terms: ['老家', '养老', '定居', 'settle', 'settled'],
    official: ['异地长期居住', '异地安置', '长期居住', 'living long-term', 'resettled'],
  },
  {
    terms: [
      '外派',
      '出差',
      '外地工作',
      '驻外',
      '派驻',
      '在外地上班',
      'posted',
      'business trip',
      'work elsewhere',
      'work in another city',
      'seconded',
    ],
    official: ['常驻异地工作人员', 'posted to work'],
  },
  {
    terms: ['转院', '转诊', '转到外地医院', '去大医院', 'transfer to hospital', 'hospital transfer', 'referral', 'referred'],
    official: ['异地转诊', '转诊', 'referral'],
  },

  // Death and ending insurance
  {
    terms: ['去世', '死亡', '过世', '死了', '身故', '离世', '病故', '人没了', '走了', '亡故', '继承'],
    official: ['终止参保', '一次性支取', '死亡', '继承人'],
    note: 'When someone dies: end their insurance and withdraw the personal account.',
  },
  {
    terms: ['died', 'dead', 'death', 'deceased', 'passed away', 'passing', 'bereavement', 'funeral', 'inherit', 'inheritance'],
    official: ['ending insurance', 'one-off withdrawal', 'death', 'heir', '死亡'],
  },
  {
    terms: [
      '个人账户',
      '账户余额',
      '取钱',
      '提取',
      '取出来',
      '提现',
      '支取',
      '账户里的钱',
      'withdraw',
      'withdrawal',
      'cash out',
      'take out money',
      'account balance',
      'personal account',
    ],
    official: ['个人账户一次性支取', '一次性支取', 'one-off withdrawal', 'personal account'],
  },
  {
    terms: [
      '退保',
      '不要医保了',
      '注销医保',
      '出国定居',
      '移民',
      '出国',
      'cancel insurance',
      'quit',
      'emigrate',
      'emigration',
      'leave the scheme',
      'stop insurance',
    ],
    official: ['终止参保', 'ending insurance', 'abroad'],
  },
  {
    terms: ['停保', '暂停', '不交了', '不想交了', '不想交', '停交', '断保', 'pause', 'suspend', 'stop paying', 'on hold'],
    official: ['暂停参保', 'suspending insurance'],
  },

  // Retiring
  {
    terms: ['退休', '办退休', '退休了', '退休手续', '养老金', 'retire', 'retiring', 'retirement', 'pension', 'pensioner'],
    official: ['在职转退休', '退休人员', '退休', 'switching from working to retired status', 'retirees', 'retired'],
  },

  // Enrolling, paying, changing
  {
    terms: [
      '办医保',
      '入医保',
      '上医保',
      '参加医保',
      '买医保',
      '交医保',
      '办理医保',
      '新参保',
      'sign up',
      'join',
      'enrol',
      'enroll',
      'register',
      'registration',
      'get insured',
      'buy insurance',
    ],
    official: ['参保登记', '参保', 'enrolment'],
  },
  {
    terms: [
      '缴费',
      '交钱',
      '交医保费',
      '医保费',
      '续费',
      '保费',
      '交费',
      '缴医保',
      'pay contributions',
      'premium',
      'premiums',
      'payment',
      'pay',
    ],
    official: ['缴费', '医疗保险费', '核定', 'contribution', 'contributions'],
  },
  {
    terms: ['补缴', '补交', '断交', '欠费', '漏交', '断缴', 'back pay', 'arrears', 'missed payment', 'late payment', 'make up'],
    official: ['补收', '补缴', 'back payment', 'back payments'],
  },
  {
    terms: ['退费', '多交了', '多缴', '退钱', '退保费', '交错了', 'refund', 'overpaid', 'money back', 'overpayment'],
    official: ['退费', 'refund'],
  },
  {
    terms: [
      '改信息',
      '改名字',
      '名字改了',
      '改了名字',
      '名字错了',
      '身份证号错了',
      '改名',
      '改身份证号',
      '信息有误',
      '信息错了',
      '修改',
      '变更',
      '更改',
      'change details',
      'update',
      'correct',
      'wrong information',
      'change name',
    ],
    official: ['信息变更', '变更登记', '变更', 'change'],
  },
  {
    terms: [
      '查缴费',
      '查记录',
      '查询',
      '缴费记录',
      '参保记录',
      '查医保',
      '交了多少',
      'check records',
      'contribution history',
      'statement',
      'look up',
      'check',
    ],
    official: ['参保信息查询', '查询', 'enquiry', 'records'],
  },
  {
    terms: ['参保证明', '医保证明', '开证明', '缴费证明', 'proof of insurance', 'insurance certificate', 'certificate'],
    official: ['参保凭证', 'certificate of insurance'],
  },
  {
    terms: [
      '转医保',
      '医保怎么转',
      '换工作',
      '医保转移',
      '换城市',
      '跨省转移',
      '转关系',
      '医保迁移',
      '转出',
      '转入',
      'transfer insurance',
      'move insurance',
      'change city',
      'transfer',
    ],
    official: ['转移接续', 'transfer and continuation'],
  },

  // Who you are
  {
    terms: [
      '个体户',
      '打零工',
      '自由职业',
      '没单位',
      '无业',
      '自己交',
      '自谋职业',
      'freelancer',
      'freelance',
      'self employed',
      'gig worker',
      'no employer',
    ],
    official: ['灵活就业人员', '灵活就业', 'flexible employment'],
  },
  {
    terms: ['公司', '企业', '老板', '雇主', '单位', 'company', 'business', 'boss', 'firm'],
    official: ['用人单位', '单位', 'employer'],
  },
  {
    terms: ['员工', '上班族', '上班', '打工', '工作人员', 'staff', 'worker', 'working'],
    official: ['职工', 'employee'],
  },
  {
    terms: [
      '农村',
      '农民',
      '居民医保',
      '新农合',
      '城镇居民',
      '学生医保',
      '小孩医保',
      'farmer',
      'rural',
      'villager',
      'student',
      'child',
      'children',
    ],
    official: ['城乡居民', '居民医保', 'urban and rural residents', "residents' medical insurance"],
  },
  {
    terms: [
      '低保',
      '贫困',
      '特困',
      '困难户',
      '五保',
      '残疾',
      '救助',
      '困难',
      'low income',
      'poor',
      'poverty',
      'hardship',
      'welfare',
      'subsidy',
      'disability',
    ],
    official: ['医疗救助', '资助', 'medical assistance', 'subsidy'],
  },

  // Illness and medicines
  {
    terms: [
      '慢性病',
      '慢病卡',
      '慢病本',
      '慢病',
      '特病',
      '大病',
      '重病',
      '高血压',
      '糖尿病',
      '两病',
      '慢特病',
      '尿毒症',
      '透析',
      '癌症',
      '肿瘤',
      'chronic illness',
      'chronic',
      'diabetes',
      'hypertension',
      'cancer',
      'dialysis',
      'long term illness',
      'serious illness',
    ],
    official: ['门诊特慢病', '门诊慢特病', '慢特病', '慢病', '特病', 'chronic', 'special disease'],
  },
  {
    terms: [
      '特药',
      '贵药',
      '特殊药',
      '靶向药',
      '进口药',
      '高价药',
      'expensive medicine',
      'expensive drugs',
      'special drugs',
      'cancer drugs',
      'targeted drugs',
    ],
    official: ['高值药', 'high-cost medicines'],
  },

  // Clinics and pharmacies
  {
    terms: ['医院', '诊所', '卫生院', '卫生所', '开诊所', '民营医院', 'hospital', 'clinic', 'health centre', 'health center'],
    official: ['医疗机构', '定点医疗机构', 'medical institution'],
  },
  {
    terms: ['药店', '药房', '开药店', '大药房', 'pharmacy', 'drugstore', 'chemist'],
    official: ['零售药店', 'retail pharmacy'],
  },
  {
    terms: [
      '医保定点',
      '办定点',
      '申请定点',
      '定点资格',
      '纳入医保',
      '能刷医保',
      '刷医保',
      '签协议',
      'designated',
      'accept insurance',
      'join the network',
    ],
    official: ['定点协议', '定点', 'designated-provider agreement', 'designated'],
  },

  // How to apply
  {
    terms: ['代办', '帮别人办', '替家人办', '家属代办', '委托', '帮老人办', 'on behalf', 'for someone else', 'family member', 'proxy'],
    official: ['代办', 'on your behalf', 'on someone’s behalf', 'behalf'],
  },
  {
    terms: ['网上办', '手机办', '手机上办', '不用跑', '小程序', '公众号', '网上', 'online', 'app', 'phone', 'mobile', 'internet'],
    official: ['网上办', '掌上办', '沈阳智慧医保', 'online', 'mobile', 'app'],
  },
];
