import type { ServiceItemInput } from '../../schema';

// Source: kaiyuan-guide.txt, 合规办事业务指南 “四、单位参保信息变更登记”, printed page 11.
export default {
  id: 'employer-information-change',
  number: '4',
  category: 'employer-information-change',
  title: { zh: '单位参保信息变更登记', en: 'Change of employer enrolment information' },
  audience: ['employer'],
  description: [
    {
      zh: '单位参保信息变更包括单位名称、类型等单位基本信息，联系人姓名及电话、地址、所属行政区等单位联系信息，法定代表人姓名及其证件类型、证件号码等单位注册信息，开户银行信息等单位银行信息变更。用人单位的基本医疗保险登记事项发生变更，应当自变更或者终止之日起三十日内，到医疗保障经办机构申请办理单位参保信息变更登记。',
      en: "Changes of employer enrolment information cover the employer's basic information (such as name and type), contact information (such as the contact person's name and phone number, address, administrative district), registration information (such as the legal representative's name, type and number of identity document) and bank information (such as the bank where the account is held). When any item of an employer's basic medical insurance registration changes, the employer applies to the medical insurance office for a change of registration within thirty days of the change or ending.",
    },
  ],
  documents: [
    {
      doc: 'employer-change-form',
      text: {
        zh: '《基本医疗保险参保单位信息变更登记表》（表3）',
        en: 'Basic Medical Insurance Employer Information Change Form (《基本医疗保险参保单位信息变更登记表》, form 3)',
      },
      sealed: true,
    },
    {
      doc: 'change-supporting-materials',
      text: { zh: '单位信息变更对应辅助材料', en: 'Supporting documents for the information being changed' },
    },
  ],
  channels: [
    {
      kind: 'window',
      label: { zh: '窗口办', en: 'At a service window' },
      office: 'service-centre',
      place: {
        zh: '开原市医疗保障事务服务中心一楼15号窗口',
        en: 'Kaiyuan Medical Security Affairs Service Centre (开原市医疗保障事务服务中心), 1st floor, window 15',
      },
      windows: ['15'],
    },
    {
      kind: 'online',
      label: { zh: '网上办', en: 'Online' },
      name: { zh: '国家医疗保障公共服务平台', en: 'National Medical Security Public Service Platform (国家医疗保障公共服务平台)' },
      url: 'http://wt.tlyb.vip/hallEnter/#/',
    },
  ],
  timeLimit: {
    cases: [{ limit: { kind: 'immediate' } }],
    source: { zh: '即时办结', en: 'Done on the spot' },
  },
  source: { section: '四、单位参保信息变更登记', page: 11, checked: '2026-11-30' },
} satisfies ServiceItemInput;
