import type { SearchPhrases } from './schema';

/**
 * How residents ask, for the site search: question frames to drop, and intents that send a whole
 * question to the items that answer it.
 *
 * Editing: add a stop word when a question frame keeps a query from finding anything ("我想问一下").
 * Add an intent when residents ask for something in words that are spread over the query (住院 … 外地)
 * or that no single item name contains; list the items of each city that answer it, best first
 * (ids as in content/<city>/items/). Intents also fire when a term is typed with a wrong character of
 * the same sound (外弟 for 外地). The build checks every item id; rebuild to update the index.
 */
export const phrases: SearchPhrases = {
  stopWords: [
    '我想问一下',
    '想问一下',
    '请问一下',
    '怎么办理',
    '如何办理',
    '怎样办理',
    '去哪里办',
    '去哪儿办',
    '在哪里办',
    '在哪办',
    '怎么办',
    '怎么弄',
    '怎么样',
    '怎么',
    '如何',
    '怎样',
    '能不能',
    '可不可以',
    '要不要',
    '是不是',
    '能否',
    '是否',
    '在哪里',
    '在哪儿',
    '在哪',
    '去哪里',
    '哪里',
    '什么',
    '需要',
    '我想',
    '我要',
    '想要',
    '请问',
    '可以',
    '能够',
    '办理',
    '申请',
    '手续',
    '一下',
    '医保',
    '我的',
    '多少钱',
    '多少',
    '能领',
    '能报',
    '能',
    '的',
    '吗',
    '呢',
    '我',
    '不想',
    '老人',
    '家人',
    '父亲',
    '母亲',
    '爸爸',
    '妈妈',
    '老伴',
    '爱人',
    'insurance',
    'someone',
    'father',
    'mother',
    'parent',
    'husband',
    'wife',
    'medical insurance',
  ],
  lightWords: ['登记', '备案', '认定', '业务', '材料', '手续费'],
  notServed: [
    '养老保险',
    '养老金',
    '公积金',
    '失业保险',
    '失业金',
    '工伤',
    '护照',
    '驾驶证',
    '驾照',
    '结婚登记',
    '户口迁移',
    'pension insurance',
    'tax',
    'housing fund',
    'provident fund',
    'unemployment',
    'work injury',
    'passport',
    'driving licence',
    'driving license',
  ],
  intents: [
    {
      when: [
        ['出差', '外派', '驻外', '派驻', '外地工作', '在外地上班'],
        ['看病', '就医', '住院', '生病'],
      ],
      items: { kaiyuan: ['posted-worker-registration'], shenyang: ['long-term-residence-registration'] },
      note: 'Working away from the city and falling ill: the registration of people posted to work elsewhere.',
    },
    {
      when: [
        ['住院', '住医院', '住了院'],
        ['外地', '异地', '外省', '外市', '省外', '跨省', '别的城市', '其他城市'],
      ],
      items: {
        kaiyuan: ['referral-registration', 'inpatient-reimbursement'],
        shenyang: ['inpatient-reimbursement', 'long-term-residence-registration'],
      },
      note: 'In hospital outside the city: register the referral first (Kaiyuan), then claim the costs.',
    },
    {
      when: [
        ['hospital', 'inpatient', 'hospitalised', 'hospitalized'],
        ['another city', 'other city', 'elsewhere', 'out of town', 'another province'],
      ],
      items: {
        kaiyuan: ['referral-registration', 'inpatient-reimbursement'],
        shenyang: ['inpatient-reimbursement', 'long-term-residence-registration'],
      },
    },
    {
      when: [
        ['看病', '就医', '看门诊', '治病'],
        ['外地', '异地', '外省', '省外', '跨省', '别的城市'],
      ],
      items: {
        kaiyuan: [
          'referral-registration',
          'long-term-resident-registration',
          'resettled-retiree-registration',
          'posted-worker-registration',
        ],
        shenyang: ['long-term-residence-registration'],
      },
      note: 'Treatment outside the city: the registrations for medical treatment elsewhere (异地就医备案).',
    },
    {
      when: [
        ['孩子', '小孩', '宝宝', '新生儿', '婴儿', '娃'],
        ['出生', '刚生', '生下', '医保', '参保', '上户'],
      ],
      items: { kaiyuan: ['resident-registration'], shenyang: ['resident-enrolment'] },
      note: 'A newborn is enrolled as an urban and rural resident within 90 days of birth.',
    },
    {
      when: [
        ['baby', 'newborn', 'child', 'infant'],
        ['born', 'insurance', 'enrol', 'enroll', 'insure'],
      ],
      items: { kaiyuan: ['resident-registration'], shenyang: ['resident-enrolment'] },
    },
    {
      when: [
        ['转到', '转去', '转走', '迁到', '迁走', '带走', '转回', '怎么转', '转过去'],
        ['别的城市', '其他城市', '外地', '外省', '别的地方', '另一个城市', '老家'],
      ],
      items: { kaiyuan: ['insurance-transfer'], shenyang: ['insurance-transfer'] },
      note: 'Moving one’s insurance to another city: transfer and continuation.',
    },
    {
      when: [['move my insurance', 'transfer my insurance', 'move insurance', 'take my insurance']],
      items: { kaiyuan: ['insurance-transfer'], shenyang: ['insurance-transfer'] },
    },
    {
      when: [
        ['生孩子', '生完孩子', '生了孩子', '生小孩', '生娃', '生宝宝'],
        ['报销', '医药费', '医疗费', '住院费'],
      ],
      items: {
        kaiyuan: ['childbirth-medical-costs', 'maternity-allowance'],
        shenyang: ['childbirth-medical-costs', 'maternity-allowance'],
      },
      note: 'The costs of a birth: childbirth medical costs first.',
    },
    {
      when: [
        ['生孩子', '生完孩子', '生了孩子', '生小孩', '生娃', '生宝宝'],
        ['领钱', '钱', '补贴', '给钱', '津贴', '工资'],
      ],
      items: {
        kaiyuan: ['maternity-allowance', 'childbirth-medical-costs'],
        shenyang: ['maternity-allowance', 'childbirth-medical-costs'],
      },
      note: 'Money after a birth: the maternity allowance and the childbirth costs.',
    },
    {
      when: [['交钱', '交医保', '缴医保', '交医保费', '交保费']],
      items: {
        kaiyuan: ['resident-registration', 'flexible-worker-back-payment'],
        shenyang: ['contribution-assessment', 'resident-enrolment', 'flexible-worker-enrolment'],
      },
      note: 'A resident paying contributions: residents’ enrolment, or the flexible-employment assessment.',
    },
    {
      when: [
        ['自由职业', '没有单位', '没单位', '个体户', '打零工', '灵活就业'],
        ['交', '缴', '参保', '参加'],
      ],
      items: {
        kaiyuan: ['employee-registration', 'flexible-worker-back-payment'],
        shenyang: ['flexible-worker-enrolment', 'contribution-assessment'],
      },
      note: 'Paying without an employer: flexible-employment enrolment (Kaiyuan: within item 2).',
    },
    {
      when: [
        ['去世', '死亡', '过世', '离世', '走了', '没了', '身故'],
        ['账户', '取钱', '钱', '余额', '支取'],
      ],
      items: {
        kaiyuan: ['personal-account-withdrawal'],
        shenyang: ['employee-account-withdrawal', 'flexible-worker-account-withdrawal'],
      },
      note: 'The personal account of someone who died is withdrawn by the heir.',
    },
    {
      when: [
        ['退休', '养老'],
        ['外地', '异地', '子女', '老家', '外省'],
      ],
      items: {
        kaiyuan: ['resettled-retiree-registration', 'long-term-resident-registration'],
        shenyang: ['long-term-residence-registration'],
      },
      note: 'Retiring to another city: the registration of resettled retirees or of long-term residence.',
    },
    {
      when: [['退休', '办退休', '退休手续', 'retire', 'retirement', 'retiring']],
      items: { kaiyuan: ['employee-registration'], shenyang: ['employee-registration', 'flexible-worker-retirement'] },
      note: 'Retiring: switching from working to retired status (Kaiyuan: within item 2).',
    },
    {
      when: [['糖尿病', '高血压', '尿毒症', '透析', '慢性病', '慢病', '特病', 'diabetes', 'hypertension', 'dialysis']],
      items: { kaiyuan: ['chronic-special-disease-recognition'], shenyang: ['chronic-special-disease-recognition'] },
      note: 'A long-term illness: the outpatient chronic and special disease recognition.',
    },
    {
      when: [['生育费', '生孩子的钱', '生孩子花的钱']],
      items: {
        kaiyuan: ['childbirth-medical-costs', 'maternity-allowance'],
        shenyang: ['childbirth-medical-costs', 'maternity-allowance'],
      },
      note: '生育费 means the costs of childbirth, not 计划生育费.',
    },
    {
      when: [
        ['claim', 'reimburse', 'reimbursement', 'pay back', 'money back'],
        ['hospital', 'inpatient', 'hospital costs', 'hospital bills'],
      ],
      items: { kaiyuan: ['inpatient-reimbursement'], shenyang: ['inpatient-reimbursement'] },
    },
    {
      when: [['交多了', '多交了', '多缴了', '交错了', '交多'], ['退']],
      items: { kaiyuan: ['personal-contribution-refund', 'employer-contribution-refund'] },
      note: 'Overpaid contributions are refunded (Kaiyuan items 13–14).',
    },
  ],
};
