import { z } from 'zod';

/** Text in both languages; zh is the faithful transcription, en a natural translation. */
export const LocalizedTextSchema = z.object({
  /** Chinese, as printed in the source guide (evident slips fixed and recorded in errata). */
  zh: z.string().trim().min(1),
  /** English translation, using the glossary in content/glossary/terms.ts. */
  en: z.string().trim().min(1),
});
export type LocalizedText = z.output<typeof LocalizedTextSchema>;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as "id-card"');

/** A single time limit value. */
export const TimeLimitValueSchema = z.discriminatedUnion('kind', [
  /** Done on the spot (即时办结 / 即时生效). */
  z.object({ kind: z.literal('immediate') }),
  /** Done within N working days. */
  z.object({ kind: z.literal('workingDays'), days: z.number().int().positive() }),
  /** Done within N months (e.g. 评估时间不超过3个月). */
  z.object({ kind: z.literal('months'), months: z.number().int().positive() }),
]);
export type TimeLimitValue = z.output<typeof TimeLimitValueSchema>;

/** How long an item takes: structured values plus the source wording. */
export const TimeLimitSchema = z.object({
  /** One value, or several when the source gives different limits for different cases. */
  cases: z
    .array(
      z.object({
        /** Which case this value is for (e.g. 慢病 / 特病); omit when there is only one case. */
        label: LocalizedTextSchema.optional(),
        /** The structured limit. */
        limit: TimeLimitValueSchema,
      }),
    )
    .min(1),
  /** The wording of the source, e.g. "5个工作日内办结". */
  source: LocalizedTextSchema,
  /** Any further explanation printed with the limit (e.g. when benefits start). */
  note: LocalizedTextSchema.optional(),
});
export type TimeLimit = z.output<typeof TimeLimitSchema>;

/** Where a document comes from (资料来源). */
export const DocumentSourceSchema = z.object({
  /** applicant: the applicant brings it; sharedData: the office can fetch it (赋能数据); download: a form from a download centre; institution: a hospital, bank or authority issues it; onSite: filled in at the window. */
  kind: z.enum(['applicant', 'applicantOrSharedData', 'sharedData', 'download', 'institution', 'onSite']),
  /** Download centre or page address, for kind "download". */
  url: z.url().optional(),
  /** The source wording or extra detail, e.g. 沈阳市医疗保障局网站—办事服务—下载中心. */
  note: LocalizedTextSchema.optional(),
});

/**
 * When a document is needed, as an expression over the city's situation ids:
 * "proxy" (the situation holds), { not: "local-hukou" }, { all: [...] }, { any: [...] }.
 * Evaluated in one place only (lib/guide/condition.ts).
 */
export type Condition = string | { not: Condition } | { all: Condition[] } | { any: Condition[] };

/** A Condition, checked recursively. */
export const ConditionSchema: z.ZodType<Condition> = z.union(
  [
    slug,
    z.strictObject({
      /** The situation (or expression) does not hold. */
      get not() {
        return ConditionSchema;
      },
    }),
    z.strictObject({
      /** Every one of these holds. */
      get all() {
        return z.array(ConditionSchema).min(2, 'an "all" needs at least two conditions');
      },
    }),
    z.strictObject({
      /** At least one of these holds. */
      get any() {
        return z.array(ConditionSchema).min(2, 'an "any" needs at least two conditions');
      },
    }),
  ],
  { error: 'expected a situation id such as "proxy", or { not: … }, { all: [...] }, { any: [...] }' },
);

/** One document an applicant must bring. */
export const DocumentRequirementSchema = z.object({
  /** Id in the city's document vocabulary; the checklist merges requirements by this id. */
  doc: slug,
  /** Alternative documents (ids) of which any one will do, e.g. 户口簿/房照/居住证 三选一. */
  anyOf: z.array(slug).min(2).optional(),
  /** The item's own wording when it differs from the vocabulary name. */
  text: LocalizedTextSchema.optional(),
  /** original, copy, either, or both original and copy; omit when the source is silent. */
  form: z.enum(['original', 'copy', 'originalOrCopy', 'originalAndCopy']).optional(),
  /** True when it must bear the unit's official seal (加盖单位公章 / 盖章). */
  sealed: z.boolean().optional(),
  /** Number of copies when the source states one. */
  count: z.number().int().positive().optional(),
  /** Where it comes from, when the source says. */
  source: DocumentSourceSchema.optional(),
  /** Needed only when this condition holds (someone applies on your behalf, non-local household …); omit when always needed. */
  when: ConditionSchema.optional(),
  /** True for 可选受理材料: the source lists it as optional. Never give an optional document an invented condition. */
  optional: z.boolean().optional(),
  /** Further notes printed with the document. */
  notes: LocalizedTextSchema.optional(),
});
export type DocumentRequirement = z.output<typeof DocumentRequirementSchema>;

/** A case of an item with its own documents (e.g. 增加 / 暂停 / 终止 / 在职转退休). */
export const ScenarioSchema = z.object({
  /** Stable id within the item. */
  id: slug,
  /** Short name of the case. */
  title: LocalizedTextSchema,
  /** What the case covers, as given. */
  description: LocalizedTextSchema.optional(),
  /** Documents for this case, in addition to the item's common documents. */
  documents: z.array(DocumentRequirementSchema),
});

const channelBase = {
  /** The source's label for the channel, e.g. 窗口办 / 线下办 / 掌上办 / 网上办. */
  label: LocalizedTextSchema.optional(),
  /** Scope note, e.g. "online only for general information". */
  scope: LocalizedTextSchema.optional(),
};

/** One way to apply. */
export const ChannelSchema = z.discriminatedUnion('kind', [
  /** In person at a service window. */
  z.object({
    kind: z.literal('window'),
    ...channelBase,
    /** Office id from the city's offices, when the place is one of them. */
    office: slug.optional(),
    /** The place as printed (e.g. 开原市医疗保障事务服务中心一楼15号窗口). */
    place: LocalizedTextSchema,
    /** Window numbers, when given. */
    windows: z.array(z.string()).optional(),
  }),
  /** A website. */
  z.object({
    kind: z.literal('online'),
    ...channelBase,
    /** Site name, e.g. 沈阳政务服务网. */
    name: LocalizedTextSchema,
    /** Address as printed. */
    url: z.url(),
    /** Menu path on the site, one step each. */
    steps: z.array(LocalizedTextSchema).optional(),
  }),
  /** A mobile app, WeChat official account or mini program. */
  z.object({
    kind: z.literal('mobile'),
    ...channelBase,
    /** app, wechat (official account) or alipay (mini program); omit when the source does not say. */
    platform: z.enum(['app', 'wechat', 'alipay']).optional(),
    /** Proper name with Chinese kept, e.g. "Shenyang Smart Medical Insurance app (沈阳智慧医保)". */
    name: LocalizedTextSchema,
    /** Menu path, one step each, e.g. 主页 → 个体居民 → 灵活就业人员参保登记. */
    steps: z.array(LocalizedTextSchema).optional(),
  }),
  /** A self-service kiosk (一体机). */
  z.object({ kind: z.literal('kiosk'), ...channelBase, place: LocalizedTextSchema.optional() }),
  /** By email. */
  z.object({ kind: z.literal('email'), ...channelBase, address: z.email() }),
  /** Community, school or other agent (代办机构). */
  z.object({ kind: z.literal('agent'), ...channelBase, place: LocalizedTextSchema }),
  /** At a designated medical institution. */
  z.object({ kind: z.literal('institution'), ...channelBase, place: LocalizedTextSchema }),
]);
export type Channel = z.output<typeof ChannelSchema>;

/** A phone number named in the guide. */
export const PhoneSchema = z.object({
  /** As dialled locally, e.g. "024-12345-1-7" or "73600636". */
  number: z.string().regex(/^[0-9-]+$/),
  /** What it is for, e.g. 职工医保. */
  label: LocalizedTextSchema.optional(),
});
export type Phone = z.output<typeof PhoneSchema>;

/** Who an item is for. */
export const AudienceSchema = z.enum([
  'resident',
  'employee',
  'flexibleWorker',
  'retiree',
  'employer',
  'assistanceRecipient',
  'medicalInstitution',
  'pharmacy',
]);
export type Audience = z.output<typeof AudienceSchema>;

/** A payment channel table row (e.g. Kaiyuan item 3's banks and apps). */
export const PaymentChannelSchema = z.object({
  /** Bank, platform or app. */
  name: LocalizedTextSchema,
  /** How to pay through it. */
  ways: z.array(LocalizedTextSchema).min(1),
});

/** One service item of a city's official list. */
export const ServiceItemSchema = z.object({
  /** Stable id, used in URLs; never change it once published. */
  id: slug,
  /** Official number: "15", or "3.1" for a sub-item. */
  number: z.string().regex(/^\d+(?:\.\d+)?$/),
  /** Category id from the city's categories. */
  category: slug,
  /** Title as the guide heading gives it. */
  title: LocalizedTextSchema,
  /** Title in the official item list, when it differs from the heading. */
  listTitle: LocalizedTextSchema.optional(),
  /** Who it is for. */
  audience: z.array(AudienceSchema).min(1),
  /** What it is and who may apply, paragraph by paragraph, as given. */
  description: z.array(LocalizedTextSchema).default([]),
  /** Documents needed in every case. */
  documents: z.array(DocumentRequirementSchema).default([]),
  /** Shared situations (city.situations) whose documents this item adds when they hold, e.g. ["proxy"], where the source says so. */
  situations: z.array(slug).default([]),
  /** Cases with their own documents; the resident picks one. */
  scenarios: z.array(ScenarioSchema).default([]),
  /** Instructions printed with the documents (e.g. how to fill in the form). */
  documentNotes: z.array(LocalizedTextSchema).default([]),
  /** Ways to apply, in source order. */
  channels: z.array(ChannelSchema).default([]),
  /** How long it takes; omit when the source gives none. */
  timeLimit: TimeLimitSchema.optional(),
  /** 温馨提示 and other advice, as given. */
  tips: z.array(LocalizedTextSchema).default([]),
  /** Phone numbers named in the item. */
  phones: z.array(PhoneSchema).default([]),
  /** Legal or policy references named in the text, e.g. 沈人社发〔2017〕63号. */
  legalRefs: z.array(LocalizedTextSchema).default([]),
  /** Payment channels, where the item lists them. */
  payment: z.array(PaymentChannelSchema).default([]),
  /** Set when the item speaks of a past period, so pages can flag it. */
  dated: z.object({ year: z.number().int(), note: LocalizedTextSchema }).optional(),
  /** Where it came from. */
  source: z.object({
    /** The heading in the guide, e.g. "二十、门诊费用报销". */
    section: z.string().min(1),
    /** Printed page number from the item list. */
    page: z.number().int().positive().optional(),
    /** Date last checked against the source guide (YYYY-MM-DD). */
    checked: z.iso.date(),
  }),
});
export type ServiceItem = z.output<typeof ServiceItemSchema>;
export type ServiceItemInput = z.input<typeof ServiceItemSchema>;

/** An entry of the city's document vocabulary. */
export const DocumentDefinitionSchema = z.object({
  /** Plain name of the document. */
  name: LocalizedTextSchema,
  /** What it is, for residents who don't know. */
  description: LocalizedTextSchema.optional(),
});
export type DocumentDefinition = z.output<typeof DocumentDefinitionSchema>;

/** An applicant's situation, declared once per city and meaning the same in every item (代办, 因死亡办理 …). */
export const SituationSchema = z.object({
  /** The yes/no question, e.g. 是否由他人代办？ */
  question: LocalizedTextSchema,
  /** The condition in words when it holds, e.g. 代办时. */
  whenYes: LocalizedTextSchema,
  /** The condition in words when it does not hold, e.g. 非本市户籍时. */
  whenNo: LocalizedTextSchema,
  /** Documents every item naming this situation (item.situations) adds when it holds, e.g. 代办人有效身份证件. */
  documents: z.array(DocumentRequirementSchema).default([]),
});
export type Situation = z.output<typeof SituationSchema>;

/** An office or service hall. */
export const OfficeSchema = z.object({
  /** Stable id. */
  id: slug,
  /** Name as printed. */
  name: LocalizedTextSchema,
  /** Address as printed. */
  address: LocalizedTextSchema.optional(),
  /** Phones. */
  phones: z.array(PhoneSchema).default([]),
  /** Windows and what they handle, when the guide names them. */
  windows: z
    .array(z.object({ numbers: z.array(z.string()).min(1), purpose: LocalizedTextSchema, floor: LocalizedTextSchema.optional() }))
    .default([]),
});

/** A category of the city's official list. */
export const CategorySchema = z.object({
  /** Stable id. */
  id: slug,
  /** The Chinese ordinal as printed, e.g. "一". */
  ordinal: z.string().min(1),
  /** Category title. */
  title: LocalizedTextSchema,
});

/** An official number that groups sub-items (e.g. Shenyang 3 → 3.1–3.4). */
export const ItemGroupSchema = z.object({
  /** The main number, e.g. "3". */
  number: z.string().regex(/^\d+$/),
  /** The group title as the list gives it. */
  title: LocalizedTextSchema,
  /** Printed page, when given. */
  page: z.number().int().positive().optional(),
});

/** A prohibited case list (违规禁办). */
export const ProhibitedListSchema = z.object({
  /** Stable id. */
  id: slug,
  /** Title, e.g. 定点医疗机构违规禁办事项. */
  title: LocalizedTextSchema,
  /** Rows. */
  entries: z
    .array(
      z.object({
        /** 禁办事项. */
        matter: LocalizedTextSchema,
        /** 禁办情形, one each. */
        cases: z.array(LocalizedTextSchema).min(1),
        /** Ids of items it concerns, where the source makes that clear. */
        items: z.array(slug).default([]),
      }),
    )
    .min(1),
});

/** A tolerated-missing row (容缺). */
export const ToleratedMissingSchema = z.object({
  /** Row number as printed. */
  number: z.number().int().positive(),
  /** 业务事项 as printed. */
  matter: LocalizedTextSchema,
  /** Ids of items it concerns. */
  items: z.array(slug).default([]),
  /** Documents that may be supplied later. */
  documents: z
    .array(
      z.object({
        /** As printed. */
        text: LocalizedTextSchema,
        /** Vocabulary id, when it matches a document of the items. */
        doc: slug.optional(),
      }),
    )
    .min(1),
  /** 补齐补正方式. */
  method: LocalizedTextSchema.optional(),
  /** 资料来源. */
  source: LocalizedTextSchema.optional(),
  /** 补正时间: structured plus wording. */
  deadline: TimeLimitSchema.optional(),
  /** A note printed with the row. */
  note: LocalizedTextSchema.optional(),
});

/** A life event that bundles items the way residents think (having a baby, retiring …). */
export const LifeEventSchema = z.object({
  /** One of the shared ids, so both cities offer the same events where they can. */
  id: z.enum(['having-a-baby', 'retiring', 'living-elsewhere', 'bereavement', 'employer', 'clinic-or-pharmacy']),
  /** Item ids of this city, in the order a resident would do them. */
  items: z.array(slug).min(1),
});

/** A city's guide, apart from its items. */
export const CitySchema = z.object({
  /** Stable id used in URLs, e.g. kaiyuan; equals the folder name under content/ and its registry line. */
  id: z.string().regex(/^[a-z][a-z0-9]*$/, 'expected lowercase letters and digits, e.g. "tieling" (it names a folder and a registry line)'),
  /** Short-URL prefix printed on paper, e.g. ky for /ky/15. */
  short: z.string().regex(/^[a-z]{2,4}$/, 'expected two to four lowercase letters, e.g. "ky"'),
  /** City name. */
  name: LocalizedTextSchema,
  /** The office that publishes the guide. */
  office: LocalizedTextSchema,
  /** The source guide's title (the site's own edition and change log are in the city's edition.ts). */
  guide: z.object({ title: LocalizedTextSchema }),
  /** The telephone area code of the city's numbers (the guides print them without it), e.g. "024". */
  areaCode: z.string().regex(/^0\d{2,3}$/, 'expected an area code such as "024"'),
  /** Hotlines. */
  hotlines: z.array(PhoneSchema).min(1),
  /** Offices and halls. */
  offices: z.array(OfficeSchema).min(1),
  /** Categories in official order. */
  categories: z.array(CategorySchema).min(1),
  /** Group titles for numbers split into sub-items. */
  groups: z.array(ItemGroupSchema).default([]),
  /** Document vocabulary by id. */
  documents: z.record(slug, DocumentDefinitionSchema),
  /** Applicant situations by id, used by document conditions. */
  situations: z.record(slug, SituationSchema).default({}),
  /** 违规禁办 lists. */
  prohibited: z.array(ProhibitedListSchema).default([]),
  /** 容缺 rows. */
  toleratedMissing: z.array(ToleratedMissingSchema).default([]),
  /** Life events for the checklist, built only from this city's items. */
  lifeEvents: z.array(LifeEventSchema).default([]),
});
export type City = z.output<typeof CitySchema>;
export type CityInput = z.input<typeof CitySchema>;
export type CityId = City['id'];

/** A city with its parsed items, in official order. */
export interface CityContent extends City {
  /** Service items in official order. */
  items: ServiceItem[];
  /** The site's edition of this guide and its change log. */
  edition: Edition;
}

/** A recorded fix of an evident slip in a source. */
export const ErratumSchema = z.object({
  /** City id. */
  city: slug,
  /** Item id when it touches an item. */
  item: slug.optional(),
  /** Where in the source. */
  where: LocalizedTextSchema,
  /** Source wording. */
  original: z.string().min(1),
  /** What the site shows instead. */
  corrected: z.string().min(1),
  /** Why. */
  note: LocalizedTextSchema,
});
export type Erratum = z.output<typeof ErratumSchema>;

/** One change to the site's content, as a resident reads it in the change log. */
export const ChangeSchema = z.object({
  /** The day the change was published (YYYY-MM-DD, a date that exists). */
  date: z.iso.date('expected a date that exists, as YYYY-MM-DD'),
  /** Ids of the items it concerns; empty for a change to the whole city's guide. */
  items: z.array(slug).default([]),
  /** What changed, in plain words for a resident holding an older printout. */
  summary: LocalizedTextSchema,
  /** Set when only one language's text changed (an English re-read): readers of the other have nothing new. */
  only: z.enum(['zh', 'en']).optional(),
});
export type Change = z.output<typeof ChangeSchema>;

/** The site's edition of a city's guide: when it was last checked, and every change since first publication. */
export const EditionSchema = z
  .object({
    /** 核对日期: the day the site's content was last checked against the source guide (YYYY-MM-DD). */
    checked: z.iso.date('expected a date that exists, as YYYY-MM-DD'),
    /** Changes in date order, oldest first; the first is the first publication. Never rewrite a published entry. */
    changes: z.array(ChangeSchema).min(1, 'expected at least the first publication'),
  })
  .superRefine((edition, ctx) => {
    edition.changes.forEach((change, i) => {
      if (i > 0 && change.date < edition.changes[i - 1].date)
        ctx.addIssue({
          code: 'custom',
          path: ['changes', i, 'date'],
          message: `${change.date} is before the entry above it (${edition.changes[i - 1].date}); keep entries in date order`,
        });
      if (change.date > edition.checked)
        ctx.addIssue({
          code: 'custom',
          path: ['changes', i, 'date'],
          message: `${change.date} is after the edition date (checked: ${edition.checked}); move checked forward`,
        });
    });
  });
export type Edition = z.output<typeof EditionSchema>;
export type EditionInput = z.input<typeof EditionSchema>;

/** A city's raw content as its folder's index.ts exports it. */
export interface CityModule {
  /** The city file. */
  city: CityInput;
  /** Items keyed by file name without extension, e.g. "20-outpatient-reimbursement". */
  items: Record<string, ServiceItemInput>;
  /** Evident slips of the source fixed on the site. */
  errata: z.input<typeof ErratumSchema>[];
  /** The site's edition of this guide and its change log (edition.ts). */
  edition: EditionInput;
}

/** The official holiday arrangement: days off (放假) and weekend days worked instead (调休上班). */
const CalendarDaySchema = z.object({ date: z.iso.date(), name: z.string().min(1) });
export const CalendarSchema = z.object({
  /** Where the dates come from. */
  source: z.string().min(1),
  /** The last day the arrangement is known for; later dates count weekends only. */
  validUntil: z.iso.date(),
  holidays: z.array(CalendarDaySchema),
  workdays: z.array(CalendarDaySchema),
});
export type CalendarInput = z.input<typeof CalendarSchema>;
export type Calendar = z.output<typeof CalendarSchema>;
