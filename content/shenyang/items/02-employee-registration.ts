import type { ServiceItemInput } from '../../schema';

// Source: shenyang-guide.txt, 合规办事业务指南 “2. 职工参保登记”, printed page 12.
export default {
  id: 'employee-registration',
  number: '2',
  category: 'enrolment-and-changes',
  title: { zh: '职工参保登记', en: 'Employee enrolment' },
  audience: ['employer', 'employee', 'retiree'],
  description: [
    {
      zh: '用人单位应当自用工之日起三十日内为其职工向社会保险经办机构申请办理社会保险登记。',
      en: 'An employer must apply to the social insurance office to register its employees for social insurance within thirty days of taking them on.',
    },
  ],
  documents: [
    {
      doc: 'employee-enrolment-form',
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
      id: 'add',
      title: { zh: '增加', en: 'Adding an employee' },
      description: {
        zh: '用人单位依据相关法律规定，据实申报与其建立劳动关系人员的参保信息。',
        en: 'Under the relevant laws, the employer truthfully reports the insurance details of the people it has taken on under an employment relationship.',
      },
      documents: [
        {
          doc: 'hk-macao-mainland-travel-permit',
          anyOf: ['hk-macao-mainland-travel-permit', 'hmt-residence-permit'],
          text: {
            zh: '港澳居民来往内地通行证或港澳台居民居住证',
            en: 'Mainland Travel Permit for Hong Kong and Macao Residents (港澳居民来往内地通行证), or Residence Permit for Hong Kong, Macao and Taiwan Residents (港澳台居民居住证)',
          },
          source: { kind: 'applicant' },
          when: 'hk-macao-taiwan',
        },
        {
          doc: 'employment-relationship-proof',
          source: { kind: 'applicant' },
          when: 'hk-macao-taiwan',
        },
        {
          doc: 'foreigner-work-and-residence-permits',
          anyOf: ['foreigner-work-and-residence-permits', 'foreign-permanent-residence-card'],
          text: {
            zh: '外国人就业证件及居留证件，或外国人永久居留证',
            en: 'Foreigner’s work permit together with the foreigner’s residence permit (外国人就业证件及居留证件), or the Foreign Permanent Resident ID Card (外国人永久居留证)',
          },
          source: { kind: 'applicant' },
          when: 'foreigner',
        },
      ],
    },
    {
      id: 'suspend',
      title: { zh: '暂停', en: 'Suspending' },
      description: {
        zh: '用人单位依据相关法律规定，据实申报与其解除和终止劳动关系人员的停保信息。',
        en: 'Under the relevant laws, the employer truthfully reports the suspension of insurance for people whose employment relationship with it has been dissolved or has ended.',
      },
      documents: [],
    },
    {
      id: 'end',
      title: { zh: '终止', en: 'Ending' },
      description: {
        zh: '参保人员因死亡、转出统筹外等原因终止缴纳基本医疗保险；或被判无期徒刑、死缓和死刑终止其医疗保险关系的，用人单位需据实办理人员终止参保业务。',
        en: 'When an insured person stops paying into basic medical insurance because of death, transfer out of the Shenyang insurance area or similar reasons, or their medical insurance ends because they have been sentenced to life imprisonment, death with reprieve or death, the employer must truthfully process the end of their insurance.',
      },
      documents: [
        {
          doc: 'passport',
          anyOf: ['passport', 'overseas-permanent-residence-permit'],
          text: {
            zh: '护照或永久居留证',
            en: 'Passport or permanent residence permit (永久居留证)',
          },
          source: { kind: 'applicant' },
          when: 'emigration',
        },
        {
          doc: 'death-certificate',
          anyOf: ['death-certificate', 'letter-of-commitment'],
          text: {
            zh: '《死亡证明》或《承诺书》',
            en: 'Death certificate (《死亡证明》) or letter of commitment (《承诺书》)',
          },
          source: { kind: 'applicant' },
          when: 'death',
          notes: {
            zh: '通过数据共享无法查询死亡信息的需提供。',
            en: 'Needed when the death cannot be found through shared government data.',
          },
        },
      ],
    },
    {
      id: 'retirement',
      title: { zh: '在职转退休', en: 'Switching from working to retired status' },
      description: {
        zh: '参加职工基本医疗保险的人员达到法定退休年龄，审批退休后，单位经办人为其办理在职转退休业务，其基本医疗保险最低缴费年限和实际缴费年限需满足我市医疗保险最低缴费年限要求，自办理完业务的次月起享受退休人员医疗保险待遇。',
        en: 'When a person in employee medical insurance reaches the statutory retirement age and their retirement has been approved, the employer’s administrator switches them from working to retired status. Their minimum and actual years of basic medical insurance contributions must meet Shenyang’s minimum contribution period. They receive retirees’ medical insurance benefits from the month after the switch is completed.',
      },
      documents: [
        {
          doc: 'retirement-approval-form',
          text: {
            zh: '《沈阳市城镇从业人员退休（职工）审核表》或《辽宁省企业职工养老保险参保人员退休（职）表》、《辽宁省城镇企业职工退休待遇核定表》或其他退休审批材料',
            en: 'Shenyang Urban Workers’ Retirement Review Form (《沈阳市城镇从业人员退休（职工）审核表》) or Liaoning Enterprise Employees’ Pension Insurance Retirement Form (《辽宁省企业职工养老保险参保人员退休（职）表》), Liaoning Urban Enterprise Employees’ Retirement Benefit Approval Form (《辽宁省城镇企业职工退休待遇核定表》), or other retirement approval documents',
          },
          source: { kind: 'applicant' },
        },
      ],
    },
  ],
  documentNotes: [
    {
      zh: '个人出现国家规定的停止享受医保待遇的情形后，待遇享受人员或者其亲属应当自相关情形发生之日起20个工作日内告知医保经办机构，无法通过数据共享获取相关证明的需提供相应的佐证资料。',
      en: 'When a person falls into a case in which national rules stop their medical insurance benefits, the person or their relatives must inform the medical insurance office within 20 working days of the date it arises. If the relevant proof cannot be obtained through shared government data, supporting evidence must be provided.',
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
    source: { zh: '即时办结（不含网厅办理）', en: 'Done on the spot (not for applications through the online service hall)' },
  },
  tips: [
    {
      zh: '为保障您便捷快速办理业务，建议您优先选择“网上办”方式。确需到医保服务大厅办理，您可先拨打咨询电话，避免业务高峰期等候，我们为您提供预约服务和延时服务，如有问题可拨打024-12345-1-7咨询投诉。',
      en: 'For quick and convenient service, we recommend applying online first. If you do need to come to a medical insurance service hall, you can phone ahead to avoid waiting at peak times; we offer appointments and extended opening hours. For questions or complaints, call 024-12345-1-7.',
    },
  ],
  phones: [{ number: '024-12345-1-7', label: { zh: '咨询投诉', en: 'Enquiries and complaints' } }],
  source: { section: '2. 职工参保登记', page: 12, checked: '2026-11-23' },
} satisfies ServiceItemInput;
