import type { ServiceItemInput } from '../../schema';

// Source: shenyang-guide.txt, 合规办事业务指南 “16. 异地长期居住人员备案”, printed page 38.
export default {
  id: 'long-term-residence-registration',
  number: '16',
  category: 'treatment-elsewhere',
  title: { zh: '异地长期居住人员备案', en: 'Registration of people living long-term in another city' },
  audience: ['employee', 'flexibleWorker', 'resident', 'retiree'],
  description: [
    {
      zh: '异地长期居住人员指长期在我市以外工作、居住、生活的人员。包括原异地安置退休人员、异地长期居住人员、常驻异地工作人员，以上人员须满足在备案地居住六个月以上，且本人有异地长期居住要件或未成年人投奔异地监护人，监护人有异地长期居住要件。',
      en: 'People living long-term in another city are people who work, live and spend their lives outside Shenyang for a long time. They include those formerly classed as retirees resettled in another city, people living long-term in another city and people posted to work in another city. They must have lived in the place where they register for six months or more, and either have proof of long-term residence there themselves, or be a minor joining a guardian there who has such proof.',
    },
    {
      zh: '注：未成年人指我市参保身份类型为“未成年人”及“中小学生”的参保人员。监护人指未成年人的父母，如父母死亡或者无监护能力的，按下列顺序由以下人员担任：祖父母、外祖父母。',
      en: 'Note: minors are people insured in Shenyang under the insurance type “minor” (未成年人) or “primary and secondary school pupil” (中小学生). A guardian is a minor’s parent; if the parents have died or cannot act as guardians, guardianship falls, in the following order, to: paternal and maternal grandparents (祖父母、外祖父母).',
    },
  ],
  scenarios: [
    {
      id: 'app-commitment',
      title: { zh: '掌上办（承诺制）', en: 'On a mobile phone (on commitment)' },
      description: {
        zh: '采用承诺制办理，无需提供要件。',
        en: 'Registration is made on your commitment; no documents are needed.',
      },
      documents: [],
    },
    {
      id: 'window-commitment',
      title: { zh: '窗口办：采用承诺制办理方式', en: 'At a service window, on commitment' },
      description: {
        zh: '填写承诺书代替异地长期居住材料。',
        en: 'You fill in a letter of commitment in place of proof of long-term residence.',
      },
      documents: [
        {
          doc: 'id-document',
          text: { zh: '本人有效身份证件', en: 'Your own valid identity document' },
          source: { kind: 'applicant', note: { zh: '办理人', en: 'the person applying' } },
        },
        {
          doc: 'proxy-id-document',
          source: { kind: 'applicant', note: { zh: '办理人', en: 'the person applying' } },
          when: 'proxy',
        },
        {
          doc: 'letter-of-commitment',
          text: {
            zh: '填写承诺书代替异地长期居住材料',
            en: 'Letter of commitment, filled in instead of proof of long-term residence',
          },
          source: { kind: 'applicant', note: { zh: '办理人', en: 'the person applying' } },
        },
      ],
    },
    {
      id: 'window-documents',
      title: { zh: '窗口办：采用提供要件办理方式', en: 'At a service window, with documents' },
      documents: [
        {
          doc: 'id-document',
          text: { zh: '本人有效身份证件', en: 'Your own valid identity document' },
          source: { kind: 'applicant', note: { zh: '办理人', en: 'the person applying' } },
        },
        {
          doc: 'proxy-id-document',
          source: { kind: 'applicant', note: { zh: '办理人', en: 'the person applying' } },
          when: 'proxy',
        },
        {
          doc: 'hukou-booklet',
          anyOf: ['hukou-booklet', 'property-certificate', 'residence-permit'],
          text: {
            zh: '本人或监护人异地长期居住要件（户口或房产证或居住证，提供其中任意一种备案材料即可）',
            en: 'Proof of long-term residence outside Shenyang for you or your guardian: household registration (户口), a property ownership certificate (房产证) or a residence permit (居住证) there; any one of them will do',
          },
          source: { kind: 'applicant', note: { zh: '办理人', en: 'the person applying' } },
        },
        {
          doc: 'relationship-statement',
          text: { zh: '另需提供关系说明', en: 'In addition, a statement of the relationship' },
          source: { kind: 'applicant', note: { zh: '办理人', en: 'the person applying' } },
          when: 'minor-joining-guardian',
        },
      ],
    },
  ],
  channels: [
    {
      kind: 'mobile',
      label: { zh: '掌上办', en: 'On a mobile phone' },
      platform: 'app',
      name: { zh: '沈阳智慧医保APP', en: 'Shenyang Smart Medical Insurance app (沈阳智慧医保)' },
    },
    {
      kind: 'window',
      label: { zh: '窗口办', en: 'At a service window' },
      place: {
        zh: '公共业务服务部及各分中心综合窗口',
        en: 'General service windows of the Public Business Service Department (公共业务服务部) and of every branch centre',
      },
    },
  ],
  timeLimit: {
    cases: [{ limit: { kind: 'immediate' } }],
    source: { zh: '即时办结', en: 'Done on the spot' },
  },
  tips: [
    {
      zh: '①长期居外备案直接结算待遇：备案到除北京市、上海市以外异地城市的，即时开通备案地、参保地双向同等住院待遇。备案地就医支付比例按照我市相应参保人员类别、相应医院等级规定执行，起付标准不享受减免待遇。',
      en: '① Direct settlement for people registered as living long-term elsewhere: if you register in a city other than Beijing or Shanghai, you immediately get the same inpatient benefits both where you registered and in Shenyang. Treatment where you registered is paid at the rates Shenyang sets for your type of insured person and the hospital’s grade; the deductible is not reduced.',
    },
    {
      zh: '备案到北京市、上海市的，需提供异地长期居住要件，给予保留我市定点医疗机构住院就医本地医保待遇，否则，将我市定点医疗机构住院就医报销比例下调10个百分点；事后补齐要件即予以认可，原则上补齐要件5个工作日后，恢复我市定点医疗机构住院就医本地医保待遇。',
      en: 'If you register in Beijing or Shanghai, you must provide proof of long-term residence there to keep local benefits for inpatient treatment at Shenyang’s designated medical institutions; otherwise the reimbursement rate for inpatient treatment at Shenyang’s designated medical institutions is lowered by 10 percentage points. Proof supplied later is accepted: as a rule, local benefits for inpatient treatment at Shenyang’s designated medical institutions are restored 5 working days after the proof is complete.',
    },
    {
      zh: '②我市参保大学生及临时外出人员异地住院，无需办理备案，免申即享自动开通直接结算服务。如就医地有备案需要，可通过沈阳智慧医保APP办理临时外出备案。',
      en: '② University students insured in Shenyang and people temporarily away who are admitted to hospital elsewhere need not register: direct settlement is switched on automatically without an application. If the place of treatment requires registration, you can register a temporary stay away through the Shenyang Smart Medical Insurance app (沈阳智慧医保).',
    },
    {
      zh: '③为保障您便捷快速办理异地就医备案，建议您优先选择“掌上办”方式。如有问题可拨打024-12345-1-7咨询投诉。',
      en: '③ For quick and convenient registration for treatment outside Shenyang, we recommend applying on your mobile phone first. For questions or complaints, call 024-12345-1-7.',
    },
  ],
  phones: [{ number: '024-12345-1-7', label: { zh: '咨询投诉', en: 'Enquiries and complaints' } }],
  source: { section: '16. 异地长期居住人员备案', page: 38, checked: '2026-11-23' },
} satisfies ServiceItemInput;
