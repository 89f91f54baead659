import type { ServiceItemInput } from '../../schema';

// Source: shenyang-guide.txt, 合规办事业务指南 “6. 职工参保信息变更登记”, printed page 26.
export default {
  id: 'employee-change',
  number: '6',
  category: 'enrolment-and-changes',
  title: { zh: '职工参保信息变更登记', en: 'Change of employee insurance details' },
  audience: ['employer', 'employee'],
  description: [
    {
      zh: '用人单位职工因本人参保信息发生变化，申请办理参保信息变更登记。',
      en: 'An employee whose own insurance details have changed applies to register the change.',
    },
    {
      zh: '职工参保信息变更包括重要信息变更和一般信息变更。',
      en: 'Changes to an employee’s insurance details are either changes of key information or changes of general information.',
    },
    {
      zh: '重要信息变更包括姓名、性别、民族、证件类型及号码、出生日期、首次参加工作日期等信息变更。',
      en: 'Key information includes name, gender, ethnicity, identity document type and number, date of birth and the date of first starting work.',
    },
    {
      zh: '一般信息变更包括政治面貌、婚姻状态、健康状况、行政职务、毕业院校、专业技术职务等级、国家职业资格等级、户口簿编号、联系信息和银行信息等。',
      en: 'General information includes political affiliation, marital status, state of health, administrative post, school or university graduated from, professional and technical title, national vocational qualification level, household register number, contact details and bank details.',
    },
  ],
  documents: [
    {
      doc: 'employee-change-form',
      text: {
        zh: '《基本医疗保险职工参保信息变更登记表》',
        en: 'Basic Medical Insurance Employee Information Change Form (《基本医疗保险职工参保信息变更登记表》)',
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
      doc: 'id-document',
      text: { zh: '有效身份证件', en: 'Valid identity document' },
      source: { kind: 'applicant' },
    },
    {
      doc: 'supporting-evidence',
      text: { zh: '必要佐证材料', en: 'The necessary supporting evidence' },
      when: 'employee-key-information-change',
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
      scope: { zh: '一般信息维护、重要信息维护', en: 'Updating general and key information' },
    },
    {
      kind: 'online',
      label: { zh: '网上办', en: 'Online' },
      name: { zh: '沈阳政务服务网', en: 'Shenyang Government Services website (沈阳政务服务网)' },
      url: 'http://zwfw.shenyang.gov.cn/',
      scope: { zh: '一般信息维护', en: 'Updating general information only' },
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
  source: { section: '6. 职工参保信息变更登记', page: 26, checked: '2026-11-23' },
} satisfies ServiceItemInput;
