import type { EditionInput } from '../schema';

// The site's edition of the Shenyang guide: when its content was last checked against shenyang-guide.txt,
// and every change residents can see, oldest first. Entries record what changed on this site (see
// `git log -- content/shenyang` and content/audit/); the guide itself has not been reissued.
export const edition = {
  checked: '2026-11-30',
  changes: [
    {
      date: '2026-11-23',
      items: [],
      summary: {
        zh: '首次发布：沈阳市医疗保障局《办事不找关系指南》全部29个事项的中文转录和英文译文。',
        en: 'First published: all 29 services of the Shenyang Medical Security Bureau guide, transcribed in Chinese and translated into English.',
      },
    },
    {
      date: '2026-11-30',
      items: ['flexible-worker-termination', 'flexible-worker-retirement', 'flexible-worker-change', 'resident-change'],
      summary: {
        zh: '原指南列为“可选受理材料”的材料，现均标明“可选”。第3.4项：下乡知青未招工人员、征地农民、东北石油管理局买断人员的材料分开列出，各自只对本类人员。第7、8项：户口簿和相关证明不再附加原指南没有的“变更关键信息时”条件。',
        en: 'Documents the guide lists as optional (可选受理材料) are now marked optional. Item 3.4: the documents for former rusticated youth never recruited to a job, farmers whose land was expropriated and bought-out employees of the Northeast Petroleum Administration are listed separately, each for its own group only. Items 7 and 8: the household register and the certificates no longer carry a condition (“when changing key details”) that the guide does not state.',
      },
    },
    {
      date: '2026-11-30',
      items: ['employer-change', 'employee-change', 'insurance-transfer', 'childbirth-medical-costs', 'maternity-allowance'],
      summary: {
        zh: '材料的适用情形按原指南核对：第5项问单位的关键信息，第6项问个人的关键信息；第15项转入地联系函只在需要返还医保账户余额时提供；第20、22项每种情形按原指南列出全部材料；第22项的身份证件按谁来办理（本人、单位经办员或他人代办）列出。',
        en: 'When each document is needed, checked against the guide: item 5 asks about the employer’s key details and item 6 about the employee’s; item 15: the contact letter from the new place is needed only when the account balance is to be returned there; items 20 and 22 list every document of each case as the guide does; in item 22 the identity documents depend on who applies (you, the employer’s administrator, or someone on your behalf).',
      },
    },
    {
      date: '2026-11-30',
      only: 'en',
      items: [
        'employee-registration',
        'flexible-worker-enrolment',
        'flexible-worker-suspension',
        'flexible-worker-retirement',
        'resident-enrolment',
        'employee-change',
        'long-term-residence-registration',
      ],
      summary: {
        zh: '英文版对照中文逐句复核，中文未变：“居住证”译为 residence permit (居住证)，外国人的居留证件另行注明；第4.1项“累计一年以上”改译为 one year or more（原为 more than one year）；第2项补回20个工作日的起算日；第3.4项“退职生活费”不再译作退休；第3.2项“判刑”不再译作入狱；删去中文没有的词（如 registered、at the window）。',
        en: 'English re-read against the Chinese, which is unchanged: “居住证” is now “residence permit (居住证)”, and a foreigner’s residence permit is named as such; item 4.1: “累计一年以上” now reads “one year or more” (it said “more than one year”); item 2: the 20 working days now say when they start; item 3.4: “退职生活费” is an allowance on leaving work, not on retiring; item 3.2: “判刑” is a criminal sentence, not prison; words the Chinese does not say removed (such as “registered” and “at the window”).',
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
