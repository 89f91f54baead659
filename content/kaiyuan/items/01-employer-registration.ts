import type { ServiceItemInput } from '../../schema';

// Source: kaiyuan-guide.txt, 合规办事业务指南 “一、单位参保和变更登记”, printed page 8.
export default {
  id: 'employer-registration',
  number: '1',
  category: 'employer-registration',
  title: { zh: '单位参保和变更登记', en: 'Employer enrolment and change registration' },
  audience: ['employer'],
  description: [
    {
      zh: '医保经办机构按照属地原则为用人单位办理职工基本医疗保险参保登记。单位参保登记包括单位新参保、合并、分户、注销、缴费状态变更等相关内容。新成立用人单位（机关、事业单位、企业、民办非企业单位、个体经济组织以及其他社会组织）自设立之日起30日内，申请办理基本医疗保险、大额补充医疗保险单位参保登记。',
      en: 'The medical insurance office enrols employers in employee basic medical insurance where they are located. Employer registration covers new enrolment, mergers, splitting accounts, deregistration, changes of contribution status and other related matters. A newly founded employer (government body, public institution, enterprise, private non-enterprise unit, individual business or other social organisation) applies for employer enrolment in basic medical insurance and supplementary large-amount medical insurance within 30 days of being founded.',
    },
  ],
  documents: [
    {
      doc: 'employer-enrolment-form',
      text: {
        zh: '《基本医疗保险单位参保信息登记表》',
        en: 'Basic Medical Insurance Employer Enrolment Form (《基本医疗保险单位参保信息登记表》)',
      },
      sealed: true,
    },
    {
      doc: 'unified-social-credit-code-certificate',
      text: { zh: '统一社会信用代码证书', en: 'Unified social credit code certificate' },
      form: 'originalOrCopy',
    },
    {
      doc: 'approval-documents',
      text: {
        zh: '相关部门出具的单位批准成立、合并、分户、注销、缴费状态变更等证明材料',
        en: 'Proof issued by the relevant authority of the employer’s founding, merger, split, deregistration, change of contribution status, etc.',
      },
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
    cases: [{ limit: { kind: 'workingDays', days: 5 } }],
    source: { zh: '5个工作日内办结', en: 'Completed within 5 working days' },
  },
  source: { section: '一、单位参保和变更登记', page: 8, checked: '2026-11-30' },
} satisfies ServiceItemInput;
