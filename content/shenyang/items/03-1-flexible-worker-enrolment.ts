import type { ServiceItemInput } from '../../schema';

// Source: shenyang-guide.txt, 合规办事业务指南 “3.1 灵活就业人员参保登记-参保登记”, printed page 14 (group 3).
export default {
  id: 'flexible-worker-enrolment',
  number: '3.1',
  category: 'enrolment-and-changes',
  title: {
    zh: '灵活就业人员参保登记-参保登记',
    en: 'Enrolment of flexible employment workers: enrolment',
  },
  audience: ['flexibleWorker'],
  description: [
    {
      zh: '具有本市户籍或取得本市居住证的非本市户籍人员，具备下列条件之一，可以灵活就业身份参加我市职工基本医疗保险。',
      en: 'People with local household registration in Shenyang, or with non-local household registration and a Shenyang residence permit (居住证), may join Shenyang’s employee basic medical insurance as flexible employment workers if they meet one of the following conditions.',
    },
    {
      zh: '①灵活就业人员。包括无雇工的个体工商户，未在用人单位参加职工基本医疗保险的非全日制从业人员以及其他灵活就业人员。',
      en: '① Flexible employment workers: self-employed business owners with no employees, part-time workers not enrolled in employee basic medical insurance through an employer, and other flexible employment workers.',
    },
    {
      zh: '②未达到病退年龄的因病、非因公致残，并经市以上劳动鉴定机构鉴定为完全丧失劳动能力的退职人员。',
      en: '② People who have left work (退职人员) because of illness or a disability not caused at work, who are below the age for retirement on medical grounds, and who have been assessed by a labour assessment body at city level or above as completely unable to work.',
    },
    {
      zh: '③依据相关规定可以灵活就业人员身份参保的其他人员。',
      en: '③ Other people who may enrol as flexible employment workers under the relevant rules.',
    },
  ],
  documents: [
    {
      doc: 'id-card',
      text: { zh: '本人身份证', en: 'Your own ID card' },
      source: { kind: 'applicantOrSharedData' },
    },
    {
      doc: 'hukou-booklet',
      source: { kind: 'applicantOrSharedData' },
      when: 'local-hukou',
    },
    {
      doc: 'residence-permit',
      source: { kind: 'applicantOrSharedData' },
      when: { not: 'local-hukou' },
    },
    // 代办需提供代办人有效身份证件（资料来源：申报人）
    { doc: 'proxy-id-document', source: { kind: 'applicant' }, when: 'proxy' },
  ],
  channels: [
    {
      kind: 'window',
      label: { zh: '线下办', en: 'In person' },
      place: {
        zh: '公共业务服务部及各分中心综合窗口',
        en: 'General service windows of the Public Business Service Department (公共业务服务部) and of every branch centre',
      },
    },
    { kind: 'kiosk', label: { zh: '线下办', en: 'In person' } },
    {
      kind: 'mobile',
      label: { zh: '掌上办', en: 'On a mobile phone' },
      platform: 'app',
      name: { zh: '沈阳智慧医保APP', en: 'Shenyang Smart Medical Insurance app (沈阳智慧医保)' },
      steps: [
        { zh: '主页', en: 'Home (主页)' },
        { zh: '个体居民', en: 'Individual residents (个体居民)' },
        { zh: '灵活就业人员参保登记', en: 'Flexible employment worker enrolment (灵活就业人员参保登记)' },
      ],
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
    source: { zh: '即时办结（不含网办）', en: 'Done on the spot (not for online applications)' },
  },
  tips: [
    {
      zh: '为保障您便捷快速办理灵活就业人员参保登记，建议您优先选择“网上办”方式。确需到医保服务大厅办理，您可先拨打咨询电话，避免业务高峰期等候，我们为您提供预约服务和延时服务，如有问题可拨打024-12345-1-7咨询投诉。',
      en: 'For quick and convenient enrolment as a flexible employment worker, we recommend applying online first. If you do need to come to a medical insurance service hall, you can phone ahead to avoid waiting at peak times; we offer appointments and extended opening hours. For questions or complaints, call 024-12345-1-7.',
    },
  ],
  phones: [{ number: '024-12345-1-7', label: { zh: '咨询投诉', en: 'Enquiries and complaints' } }],
  source: { section: '3.1 灵活就业人员参保登记-参保登记', page: 14, checked: '2026-11-23' },
} satisfies ServiceItemInput;
