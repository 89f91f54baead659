import type { ServiceItemInput } from '../../schema';

// Source: kaiyuan-guide.txt, 合规办事业务指南 “二十六、……” point 2 (printed as 26.1 and 26.2 办理路径; list sub-item 26-2 差额资助医疗救助对象参保), printed page 28.
export default {
  id: 'partial-assistance-enrolment',
  number: '26.2',
  category: 'assistance-contribution-subsidy',
  title: { zh: '差额资助医疗救助对象参保', en: 'Enrolment of medical assistance recipients with a partial subsidy' },
  audience: ['assistanceRecipient', 'resident'],
  description: [
    {
      zh: '2023年集中缴费期低保边缘户、乡村振兴局认定人员缴费端口已锁定，只需缴纳个人部分140元。',
      en: 'In the 2023 annual contribution period, for households just above the minimum living allowance line (低保边缘户) and people recognised by the Rural Revitalisation Bureau (乡村振兴局), the payment entry in the system was already locked for them; they only needed to pay their personal share of 140 yuan.',
    },
  ],
  // 办理路径 (printed as “26.2 办理路径”): 低保边缘户、乡村振兴局认定人员通过手机缴费端口或去指定银行缴纳个人支付部分即可。
  channels: [
    {
      kind: 'mobile',
      name: { zh: '手机缴费端口', en: 'Mobile payment channel (手机缴费端口)' },
      scope: {
        zh: '低保边缘户、乡村振兴局认定人员通过手机缴费端口或去指定银行缴纳个人支付部分即可。',
        en: 'Households just above the minimum living allowance line and people recognised by the Rural Revitalisation Bureau simply pay their personal share through a mobile payment channel or at a designated bank.',
      },
    },
    {
      kind: 'window',
      place: { zh: '指定银行', en: 'A designated bank' },
    },
  ],
  dated: {
    year: 2023,
    note: {
      zh: '本事项的说明针对2023年度集中缴费期，现行的资助对象、缴费金额和日期可能不同，请向医保部门确认。',
      en: 'This item describes the 2023 annual contribution period; who is subsidised, the amounts and the dates may differ now, so check with the medical insurance office.',
    },
  },
  source: { section: '二十六、符合资助条件的救助对象参加城乡居民基本医疗保险个人缴费补贴 — 2', page: 28, checked: '2026-11-30' },
} satisfies ServiceItemInput;
