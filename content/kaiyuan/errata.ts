import type { z } from 'zod';
import type { ErratumSchema } from '../schema';

// Evident slips in kaiyuan-guide.txt and what the site shows instead. No requirement is changed.
// (Spaces that PDF extraction left between digits and Chinese, e.g. “一楼 11 号窗口”, are removed silently.)
export const errata: z.input<typeof ErratumSchema>[] = [
  {
    city: 'kaiyuan',
    item: 'medical-institution-designation',
    where: { zh: '医保权力事项清单，第二十八项“事项”栏', en: 'Official item list, item 28, “item” column' },
    original: '零售药店申请定点协议管理业务',
    corrected: '医疗机构申请定点协议管理业务',
    note: {
      zh: '第二十八项类别为“医疗机构申请定点协议管理”，事项栏误抄了第二十九项的名称。',
      en: 'Item 28’s category is “designated-provider agreement application by a medical institution”; the item column repeats item 29’s name by mistake.',
    },
  },
  {
    city: 'kaiyuan',
    item: 'pharmacy-change',
    where: { zh: '医保权力事项清单，第三十一项“事项”栏', en: 'Official item list, item 31, “item” column' },
    original: '定点医疗机构信息变更业务',
    corrected: '定点零售药店信息变更业务',
    note: {
      zh: '第三十一项类别为“定点零售药店信息变更”，事项栏误抄了第三十项的名称。',
      en: 'Item 31’s category is “change of information of a designated retail pharmacy”; the item column repeats item 30’s name by mistake.',
    },
  },
  {
    city: 'kaiyuan',
    item: 'resident-registration',
    where: { zh: '第三项“城乡居民参保登记”说明', en: 'Item 3 (urban and rural residents’ enrolment), description' },
    original: '具有本市户籍的城乡居民和取得本市居住证的城乡居民办理城乡居民办理城乡居民参保登记。',
    corrected: '具有本市户籍的城乡居民和取得本市居住证的城乡居民办理城乡居民参保登记。',
    note: { zh: '“城乡居民办理”重复。', en: 'The words “城乡居民办理” are printed twice.' },
  },
  {
    city: 'kaiyuan',
    item: 'long-term-resident-registration',
    where: { zh: '第十六项标题（合规办事业务指南）', en: 'Item 16 heading in the service guide' },
    original: '异地安置长期居住人员备案',
    corrected: '异地长期居住人员备案',
    note: {
      zh: '事项清单和本项说明均为“异地长期居住人员”；“异地安置”属于第十五项（异地安置退休人员），标题中多出。站点以清单名称为标题。',
      en: 'The item list and the item’s own definition both say “异地长期居住人员” (people living long-term in another city); “异地安置” (resettled) belongs to item 15 and was carried into this heading. The site uses the list name as the title.',
    },
  },
  {
    city: 'kaiyuan',
    item: 'posted-worker-registration',
    where: { zh: '第十七项标题（合规办事业务指南）', en: 'Item 17 heading in the service guide' },
    original: '异地安置常驻异地工作人员备案',
    corrected: '常驻异地工作人员备案',
    note: {
      zh: '事项清单和本项说明均为“常驻异地工作人员”；“异地安置”属于第十五项，标题中多出。站点以清单名称为标题。',
      en: 'The item list and the item’s own definition both say “常驻异地工作人员” (people posted to work in another city); “异地安置” belongs to item 15 and was carried into this heading. The site uses the list name as the title.',
    },
  },
  {
    city: 'kaiyuan',
    item: 'medical-assistance-reimbursement',
    where: { zh: '第二十七项“医疗救助待遇手工零星报销”说明', en: 'Item 27 (medical assistance reimbursement), description' },
    original: '……办理手工零星报销业务。（业务的概念）',
    corrected: '……办理手工零星报销业务。',
    note: {
      zh: '“（业务的概念）”是编写时留下的栏目提示，不是正文。',
      en: '“（业务的概念）” (“definition of the service”) is an editing placeholder left in the text, not part of it.',
    },
  },
  {
    city: 'kaiyuan',
    item: 'medical-institution-designation',
    where: { zh: '第二十八项填表说明第三条', en: 'Item 28, form instructions, point 3' },
    original: '“性质”为营利或营利',
    corrected: '“性质”为营利或非营利',
    note: { zh: '两个选项重复，应为营利或非营利。', en: 'The two options repeat each other; they are for-profit or non-profit.' },
  },
  {
    city: 'kaiyuan',
    item: 'medical-institution-change',
    where: { zh: '第三十项填表说明第三条', en: 'Item 30, form instructions, point 3' },
    original: '“性质”为营利或营利',
    corrected: '“性质”为营利或非营利',
    note: { zh: '两个选项重复，应为营利或非营利。', en: 'The two options repeat each other; they are for-profit or non-profit.' },
  },
  {
    city: 'kaiyuan',
    item: 'pharmacy-change',
    where: { zh: '第三十一项填表说明第一条', en: 'Item 31, form instructions, point 1' },
    original: '二、本表用钢笔填写，要求字迹工整清楚，内容真实。',
    corrected: '一、本表用钢笔填写，要求字迹工整清楚，内容真实。',
    note: { zh: '第一条误编为“二、”，与下一条重号。', en: 'The first point is numbered “二、” (2), the same as the next point.' },
  },
  {
    city: 'kaiyuan',
    where: {
      zh: '容缺受理事项清单第9行（医疗机构申请定点协议管理）第②项',
      en: 'Documents-you-may-supply-later list, row 9 (medical institution agreement application), document (2)',
    },
    original: '《民办非企业位登记证书》',
    corrected: '《民办非企业单位登记证书》',
    note: { zh: '证书名称漏“单”字。', en: 'The certificate’s name is missing the character “单”.' },
  },
];
