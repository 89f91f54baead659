import type { z } from 'zod';
import type { ErratumSchema } from '../schema';

/** Evident slips in the Shenyang guide and what the site shows instead; no requirement is changed. */
export const errata: z.input<typeof ErratumSchema>[] = [
  {
    city: 'shenyang',
    item: 'long-term-residence-registration',
    where: {
      zh: '16. 异地长期居住人员备案，说明中的“注”',
      en: 'Item 16 (registration of people living long-term in another city), note in the description',
    },
    original: '中小學生',
    corrected: '中小学生',
    note: {
      zh: '简体文本中混入繁体字“學”。',
      en: 'A traditional character (學) appears in the simplified-Chinese text; the site shows the simplified 学.',
    },
  },
  {
    city: 'shenyang',
    item: 'flexible-worker-retirement',
    where: {
      zh: '3.4 灵活就业人员参保登记-在职转退休，3.4.4 温馨提示',
      en: 'Item 3.4 (flexible employment workers: switching to retired status), tips (3.4.4)',
    },
    original: '灵活就业人员灵活就业人员在职转退休业务',
    corrected: '灵活就业人员在职转退休业务',
    note: {
      zh: '重复字：“灵活就业人员”印了两次。',
      en: 'Doubled words: 灵活就业人员 (“flexible employment workers”) is printed twice.',
    },
  },
  {
    city: 'shenyang',
    item: 'employer-registration',
    where: {
      zh: '1. 单位参保登记，1.1 需提供要件①资料来源',
      en: 'Item 1 (employer enrolment), documents (1.1) ①, source of the form',
    },
    original: '中一办事服务一下载中心',
    corrected: '—办事服务—下载中心',
    note: {
      zh: '排版错误：菜单路径中的破折号“—”被印成汉字“一”（第5项正确印作“中—办事服务—下载中心”）。',
      en: 'Typesetting slip: the dash (—) in the menu path is printed as the character 一 (“one”); item 5 prints it correctly (中—办事服务—下载中心).',
    },
  },
  {
    city: 'shenyang',
    item: 'employee-registration',
    where: {
      zh: '2. 职工参保登记，2.1 需提供要件①资料来源',
      en: 'Item 2 (employee enrolment), documents (2.1) ①, source of the form',
    },
    original: '中一办事服务—下载中心',
    corrected: '—办事服务—下载中心',
    note: {
      zh: '排版错误：菜单路径中的破折号“—”被印成汉字“一”（第5项正确印作“中—办事服务—下载中心”）。',
      en: 'Typesetting slip: the dash (—) in the menu path is printed as the character 一 (“one”); item 5 prints it correctly (中—办事服务—下载中心).',
    },
  },
  {
    city: 'shenyang',
    item: 'employee-change',
    where: {
      zh: '6. 职工参保信息变更登记，6.1 需提供要件①资料来源',
      en: 'Item 6 (change of employee insurance details), documents (6.1) ①, source of the form',
    },
    original: '中一办事服务一下载中心',
    corrected: '—办事服务—下载中心',
    note: {
      zh: '排版错误：菜单路径中的破折号“—”被印成汉字“一”（第5项正确印作“中—办事服务—下载中心”）。',
      en: 'Typesetting slip: the dash (—) in the menu path is printed as the character 一 (“one”); item 5 prints it correctly (中—办事服务—下载中心).',
    },
  },
  {
    city: 'shenyang',
    item: 'employee-account-withdrawal',
    where: {
      zh: '12. 参保人员个人账户一次性支取（职工），12.1 需提供要件①资料来源',
      en: 'Item 12 (one-off withdrawal of the personal account, employees), documents (12.1) ①, source of the form',
    },
    original: '中一办事服务一下载中心',
    corrected: '—办事服务—下载中心',
    note: {
      zh: '排版错误：菜单路径中的破折号“—”被印成汉字“一”（第5项正确印作“中—办事服务—下载中心”）。',
      en: 'Typesetting slip: the dash (—) in the menu path is printed as the character 一 (“one”); item 5 prints it correctly (中—办事服务—下载中心).',
    },
  },
  {
    city: 'shenyang',
    item: 'insurance-transfer',
    where: {
      zh: '15. 转移接续手续办理，15.1 需提供要件②转出、转入申请表资料来源',
      en: 'Item 15 (transfer and continuation), documents (15.1) ②, source of the transfer-out and transfer-in forms',
    },
    original: '中一办事服务—下载中心',
    corrected: '—办事服务—下载中心',
    note: {
      zh: '排版错误：菜单路径中的破折号“—”被印成汉字“一”（第5项正确印作“中—办事服务—下载中心”）。',
      en: 'Typesetting slip: the dash (—) in the menu path is printed as the character 一 (“one”); item 5 prints it correctly (中—办事服务—下载中心).',
    },
  },
];
