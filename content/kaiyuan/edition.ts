import type { EditionInput } from '../schema';

// The site's edition of the Kaiyuan guide: when its content was last checked against kaiyuan-guide.txt,
// and every change residents can see, oldest first. Entries record what changed on this site (see
// `git log -- content/kaiyuan` and content/audit/); the guide itself has not been reissued.
export const edition = {
  checked: '2026-11-30',
  changes: [
    {
      date: '2026-11-23',
      items: [],
      summary: {
        zh: '首次发布：开原市医疗保障局《办事不找关系指南》全部33个事项的中文转录和英文译文。',
        en: 'First published: all 33 services of the Kaiyuan Medical Security Bureau guide, transcribed in Chinese and translated into English.',
      },
    },
    {
      date: '2026-11-30',
      items: ['personal-account-withdrawal'],
      summary: {
        zh: '第10项：因死亡支取时，个人承诺书只在“通过数据共享无法查询死亡信息”时需要（页面增加了这一问题）；继承人身份证、银行卡账户信息和个人承诺书各自标明可容缺受理；主动放弃时的材料按原指南写为“主动放弃基本医疗保险关系的情况说明”。',
        en: 'Item 10: for a withdrawal because of death, the personal letter of commitment is needed only when the death cannot be found through shared data (the page now asks this); the heir’s ID card, the bank card account details and the letter of commitment are each marked as documents you may supply later (容缺); for a voluntary withdrawal the statement is named as the guide names it.',
      },
    },
    {
      date: '2026-11-30',
      items: ['high-cost-medicine-registration', 'partial-assistance-enrolment'],
      summary: {
        zh: '第19.2项：“如患者在医院购药，可以持以上材料直接到购药医院申请”列入“在哪里办”；第26.2项：手机缴费端口和指定银行列入“在哪里办”。原文未变。',
        en: 'Item 19.2: applying at the hospital where the patient buys the medicine is now listed under where to apply; item 26.2: the mobile payment channel and the designated banks are now listed under where to apply. The guide’s words are unchanged.',
      },
    },
    {
      date: '2026-11-30',
      only: 'en',
      items: [
        'employer-registration',
        'resident-registration',
        'employer-information-change',
        'employee-information-change',
        'insured-person-enquiry',
        'resettled-retiree-registration',
        'long-term-resident-registration',
        'posted-worker-registration',
        'partial-assistance-enrolment',
      ],
      summary: {
        zh: '英文版对照中文逐句复核，中文未变：“居住证”译为 residence permit (居住证)，不是外国人的居留许可；“出生后90天内”改译为 within 90 days of birth（原误为出生90天之后）；补回漏译的“等”“批准”“申请”；删去中文没有的因果词。',
        en: 'English re-read against the Chinese, which is unchanged: “居住证” is now “residence permit (居住证)”, a Chinese citizen’s permit, not a foreigner’s residence permit (居留许可); “出生后90天内” now reads “within 90 days of birth” (it said “90 days after birth”); dropped words restored (“and so on” for “等”, “approved” for “批准”, “applications” for “申请”); a “so” the Chinese does not say removed.',
      },
    },
    {
      date: '2026-11-30',
      only: 'en',
      items: [],
      summary: {
        zh: '英文版：“一楼”在所有页面统一译为 1st floor（原为 ground floor）。',
        en: 'English: “一楼” is now “1st floor” on every page (it said “ground floor”).',
      },
    },
    {
      date: '2026-11-30',
      only: 'en',
      items: [],
      summary: {
        zh: '英文版：“异地”统一译为 in another city（原为 outside the insured city）；窗口常用词语（如社会保障卡、异地就医备案、门诊慢特病）在每页第一次出现时附中文，新增中英对照词汇表（/en/glossary），每个事项的“在窗口出示”附业务名称拼音。',
        en: 'English: “异地” is now “in another city” (it said “outside the insured city”); window terms such as social security card (社会保障卡), registration for medical treatment in another city (异地就医备案) and outpatient chronic and special diseases (门诊慢特病) carry their Chinese the first time a page uses them; a glossary of window terms with pinyin (/en/glossary); “Say this at the window” gives the service’s name in pinyin.',
      },
    },
  ],
} satisfies EditionInput;
