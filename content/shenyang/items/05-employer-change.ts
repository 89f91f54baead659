import type { ServiceItemInput } from '../../schema';

// Source: shenyang-guide.txt, 合规办事业务指南 “5. 单位参保信息变更登记”, printed page 25.
export default {
  id: 'employer-change',
  number: '5',
  category: 'enrolment-and-changes',
  title: { zh: '单位参保信息变更登记', en: 'Change of employer insurance details' },
  audience: ['employer'],
  description: [
    {
      zh: '用人单位的社会保险登记事项发生变更，应当自变更之日起三十日内，到社会保险经办机构办理变更。',
      en: 'When an employer’s social insurance registration details change, it must register the change with the social insurance office within thirty days of the change.',
    },
  ],
  documents: [
    {
      doc: 'employer-change-form',
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
    {
      doc: 'supporting-evidence',
      text: { zh: '必要的佐证资料', en: 'The necessary supporting evidence' },
      source: { kind: 'applicant' },
      when: 'employer-key-information-change',
    },
  ],
  channels: [
    {
      kind: 'window',
      label: { zh: '窗口办', en: 'At a service window' },
      place: {
        zh: '沈阳市医疗保障事务服务中心及各分中心窗口',
        en: 'Windows of the Shenyang Medical Security Affairs Service Centre (沈阳市医疗保障事务服务中心) and of every branch centre',
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
      zh: '为保障您便捷快速办理业务，建议您优先选择“网上办”方式。确需到医保服务大厅办理，您可先拨打咨询电话，避免业务高峰期等候，我们为您提供预约服务和延时服务，如有问题可拨打024-12345-1-7咨询投诉。',
      en: 'For quick and convenient service, we recommend applying online first. If you do need to come to a medical insurance service hall, you can phone ahead to avoid waiting at peak times; we offer appointments and extended opening hours. For questions or complaints, call 024-12345-1-7.',
    },
  ],
  phones: [{ number: '024-12345-1-7', label: { zh: '咨询投诉', en: 'Enquiries and complaints' } }],
  source: { section: '5. 单位参保信息变更登记', page: 25, checked: '2026-11-23' },
} satisfies ServiceItemInput;
