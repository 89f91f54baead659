import type { ServiceItemInput } from '../../schema';

// Source: shenyang-guide.txt, 合规办事业务指南 “22. 生育津贴支付”, printed page 48.
export default {
  id: 'maternity-allowance',
  number: '22',
  category: 'maternity-insurance',
  title: { zh: '生育津贴支付', en: 'Payment of the maternity allowance' },
  audience: ['employee', 'employer'],
  description: [
    {
      zh: '参保职工在待遇期内符合计划生育政策规定，生育时连续缴费满10个月（含）以上并继续缴费（补缴时间不计算，符合政策规定的除外）。生育津贴包括女职工分娩生育津贴、女职工流产、引产生育津贴、男职工护理假工资。',
      en: 'For insured employees within their benefit period who meet family-planning policy, who had paid contributions without a break for at least 10 months at the time of the birth and go on paying (months paid afterwards for arrears do not count, except where policy allows). The maternity allowance covers the childbirth allowance for female employees, the allowance for female employees after a miscarriage or abortion (流产) or a termination of pregnancy by induced labour (引产), and pay for male employees’ paternity (nursing) leave.',
    },
  ],
  // 注1 and 注2: who applies decides which identity documents and forms are needed.
  documents: [
    {
      doc: 'employer-agent-id-card',
      when: 'employer-agent',
      notes: { zh: '核实是否为单位经办员。', en: 'Used to check that the person is the employer’s administrator.' },
    },
    {
      doc: 'employer-authorisation-letter',
      source: {
        kind: 'download',
        url: 'https://ybj.shenyang.gov.cn',
        note: {
          zh: '沈阳市医疗保障局网站“下载中心”下载、打印',
          en: 'download and print it from the Download Centre (下载中心) of the Shenyang Medical Security Bureau website (沈阳市医疗保障局)',
        },
      },
      when: { not: 'employer-agent' },
    },
    {
      doc: 'allowance-to-card-form',
      source: {
        kind: 'download',
        url: 'https://ybj.shenyang.gov.cn',
        note: {
          zh: '沈阳市医疗保障局网站“下载中心”下载、打印',
          en: 'download and print it from the Download Centre (下载中心) of the Shenyang Medical Security Bureau website (沈阳市医疗保障局)',
        },
      },
      when: 'allowance-to-own-card',
    },
    {
      doc: 'id-document',
      text: { zh: '本人有效身份证件', en: 'Your own valid identity document' },
      when: { all: [{ not: 'proxy' }, { not: 'employer-agent' }] },
    },
  ],
  // 他人代办的提供代办人有效身份证件.
  situations: ['proxy'],
  // 22.1 lists the documents for each kind of allowance in full.
  scenarios: [
    {
      id: 'female-childbirth',
      title: { zh: '女职工妊娠分娩生育津贴', en: 'Childbirth allowance for a female employee' },
      documents: [
        { doc: 'medical-records', source: { kind: 'applicant' } },
        { doc: 'birth-registration-form', source: { kind: 'applicant' } },
      ],
    },
    {
      id: 'female-miscarriage',
      title: {
        zh: '女职工流产、引产生育津贴',
        en: 'Allowance for a female employee after a miscarriage or abortion (流产) or a termination of pregnancy by induced labour (引产)',
      },
      documents: [{ doc: 'medical-records', source: { kind: 'applicant' } }],
    },
    {
      id: 'male-nursing-leave',
      title: { zh: '申领男职工护理假工资', en: 'Claiming pay for a male employee’s paternity (nursing) leave' },
      documents: [
        { doc: 'medical-records', source: { kind: 'applicant' } },
        { doc: 'birth-registration-form', source: { kind: 'applicant' } },
      ],
    },
  ],
  documentNotes: [
    {
      zh: '1. 单位经办员办理生育津贴业务需提供身份证，核实是否为单位经办员，如非单位经办员办理，需提供《单位授权委托书》，如转至本人社会保障卡，需提供《生育津贴转入社会保障卡申请表》，以上表格可登录沈阳市医疗保障局网站：https://ybj.shenyang.gov.cn“下载中心”下载、打印。',
      en: '1. If the employer’s administrator handles the maternity allowance, they must provide their ID card so that the office can check they are the employer’s administrator. If someone other than the administrator handles it, an Employer’s Letter of Authorisation (《单位授权委托书》) is needed. If the allowance is to be paid into your own social security card, an Application Form for Paying the Maternity Allowance into a Social Security Card (《生育津贴转入社会保障卡申请表》) is needed. Both forms can be downloaded and printed from the Download Centre (下载中心) of the Shenyang Medical Security Bureau website: https://ybj.shenyang.gov.cn.',
    },
    {
      zh: '2. 参保人本人办理的需提供本人有效身份证件、他人代办的提供代办人有效身份证件。',
      en: '2. If the insured person applies in person, they must provide their own valid identity document; if someone else applies on their behalf, that person provides their own valid identity document.',
    },
  ],
  channels: [
    {
      kind: 'window',
      label: { zh: '窗口办', en: 'At a service window' },
      place: {
        zh: '公共业务服务部及各分中心综合窗口',
        en: 'General service windows of the Public Business Service Department (公共业务服务部) and of every branch centre',
      },
    },
    {
      kind: 'mobile',
      label: { zh: '掌上办', en: 'On a mobile phone' },
      platform: 'app',
      name: { zh: '沈阳智慧医保APP', en: 'Shenyang Smart Medical Insurance app (沈阳智慧医保)' },
    },
    {
      kind: 'online',
      label: { zh: '网上办', en: 'Online' },
      name: { zh: '沈阳政务服务网', en: 'Shenyang Government Services website (沈阳政务服务网)' },
      url: 'http://zwfw.shenyang.gov.cn/',
    },
  ],
  timeLimit: {
    cases: [{ limit: { kind: 'workingDays', days: 10 } }],
    source: { zh: '10个工作日', en: '10 working days' },
  },
  tips: [
    {
      zh: '①生育津贴需由分娩或实施计划生育手术时所在单位申领，津贴会转入单位的银行账户内。申领津贴前，单位经办员需在单位网厅采集生育津贴账户并确认银行账户状态是否正常，以免无法及时领取津贴。',
      en: '① The maternity allowance must be claimed by the employer you worked for at the time of the birth or family-planning operation, and it is paid into the employer’s bank account. Before claiming, the employer’s administrator must record the maternity allowance account in the employer’s online service hall and check that the bank account is in good order, so that the allowance is not delayed.',
    },
    {
      zh: '②在网上办理生育津贴申领后，在未查询到审核结果前，请勿在线下窗口重复申领。',
      en: '② After claiming the maternity allowance online, do not claim it again at a service window before you can see the result of the review.',
    },
    {
      zh: '③《沈阳市人力资源和社会保障局等四部门关于生育保险和职工基本医疗保险合并实施试点有关问题的通知》（沈人社发〔2017〕63号）文件规定：“生育津贴与工资不兼得，产假期间应继续缴费”，“退休人员不享受生育津贴待遇”。',
      en: '③ The Notice of the Shenyang Human Resources and Social Security Bureau and Three Other Departments on Issues in the Pilot Merger of Maternity Insurance and Employee Basic Medical Insurance (沈人社发〔2017〕63号) provides: “the maternity allowance and wages cannot both be received; contributions must continue during maternity leave” and “retirees do not receive the maternity allowance”.',
    },
  ],
  legalRefs: [
    {
      zh: '《沈阳市人力资源和社会保障局等四部门关于生育保险和职工基本医疗保险合并实施试点有关问题的通知》（沈人社发〔2017〕63号）',
      en: 'Notice of the Shenyang Human Resources and Social Security Bureau and Three Other Departments on Issues in the Pilot Merger of Maternity Insurance and Employee Basic Medical Insurance (沈人社发〔2017〕63号)',
    },
  ],
  source: { section: '22. 生育津贴支付', page: 48, checked: '2026-11-23' },
} satisfies ServiceItemInput;
