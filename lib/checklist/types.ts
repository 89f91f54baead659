import type {
  Channel,
  CityId,
  DocumentRequirement,
  LocalizedText,
  TimeLimit,
  ToleratedMissing,
} from '@/lib/content/schema';

/** What the resident chose: a city, service items, a case per item, and yes/no answers. */
export interface Selection {
  /** The city the item ids belong to. */
  city: CityId;
  /** Chosen item ids, in the order the resident chose them; the checklist keeps this order. */
  items: string[];
  /** Chosen scenario id by item id, for items that have scenarios. */
  scenarios: Record<string, string>;
  /** Answers by condition id; a missing key means "not answered yet". */
  answers: Record<string, boolean>;
}

/** How a document must be handed in, as the schema spells it. */
export type DocumentForm = NonNullable<DocumentRequirement['form']>;

/** Where a document comes from, as the schema spells it. */
export type DocumentSource = NonNullable<DocumentRequirement['source']>;

/** One choice of a scenario question. */
export interface ScenarioOption {
  /** Scenario id, the value of the `s.<item>` URL parameter. */
  id: string;
  /** Short name of the case. */
  title: LocalizedText;
  /** What the case covers, when the guide says. */
  description?: LocalizedText;
}

/** "Which case applies?" for one chosen item that has scenarios. */
export interface ScenarioQuestion {
  /** Discriminant. */
  kind: 'scenario';
  /** URL parameter and form field name, e.g. "s.employee-registration". */
  param: string;
  /** The item asked about. */
  item: string;
  /** The item's title, to label the picker. */
  itemTitle: LocalizedText;
  /** The cases, in source order. */
  options: ScenarioOption[];
  /** The chosen scenario id, when one is chosen. */
  answer?: string;
}

/** A yes/no question asked because a chosen item's (or chosen scenario's) document depends on it. */
export interface ConditionQuestion {
  /** Discriminant. */
  kind: 'condition';
  /** URL parameter and form field name, e.g. "c.proxy". */
  param: string;
  /** Condition id. */
  condition: string;
  /** The question, e.g. 是否由他人代办？ */
  question: LocalizedText;
  /** Chosen items whose documents depend on the answer, in selection order. */
  items: string[];
  /** The answer, when given. */
  answer?: boolean;
}

/** A question the checklist needs answered. */
export type Question = ScenarioQuestion | ConditionQuestion;

/** A condition on a document, with the labels the UI shows ("If someone applies on your behalf"). */
export interface ConditionLabel {
  /** Condition id. */
  condition: string;
  /** The document is needed when the answer is this. */
  is: boolean;
  /** The condition's whenYes or whenNo label, whichever `is` selects. */
  label: LocalizedText;
  /** The question that settles it. */
  question: LocalizedText;
}

/** A "needed if …" condition of a merged document, with the items it applies to. */
export interface ConditionMark extends ConditionLabel {
  /** Chosen items that need the document under this condition. */
  items: string[];
}

/** needed: required now; conditional: required if an unanswered condition turns out to hold. */
export type NeedStatus = 'needed' | 'conditional';

/** A 容缺 mark: one chosen item lets this document be supplied later. */
export interface LaterSupply {
  /** The item that tolerates the document missing. */
  item: string;
  /** The 容缺 row number as printed. */
  row: number;
  /** The row's wording for the document. */
  text: LocalizedText;
  /** How to supply it (补齐补正方式). */
  method?: LocalizedText;
  /** Who provides it (资料来源). */
  source?: LocalizedText;
  /** The deadline (补正时间). */
  deadline?: TimeLimit;
}

/** One chosen item's requirement for a merged document, kept as the item states it. */
export interface DocumentNeed {
  /** The item. */
  item: string;
  /** The scenario the requirement comes from, when not from the item's common documents. */
  scenario?: string;
  /** needed or conditional (requirements whose condition was answered the other way are left out). */
  status: NeedStatus;
  /** The item's condition for it, answered or not. */
  when?: ConditionLabel;
  /** The item's own wording. */
  text?: LocalizedText;
  /** Original, copy, either or both, when the item says. */
  form?: DocumentForm;
  /** True when it must bear an official seal. */
  sealed: boolean;
  /** Number of copies, when the item says. */
  count?: number;
  /** Where it comes from, when the item says. */
  source?: DocumentSource;
  /** Notes the item prints with it. */
  notes?: LocalizedText;
}

/** A distinct way the chosen items want a document (form, seal, count), with the items wanting it. */
export interface DocumentVariant {
  /** Form, when stated. */
  form?: DocumentForm;
  /** Sealed or not. */
  sealed: boolean;
  /** Number of copies, when stated. */
  count?: number;
  /** Items wanting it this way. */
  items: string[];
}

/** A vocabulary document named by id. */
export interface NamedDocument {
  /** Vocabulary id. */
  id: string;
  /** Vocabulary name. */
  name: LocalizedText;
}

/** One line of the merged checklist: a document (or a set of alternatives) listed once. */
export interface MergedDocument {
  /** Merge key: the doc id, or the sorted alternatives joined by "+" (e.g. "hukou-booklet+id-card"). */
  key: string;
  /** Vocabulary id of the first requirement merged here. */
  doc: string;
  /** Vocabulary name of `doc`. */
  name: LocalizedText;
  /** Vocabulary description of `doc`, when there is one. */
  description?: LocalizedText;
  /** For "any one of" requirements: the alternatives, sorted by id; otherwise undefined. */
  alternatives?: NamedDocument[];
  /** needed when any chosen item needs it now; conditional when every need waits on an unanswered question. */
  status: NeedStatus;
  /** When conditional: the "needed if …" conditions (any one suffices), in order of first appearance. */
  conditions: ConditionMark[];
  /** Chosen items needing it (now or conditionally), in selection order. */
  items: string[];
  /** Combined form: what to bring so that every listed need is met (rule: combineForms in build.ts). */
  form?: DocumentForm;
  /** Photocopies to hand in, summed over the items wanting a copy (each keeps its own); undefined if none. */
  copies?: number;
  /** True when any item wants it sealed. */
  sealed: boolean;
  /** Each distinct (form, sealed, count) wanted, with the items wanting it; more than one means the items differ. */
  variants: DocumentVariant[];
  /** Distinct sources stated by the items. */
  sources: DocumentSource[];
  /** Every item's requirement as stated, in selection order. */
  needs: DocumentNeed[];
  /** 容缺 marks, one per item that lets it be supplied later. */
  laterSupply: LaterSupply[];
  /** all: every item needing it tolerates it missing; some: only some do; none: no item does. */
  laterSupplyScope: 'all' | 'some' | 'none';
}

/** A channel merged across chosen items that offer the same way to apply. */
export interface MergedChannel {
  /** Match key, e.g. "window:service-centre:5,6" or "online:example.org/hall". */
  key: string;
  /** Discriminant copied from the channel. */
  kind: Channel['kind'];
  /** The channel as the first item offering it states it. */
  channel: Channel;
  /** Items it serves, in selection order. */
  items: string[];
  /** Each item's own statement of it (menu steps and scope notes differ per item). */
  byItem: { item: string; channel: Channel }[];
  /** True when it serves every chosen item that lists channels. */
  servesAll: boolean;
}

/** Channels split into those serving every chosen item (first) and the rest. */
export interface ChannelGroups {
  /** Channels serving every chosen item that lists channels, in order of first appearance. */
  common: MergedChannel[];
  /** The rest, most items served first, then order of first appearance. */
  other: MergedChannel[];
}

/** A phone number named by chosen items, listed once. */
export interface MergedPhone {
  /** As dialled locally. */
  number: string;
  /** Distinct labels the items give it. */
  labels: LocalizedText[];
  /** Items naming it. */
  items: string[];
}

/** A chosen item as the checklist shows it. */
export interface ChecklistItem {
  /** Item id. */
  id: string;
  /** Official number. */
  number: string;
  /** Title. */
  title: LocalizedText;
  /** The chosen scenario, when one is chosen. */
  scenario?: ScenarioOption;
  /** True when the item has scenarios and none is chosen: its scenario documents are not listed yet. */
  awaitingScenario: boolean;
  /** How long it takes, when the guide says. */
  timeLimit?: TimeLimit;
  /** Instructions the item prints with its documents. */
  documentNotes: LocalizedText[];
  /** True when the item lists at least one channel. */
  hasChannels: boolean;
}

/** The merged checklist for a selection. */
export interface Checklist {
  /** The city. */
  city: CityId;
  /** Chosen items that exist in the city, each once, in selection order. */
  items: ChecklistItem[];
  /** The questions the chosen items need (scenario pickers, then conditions), with current answers. */
  questions: Question[];
  /** Merged documents, in order of first appearance (item by item, common documents before scenario ones). */
  documents: MergedDocument[];
  /** Where to go and how. */
  channels: ChannelGroups;
  /** Phone numbers named by the chosen items, each once. */
  phones: MergedPhone[];
  /** The city's 容缺 rows concerning chosen items, with `items` narrowed to the chosen ones. */
  toleratedMissing: ToleratedMissing[];
}

/** What a URL parameter problem is about; the UI turns each code into a zh/en message. */
export type DecodeProblemCode =
  /** The query was longer than MAX_QUERY_LENGTH; only the parameters before the cut were read. */
  | 'too-long'
  /** `city` names neither this city's id nor its short prefix. */
  | 'unknown-city'
  /** An item id the city does not have. */
  | 'unknown-item'
  /** An item id listed more than once (kept once). */
  | 'duplicate-item'
  /** More than MAX_ITEMS items; value is how many were given, the first MAX_ITEMS are kept. */
  | 'too-many-items'
  /** A scenario id the item does not have. */
  | 'unknown-scenario'
  /** A scenario for an item that is not chosen. */
  | 'scenario-without-item'
  /** A condition id the city does not have. */
  | 'unknown-condition'
  /** A condition answer other than 1/0 (yes/no, true/false). */
  | 'invalid-answer'
  /** The same parameter given twice; the first is kept. */
  | 'duplicate-parameter'
  /** More than MAX_PROBLEMS problems; value is how many more were left out. */
  | 'more-problems';

/** Something in the query the decoder could not use, with the offending parameter and value (clipped). */
export interface DecodeProblem {
  /** What went wrong. */
  code: DecodeProblemCode;
  /** The parameter name, e.g. "items", "s.employee-registration", "c.proxy" ("" when not about one). */
  param: string;
  /** The offending value, clipped to a short length and stripped of control characters. */
  value: string;
}

/** The result of decoding a query: what was understood, and what was not. */
export interface DecodeResult {
  /** The understood selection (always valid for the city). */
  selection: Selection;
  /** What could not be understood, in query order. */
  problems: DecodeProblem[];
}
