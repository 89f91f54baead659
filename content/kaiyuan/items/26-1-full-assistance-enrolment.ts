import type { ServiceItemInput } from '../../schema';

// Source: kaiyuan-guide.txt, 合规办事业务指南 “二十六、……” point 1 (list sub-item 26-1 全额资助医疗救助对象参保), printed page 27.
export default {
  id: 'full-assistance-enrolment',
  number: '26.1',
  category: 'assistance-contribution-subsidy',
  title: { zh: '全额资助医疗救助对象参保', en: 'Enrolment of medical assistance recipients with a full subsidy' },
  audience: ['assistanceRecipient'],
  description: [
    {
      zh: '2023年集中缴费期城乡特困（含孤儿）人员、城乡低保户全额资助无需缴费，无需个人办理和提供任何材料。',
      en: 'In the 2023 annual contribution period, urban and rural people in extreme poverty (特困人员, including orphans) and urban and rural households receiving the minimum living allowance (低保户) were fully subsidised: they did not need to pay, apply themselves or provide any documents.',
    },
  ],
  dated: {
    year: 2023,
    note: {
      zh: '本事项的说明针对2023年度集中缴费期，现行的资助对象、缴费金额和日期可能不同，请向医保部门确认。',
      en: 'This item describes the 2023 annual contribution period; who is subsidised, the amounts and the dates may differ now, so check with the medical insurance office.',
    },
  },
  source: { section: '二十六、符合资助条件的救助对象参加城乡居民基本医疗保险个人缴费补贴 — 1', page: 27, checked: '2026-11-30' },
} satisfies ServiceItemInput;
