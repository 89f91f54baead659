import type { GlossaryEntryInput } from './schema';

/**
 * The bilingual glossary: one English rendering for each recurring term of the guides, used
 * everywhere in content/ and content/messages/en.json.
 *
 * - `window: true` marks what a resident says or hears at the window: English pages show it as
 *   "English (中文)" on its first use on a page, and /en/glossary lists it with pinyin (generated at
 *   build time) and `explain`.
 * - Content tests check every text of both guides: where the Chinese has the term, the English has
 *   `en` (or one of `alsoEn`, or quotes the Chinese itself); where the English has `en`, the Chinese
 *   has one of `zh`. `strict: false` leaves out everyday words a sentence may rephrase.
 * - Proper names of apps, sites, forms and offices keep their Chinese beside the English on first use
 *   in each text, e.g. "Shenyang Smart Medical Insurance app (沈阳智慧医保)".
 */
export const glossary: readonly GlossaryEntryInput[] = [
  // Insurance schemes and people
  { topic: 'insurance', zh: ['医疗保障', '医保'], en: 'medical insurance', alsoEn: ['medical security'], strict: false },
  { topic: 'insurance', zh: ['基本医疗保险'], en: 'basic medical insurance', strict: false },
  {
    topic: 'insurance',
    zh: ['职工基本医疗保险', '职工医保'],
    en: 'employee medical insurance',
    alsoEn: ['employee basic medical insurance'],
    window: true,
    explain:
      'The medical insurance for employees, paid through their employer; flexible employment workers may join it and pay themselves.',
  },
  {
    topic: 'insurance',
    zh: ['城乡居民基本医疗保险', '居民医保', '居民医疗保险'],
    matchZh: ['城乡居民', '职工转居民'],
    en: 'residents’ medical insurance',
    alsoEn: ['urban and rural residents’ basic medical insurance', 'urban and rural resident'],
    window: true,
    explain:
      'The medical insurance for people without employee medical insurance, such as children, students and people not in work, paid once a year.',
  },
  {
    topic: 'insurance',
    zh: ['灵活就业人员', '灵活就业'],
    en: 'flexible employment worker',
    alsoEn: ['flexible employment'],
    window: true,
    explain: 'Someone who works for themselves or without a regular employer and pays their own insurance.',
  },
  { topic: 'insurance', zh: ['用人单位'], en: 'employer', strict: false },
  { topic: 'insurance', zh: ['参保登记'], en: 'enrolment', alsoEn: ['insurance enrolment', 'enrol'], strict: false },
  { topic: 'insurance', zh: ['参保人员', '参保人'], en: 'insured person', strict: false },
  { topic: 'insurance', zh: ['暂停参保'], en: 'suspension', alsoEn: ['suspend', 'suspending'], strict: false },
  { topic: 'insurance', zh: ['终止参保'], en: 'ending insurance', alsoEn: ['termination', 'end', 'ending'], strict: false },
  { topic: 'insurance', zh: ['在职转退休'], en: 'switching from working to retired status', alsoEn: ['retirement'], strict: false },
  { topic: 'insurance', zh: ['个人账户'], en: 'personal account', window: true },
  { topic: 'insurance', zh: ['转移接续'], en: 'transfer and continuation', alsoEn: ['transfer'], window: true },
  // Treatment in another city
  {
    topic: 'anotherCity',
    zh: ['异地就医备案'],
    en: 'registration for medical treatment in another city',
    alsoEn: ['registration for treatment in another city', 'medical treatment in another city', 'treatment outside Shenyang'],
    window: true,
    explain:
      'Telling your medical insurance office that you will be treated in another city (because you live, work or are referred there), so that your insurance covers the treatment there.',
  },
  {
    topic: 'anotherCity',
    zh: ['异地长期居住人员'],
    en: 'people living long-term in another city',
    alsoEn: ['living long-term'],
    window: true,
  },
  { topic: 'anotherCity', zh: ['异地安置退休人员'], en: 'retirees resettled in another city', alsoEn: ['resettled retiree'], window: true },
  { topic: 'anotherCity', zh: ['常驻异地工作人员'], en: 'people posted to work in another city', alsoEn: ['posted to work'], window: true },
  {
    topic: 'anotherCity',
    zh: ['异地转诊'],
    en: 'referral to a hospital in another city',
    alsoEn: ['referred to a hospital in another city', 'referral'],
    window: true,
  },
  // Illness and benefits
  {
    topic: 'benefits',
    zh: ['门诊慢特病', '门诊特慢病'],
    en: 'outpatient chronic and special disease',
    alsoEn: ['outpatient chronic or special disease'],
    window: true,
    explain:
      'Long-term and serious illnesses on the insurance’s list. Once a designated medical institution has recognised yours, the insurance covers its outpatient treatment.',
  },
  { topic: 'benefits', zh: ['慢病'], en: 'chronic disease', strict: false },
  { topic: 'benefits', zh: ['特病'], en: 'special disease', strict: false },
  { topic: 'benefits', zh: ['高值药品', '高值药'], en: 'high-cost medicine', window: true },
  {
    topic: 'benefits',
    zh: ['“两病”'],
    matchZh: ['两病'],
    en: 'the “two diseases”',
    alsoEn: ['the "two diseases"', 'two diseases'],
    window: true,
    explain: 'High blood pressure and diabetes.',
  },
  { topic: 'benefits', zh: ['产前检查费'], en: 'prenatal examination costs', window: true },
  { topic: 'benefits', zh: ['计划生育医疗费'], en: 'family-planning medical costs', window: true },
  {
    topic: 'benefits',
    zh: ['生育医疗费', '分娩医疗费'],
    en: 'childbirth medical costs',
    alsoEn: ['childbirth medical cost'],
    window: true,
  },
  { topic: 'benefits', zh: ['生育津贴'], en: 'maternity allowance', alsoEn: ['childbirth allowance', 'allowance'], window: true },
  { topic: 'benefits', zh: ['城乡居民最低生活保障', '最低生活保障', '低保'], en: 'minimum living allowance', window: true },
  { topic: 'benefits', zh: ['医疗救助'], en: 'medical assistance', window: true },
  { topic: 'benefits', zh: ['待遇等待期'], en: 'benefit waiting period', window: true },
  { topic: 'benefits', zh: ['集中缴费期'], en: 'annual contribution period', window: true },
  // Providers
  {
    topic: 'providers',
    zh: ['定点医疗机构'],
    en: 'designated medical institution',
    window: true,
    explain: 'A hospital or clinic that has an agreement with the medical insurance office.',
  },
  { topic: 'providers', zh: ['定点零售药店'], en: 'designated retail pharmacy', alsoEn: ['retail pharmacies'], window: true },
  { topic: 'providers', zh: ['定点协议管理', '定点协议'], matchZh: ['定点医药机构协议管理'], en: 'designated-provider agreement' },
  // How the office works
  {
    topic: 'office',
    zh: ['违规禁办'],
    en: 'prohibited cases',
    alsoEn: ['prohibited-cases'],
    window: true,
    explain: 'Cases in which the office must refuse an application; the guide lists them.',
  },
  {
    topic: 'office',
    zh: ['容缺受理', '容缺'],
    matchZh: ['可以后补的材料'],
    en: 'documents you may supply later',
    alsoEn: ['supply later', 'supplied later', 'hand in later', 'handed in later'],
    window: true,
    explain:
      'The office accepts your application although a document on its list is missing; you hand the document in later, by the deadline the list gives.',
  },
  { topic: 'office', zh: ['即时办结', '当场办结'], en: 'done on the spot', alsoEn: ['on the spot'] },
  { topic: 'office', zh: ['窗口办'], en: 'at a service window', alsoEn: ['window'], strict: false },
  { topic: 'office', zh: ['网上办'], en: 'online', strict: false },
  { topic: 'office', zh: ['掌上办'], en: 'on a mobile phone', alsoEn: ['mobile'], strict: false },
  { topic: 'office', zh: ['线下办'], en: 'in person', strict: false },
  { topic: 'office', zh: ['一体机'], en: 'self-service kiosk' },
  {
    topic: 'office',
    zh: ['代办人'],
    en: 'the person applying on your behalf',
    alsoEn: ['on your behalf', 'on someone’s behalf', 'on their behalf', 'on behalf'],
    strict: false,
  },
  {
    topic: 'office',
    zh: ['代办'],
    en: 'applying on someone’s behalf',
    alsoEn: ['on your behalf', 'on someone’s behalf', 'on their behalf', 'on behalf'],
    strict: false,
  },
  // Documents
  { topic: 'documents', zh: ['有效身份证件', '身份证件'], en: 'valid identity document', alsoEn: ['identity document'], window: true },
  { topic: 'documents', zh: ['居民身份证', '身份证'], en: 'ID card', alsoEn: ['identity card'], window: true },
  { topic: 'documents', zh: ['身份证号'], en: 'ID number', alsoEn: ['ID card number'] },
  { topic: 'documents', zh: ['外国人永久居留证', '外国人永久居留身份证'], en: 'Foreign Permanent Resident ID Card', window: true },
  {
    topic: 'documents',
    zh: ['户口簿', '户口本'],
    en: 'household register',
    window: true,
    explain: 'The booklet that records a family’s household registration (hukou).',
  },
  { topic: 'documents', zh: ['户籍'], en: 'household registration', alsoEn: ['hukou'], strict: false },
  {
    topic: 'documents',
    zh: ['居住证'],
    en: 'residence permit',
    window: true,
    explain:
      'The permit of a Chinese citizen living away from the place of their household registration (hukou). A foreign national’s residence permit is a different document (外国人居留许可).',
  },
  { topic: 'documents', zh: ['暂住证'], en: 'temporary residence permit', window: true },
  { topic: 'documents', zh: ['外国人居留许可', '居留证件'], matchZh: ['居留许可'], en: 'foreigner’s residence permit', window: true },
  { topic: 'documents', zh: ['永久居留证'], en: 'permanent residence permit', window: true },
  { topic: 'documents', zh: ['社会保障卡', '社保卡'], en: 'social security card', window: true },
  {
    topic: 'documents',
    zh: ['医保电子凭证', '电子医保凭证', '电子医疗凭证'],
    en: 'electronic medical insurance certificate',
    window: true,
    explain: 'The digital form of your medical insurance: a code shown on your phone.',
  },
  { topic: 'documents', zh: ['住院病志'], en: 'inpatient medical records', window: true },
  {
    topic: 'documents',
    zh: ['病志', '病历'],
    matchZh: ['病例资料'],
    en: 'medical records',
    alsoEn: ['record of your', 'medical record'],
    window: true,
  },
  { topic: 'documents', zh: ['费用清单', '费用汇总清单'], en: 'itemised bill', window: true },
  { topic: 'documents', zh: ['收费票据', '收据'], en: 'receipt', window: true },
  { topic: 'documents', zh: ['单位公章', '公章'], en: 'official seal', window: true },
  { topic: 'documents', zh: ['复印件'], en: 'photocopy', alsoEn: ['photocopies', 'copy', 'copies'], strict: false },
  { topic: 'documents', zh: ['原件'], en: 'original', strict: false },
  { topic: 'documents', zh: ['承诺书'], en: 'letter of commitment', window: true },
  { topic: 'documents', zh: ['死亡证明'], en: 'death certificate', window: true },
  { topic: 'documents', zh: ['出生医学证明', '出生证'], en: 'birth certificate', window: true },
  { topic: 'documents', zh: ['结婚证'], en: 'marriage certificate', window: true },
  { topic: 'documents', zh: ['准生证'], en: 'birth permit', window: true },
  { topic: 'documents', zh: ['生育登记单'], en: 'birth registration form', window: true },
  { topic: 'documents', zh: ['统一社会信用代码'], en: 'unified social credit code', window: true },
  { topic: 'documents', zh: ['营业执照'], en: 'business licence', window: true },
  { topic: 'documents', zh: ['下载中心'], en: 'download centre' },
  // Names: the Chinese is always beside the English
  { topic: 'names', zh: ['沈阳智慧医保'], en: 'Shenyang Smart Medical Insurance', window: true },
  { topic: 'names', zh: ['沈阳政务服务网'], en: 'Shenyang Government Services website', window: true },
  { topic: 'names', zh: ['国家医疗保障公共服务平台'], en: 'National Medical Security Public Service Platform', window: true },
  { topic: 'names', zh: ['辽事通'], en: 'Liaoshitong', window: true },
  { topic: 'names', zh: ['开原市医疗保障事务服务中心'], en: 'Kaiyuan Medical Security Affairs Service Centre', window: true },
  { topic: 'names', zh: ['沈阳市医疗保障事务服务中心'], en: 'Shenyang Medical Security Affairs Service Centre', window: true },
  { topic: 'names', zh: ['分中心'], en: 'branch centre', window: true },
  { topic: 'names', zh: ['公共业务服务部'], en: 'Public Business Service Department', window: true },
];
