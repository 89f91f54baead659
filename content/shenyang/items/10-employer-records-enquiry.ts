import type { ServiceItemInput } from '../../schema';

// Source: shenyang-guide.txt, 合规办事业务指南 “10. 参保单位参保信息查询”, printed page 31.
export default {
  id: 'employer-records-enquiry',
  number: '10',
  category: 'enquiries-and-withdrawals',
  title: { zh: '参保单位参保信息查询', en: 'Employer insurance records enquiry' },
  audience: ['employer'],
  description: [
    {
      zh: '参保单位可查询单位基本信息、单位参保信息、单位职工信息。',
      en: 'An insured employer can look up its basic details, its insurance details and the details of its employees.',
    },
  ],
  documents: [
    {
      doc: 'employer-proof-document',
      text: { zh: '单位有效证明文件', en: 'Valid proof of the employer’s identity' },
      source: { kind: 'applicant' },
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
    cases: [{ limit: { kind: 'immediate' } }],
    source: { zh: '即时办结', en: 'Done on the spot' },
  },
  tips: [
    {
      zh: '为保障您便捷快速办理业务，建议您优先选择“网上办”方式。确需到医保服务大厅办理，您先拨打咨询电话，避免业务高峰期等候，我们为您提供预约服务和延时服务，如有问题可拨打024-12345-1-7咨询投诉。',
      en: 'For quick and convenient service, we recommend applying online first. If you do need to come to a medical insurance service hall, phone ahead first to avoid waiting at peak times; we offer appointments and extended opening hours. For questions or complaints, call 024-12345-1-7.',
    },
  ],
  phones: [{ number: '024-12345-1-7', label: { zh: '咨询投诉', en: 'Enquiries and complaints' } }],
  source: { section: '10. 参保单位参保信息查询', page: 31, checked: '2026-11-23' },
} satisfies ServiceItemInput;
