import type { z } from 'zod';
import type { ErratumSchema } from '@/lib/content/schema';

/** Evident slips in the Shenyang guide and what the site shows instead; no requirement is changed. */
export const errata: z.input<typeof ErratumSchema>[] = [
  {
    city: 'shenyang',
    item: 'flexible-worker-suspension',
    where: {
      zh: '3.2 灵活就业人员参保登记-暂停参保，3.2.4 温馨提示',
      en: 'Item 3.2 (flexible employment workers: suspending insurance), tips (3.2.4)',
    },
    original: '您先拨打咨询电话',
    corrected: '您可先拨打咨询电话',
    note: {
      zh: '漏字：其他事项的同一段提示均为“您可先拨打咨询电话”。',
      en: 'Missing word: in the other items the same tip reads 您可先拨打咨询电话 (“you can phone ahead first”).',
    },
  },
  {
    city: 'shenyang',
    item: 'employee-change',
    where: {
      zh: '6. 职工参保信息变更登记，6.4 温馨提示',
      en: 'Item 6 (change of employee insurance details), tips (6.4)',
    },
    original: '您先拨打咨询电话',
    corrected: '您可先拨打咨询电话',
    note: {
      zh: '漏字：其他事项的同一段提示均为“您可先拨打咨询电话”。',
      en: 'Missing word: in the other items the same tip reads 您可先拨打咨询电话 (“you can phone ahead first”).',
    },
  },
  {
    city: 'shenyang',
    item: 'employer-records-enquiry',
    where: {
      zh: '10. 参保单位参保信息查询，10.4 温馨提示',
      en: 'Item 10 (employer insurance records enquiry), tips (10.4)',
    },
    original: '您先拨打咨询电话',
    corrected: '您可先拨打咨询电话',
    note: {
      zh: '漏字：其他事项的同一段提示均为“您可先拨打咨询电话”。',
      en: 'Missing word: in the other items the same tip reads 您可先拨打咨询电话 (“you can phone ahead first”).',
    },
  },
  {
    city: 'shenyang',
    item: 'personal-records-enquiry',
    where: {
      zh: '11. 参保人员参保信息查询，11.4 温馨提示',
      en: 'Item 11 (insured person’s records enquiry), tips (11.4)',
    },
    original: '您先拨打咨询电话',
    corrected: '您可先拨打咨询电话',
    note: {
      zh: '漏字：其他事项的同一段提示均为“您可先拨打咨询电话”。',
      en: 'Missing word: in the other items the same tip reads 您可先拨打咨询电话 (“you can phone ahead first”).',
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
