import type { ServiceItemInput } from '../../schema';

// Source: shenyang-guide.txt, 合规办事业务指南 “12. 参保人员个人账户一次性支取（职工）”, printed page 33.
export default {
  id: 'employee-account-withdrawal',
  number: '12',
  category: 'enquiries-and-withdrawals',
  title: {
    zh: '参保人员个人账户一次性支取（职工）',
    en: 'One-off withdrawal of the personal account (employees)',
  },
  audience: ['employee', 'retiree'],
  description: [
    {
      zh: '参保人员出现死亡、出国定居、转出统筹外或转公费医疗等情况时，个人账户金额可以办理个人账户一次性清退。',
      en: 'When an insured person dies, settles abroad, transfers out of the Shenyang insurance area or moves to publicly funded medical care, the balance of their personal account can be paid out in one sum.',
    },
  ],
  documents: [
    {
      doc: 'account-withdrawal-form',
      text: {
        zh: '《职工基本医疗保险个人账户一次性支取申请表》',
        en: 'Application Form for One-off Withdrawal of the Employee Basic Medical Insurance Personal Account (《职工基本医疗保险个人账户一次性支取申请表》)',
      },
      source: {
        kind: 'download',
        url: 'http://ybj.shenyang.gov.cn',
        note: {
          zh: '沈阳市医疗保障局网站—办事服务—下载中心',
          en: 'Shenyang Medical Security Bureau website (沈阳市医疗保障局): Services (办事服务) → Download Centre (下载中心)',
        },
      },
    },
    {
      doc: 'recipient-id-document',
      text: {
        zh: '须出示支取人有效身份证件',
        en: 'Show the valid identity document of the person collecting the money',
      },
      source: { kind: 'applicant' },
      when: 'death',
    },
    {
      doc: 'bank-card-details',
      text: {
        zh: '须出示银行卡账户信息',
        en: 'Show the bank card account details',
      },
      source: { kind: 'applicant' },
      when: 'death',
    },
    {
      doc: 'voluntary-withdrawal-statement',
      when: 'voluntary-withdrawal',
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
      kind: 'online',
      label: { zh: '网上办', en: 'Online' },
      name: { zh: '沈阳政务服务网', en: 'Shenyang Government Services website (沈阳政务服务网)' },
      url: 'http://zwfw.shenyang.gov.cn/',
    },
  ],
  timeLimit: {
    cases: [{ limit: { kind: 'workingDays', days: 15 } }],
    source: { zh: '15个工作日', en: '15 working days' },
  },
  tips: [
    {
      zh: '为保障您便捷快速办理业务，建议您优先选择“网上办”方式。确需到医保服务大厅办理，您可先拨打咨询电话，避免业务高峰期等候，我们为您提供预约服务和延时服务，如有问题可拨打024-12345-1-7咨询投诉。',
      en: 'For quick and convenient service, we recommend applying online first. If you do need to come to a medical insurance service hall, you can phone ahead to avoid waiting at peak times; we offer appointments and extended opening hours. For questions or complaints, call 024-12345-1-7.',
    },
  ],
  phones: [{ number: '024-12345-1-7', label: { zh: '咨询投诉', en: 'Enquiries and complaints' } }],
  source: { section: '12. 参保人员个人账户一次性支取（职工）', page: 33, checked: '2026-11-23' },
} satisfies ServiceItemInput;
