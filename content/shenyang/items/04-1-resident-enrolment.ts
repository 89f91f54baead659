import type { ServiceItemInput } from '../../schema';

// Source: shenyang-guide.txt, 合规办事业务指南 “4.1 城乡居民参保登记-参保登记”, printed page 21 (group 4).
export default {
  id: 'resident-enrolment',
  number: '4.1',
  category: 'enrolment-and-changes',
  title: {
    zh: '城乡居民参保登记-参保登记',
    en: 'Enrolment of urban and rural residents: enrolment',
  },
  audience: ['resident'],
  description: [
    {
      zh: '具备下列条件的人员，可以参加我市城乡居民基本医疗保险：',
      en: 'The following people can join Shenyang’s urban and rural residents’ basic medical insurance:',
    },
    {
      zh: '①年满18周岁，具有本市户籍的城乡非从业居民；年满18周岁，取得本市居住证的非本市户籍常住居民且未在原籍参加医疗保险的城乡居民；',
      en: '① Urban and rural residents aged 18 or over with local household registration who are not in work; urban and rural residents aged 18 or over with non-local household registration who live in Shenyang, hold a Shenyang residence permit (居住证) and are not enrolled in medical insurance in their home area;',
    },
    {
      zh: '②本市范围内的全日制中等专业学校、技工学校、职业高中、普通高中、初中、小学的在校学生；驻沈各类全日制高校的全日制本专科生、研究生；',
      en: '② Pupils and students at full-time secondary vocational schools, technical schools, vocational high schools, general high schools, junior high schools and primary schools in Shenyang; full-time undergraduate, junior college and postgraduate students at full-time universities and colleges in Shenyang;',
    },
    {
      zh: '③具有本市户籍的未满18周岁的非在校居民；持有我市居住证、且在沈阳辖区内按规定参加医疗保险累计一年以上的外地户籍来沈务工人员（含现役军人）的非在校未满18周岁子女；',
      en: '③ Residents under 18 with local household registration who are not in school; children under 18 not in school whose parent has non-local household registration, works in Shenyang (including serving military personnel), holds a Shenyang residence permit (居住证) and has been enrolled in medical insurance in Shenyang as required for a total of one year or more;',
    },
    {
      zh: '④持有我市居住证（或来往通行证）的未就业的港澳台人员；持有中华人民共和国外国人永久居留身份证，并提供境外人员在沈临时住宿证明的外籍人员。',
      en: '④ People from Hong Kong, Macao or Taiwan who are not in work and hold a Shenyang residence permit (居住证) or a travel permit (来往通行证); foreign nationals who hold a People’s Republic of China Foreign Permanent Resident ID Card and provide a certificate of temporary accommodation in Shenyang for people from outside China (境外人员在沈临时住宿证明).',
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
      kind: 'agent',
      label: { zh: '线下办', en: 'In person' },
      place: { zh: '社区、学校等代办机构', en: 'Agents such as residents’ committees (社区) and schools' },
      scope: { zh: '学生及特殊群体需到代办单位办理。', en: 'Students and special groups must apply through an agent.' },
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
        { zh: '居民参保核定', en: 'Resident enrolment assessment (居民参保核定)' },
      ],
      scope: {
        zh: '网办渠道限符合网办条件的普通人群办理。',
        en: 'Online channels are only for ordinary applicants who meet the conditions for applying online.',
      },
    },
    {
      kind: 'mobile',
      label: { zh: '掌上办', en: 'On a mobile phone' },
      platform: 'wechat',
      name: { zh: '沈阳智慧医保微信公众号', en: 'Shenyang Smart Medical Insurance WeChat official account (沈阳智慧医保微信公众号)' },
      steps: [
        { zh: '医保业务', en: 'Medical insurance services (医保业务)' },
        { zh: '个体居民', en: 'Individual residents (个体居民)' },
        { zh: '居民参保核定', en: 'Resident enrolment assessment (居民参保核定)' },
      ],
      scope: {
        zh: '网办渠道限符合网办条件的普通人群办理。',
        en: 'Online channels are only for ordinary applicants who meet the conditions for applying online.',
      },
    },
    {
      kind: 'online',
      label: { zh: '网上办', en: 'Online' },
      name: { zh: '沈阳政务服务网', en: 'Shenyang Government Services website (沈阳政务服务网)' },
      url: 'http://zwfw.shenyang.gov.cn/',
      scope: {
        zh: '网办渠道限符合网办条件的普通人群办理。',
        en: 'Online channels are only for ordinary applicants who meet the conditions for applying online.',
      },
    },
  ],
  timeLimit: {
    cases: [{ limit: { kind: 'immediate' } }],
    source: { zh: '即时办结', en: 'Done on the spot' },
  },
  tips: [
    {
      zh: '网办渠道限符合网办条件的普通人群办理。学生及特殊群体需到代办单位办理。为保障您便捷快速办理城乡居民参保登记，建议您根据实际情况选择办理路径。如有问题可拨打024-12345-1-7进行咨询投诉。',
      en: 'Online channels are only for ordinary applicants who meet the conditions for applying online. Students and special groups must apply through an agent. For quick and convenient enrolment in residents’ medical insurance, choose the way to apply that suits your situation. For questions or complaints, call 024-12345-1-7.',
    },
  ],
  phones: [{ number: '024-12345-1-7', label: { zh: '咨询投诉', en: 'Enquiries and complaints' } }],
  source: { section: '4.1 城乡居民参保登记-参保登记', page: 21, checked: '2026-11-23' },
} satisfies ServiceItemInput;
