import type { ServiceItemInput } from '../../schema';

// Source: shenyang-guide.txt, 合规办事业务指南 “1. 单位参保登记”, printed page 11.
export default {
  id: 'employer-registration',
  number: '1',
  category: 'enrolment-and-changes',
  title: { zh: '单位参保登记', en: 'Employer enrolment' },
  audience: ['employer'],
  documents: [
    {
      doc: 'employer-enrolment-form',
      sealed: true,
      source: {
        kind: 'download',
        url: 'http://ybj.shenyang.gov.cn',
        note: {
          zh: '沈阳市医疗保障局网站—办事服务—下载中心',
          en: 'Shenyang Medical Security Bureau website (沈阳市医疗保障局): Services (办事服务) → Download Centre (下载中心)',
        },
      },
    },
  ],
  scenarios: [
    {
      id: 'new-account',
      title: { zh: '新开户', en: 'New account' },
      description: {
        zh: '用人单位已获取营业执照或其他单位登记证书，并已经拥有统一社会信用代码后，首次发生用工行为起30日内，依法及时至医疗保险经办机构办理单位参保登记手续。',
        en: 'Once an employer has a business licence or other registration certificate and a unified social credit code, it must register with the medical insurance office within 30 days of first taking on staff, as the law requires.',
      },
      documents: [
        {
          doc: 'unified-social-credit-code-certificate',
          anyOf: ['unified-social-credit-code-certificate', 'founding-approval-document'],
          text: {
            zh: '统一社会信用代码证书或单位批准成立的文件（含电子营业执照）',
            en: 'Unified social credit code certificate, or the document approving the employer’s founding (an electronic business licence is accepted)',
          },
          source: { kind: 'applicant', note: { zh: '办理单位', en: 'the applying employer' } },
        },
      ],
    },
    {
      id: 'deregistration',
      title: { zh: '注销', en: 'Deregistration' },
      description: {
        zh: '参保单位因证照注销、被相关部门吊销或宣布终止的，应当自上述变动发生之日起三十日内，向医疗保险经办机构申请办理单位注销业务。',
        en: 'When an insured employer’s licence is cancelled, revoked by the authorities, or the employer is declared terminated, it must apply to the medical insurance office for deregistration within thirty days of that change.',
      },
      documents: [
        {
          doc: 'deregistration-approval-document',
          text: { zh: '单位批准注销的书面资料', en: 'Written approval of the employer’s deregistration' },
          source: { kind: 'applicant', note: { zh: '办理单位', en: 'the applying employer' } },
        },
      ],
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
    cases: [{ limit: { kind: 'workingDays', days: 5 } }],
    source: { zh: '5个工作日', en: '5 working days' },
  },
  tips: [
    {
      zh: '为保障您便捷快速办理业务，建议您优先选择“网上办”方式。确需到医保服务大厅办理，您可先拨打咨询电话，避免业务高峰期等候，我们为您提供预约服务和延时服务，如有问题可拨打024-12345-1-7咨询投诉。',
      en: 'For quick and convenient service, we recommend applying online first. If you do need to come to a medical insurance service hall, you can phone ahead to avoid waiting at peak times; we offer appointments and extended opening hours. For questions or complaints, call 024-12345-1-7.',
    },
  ],
  phones: [{ number: '024-12345-1-7', label: { zh: '咨询投诉', en: 'Enquiries and complaints' } }],
  source: { section: '1. 单位参保登记', page: 11, checked: '2026-11-23' },
} satisfies ServiceItemInput;
