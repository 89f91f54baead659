import type { Channel, Condition, LocalizedText, Phone, TimeLimit } from '@/content/schema';

/** needed: bring it; notNeeded: the answers rule it out; depends: an unanswered question decides. */
export type NeedStatus = 'needed' | 'notNeeded' | 'depends';

/** A 容缺 mark: the document may be handed in after the application is accepted. */
export interface ToleratedMark {
  /** The 容缺 list row number as printed. */
  row: number;
  /** The row's wording for the document. */
  text: LocalizedText;
  /** 补齐补正方式, when the row gives it. */
  method?: LocalizedText;
  /** 补正时间, when the row gives it (structured, with the source wording). */
  deadline?: TimeLimit;
}

/** One document to bring, as every surface shows it. */
export interface DocumentToBring {
  /** Stable within the item: "d3" (common), "c:<case>:1" (a case's), "s:<situation>:0" (a shared situation's). */
  key: string;
  /** Vocabulary id. */
  doc: string;
  /** What to call it: the item's own wording, else the vocabulary name. Never shortened by a surface. */
  wording: LocalizedText;
  /** "Any one of: A / B", when the requirement lists alternatives and the item gives no wording of its own. */
  alternatives?: LocalizedText;
  /** Vocabulary explanation, when there is one. */
  description?: LocalizedText;
  /** Form, seal, count and optional marks in the guide's words, in that order. */
  marks: LocalizedText[];
  /** Where it comes from (资料来源), in words. */
  source?: LocalizedText;
  /** Download address, when the guide gives one. */
  url?: string;
  /** Notes the item prints with it. */
  notes?: LocalizedText;
  /** Original, photocopy or either, as the guide marks it. */
  form?: 'original' | 'copy' | 'originalOrCopy' | 'originalAndCopy';
  /** True for 可选受理材料. */
  optional: boolean;
  /** The condition it depends on, as data. */
  condition?: Condition;
  /** The condition in words, e.g. 因死亡办理时. */
  conditionText?: LocalizedText;
  /** Against the resident's answers. */
  status: NeedStatus;
  /** 容缺 mark, when the tolerated-missing list covers it for this item. */
  tolerated?: ToleratedMark;
}

/** A case (scenario) of an item with its own documents. */
export interface GuideCase {
  /** Scenario id. */
  id: string;
  /** Short name. */
  title: LocalizedText;
  /** What it covers, when the guide says. */
  description?: LocalizedText;
  /** The case's own documents (in addition to the common ones). */
  documents: DocumentToBring[];
}

/** A question whose answer changes the list. */
export interface SituationQuestion {
  /** Situation id. */
  id: string;
  /** The question, as the content words it. */
  question: LocalizedText;
  /** The answer given, if any. */
  answer?: boolean;
}

/** One way to apply, ready to show. */
export interface ChannelView {
  /** Discriminant. */
  kind: Channel['kind'];
  /** The guide's label (窗口办 / 线下办 …), else the kind's name. */
  label: LocalizedText;
  /** Where or what: the place, the site or app name, the kiosk, the email address. */
  title: LocalizedText;
  /** Window numbers. */
  windows: string[];
  /** Web address or email link. */
  url?: string;
  /** Menu path, one step each. */
  steps: LocalizedText[];
  /** Scope note. */
  scope?: LocalizedText;
  /** Office id, when the place is one of the city's offices. */
  office?: string;
}

/** A group of documents that share a condition (undefined: everyone) within a case (undefined: common). */
export interface DocumentGroup {
  /** The case, for a case's documents. */
  caseId?: string;
  /** The condition in words, or undefined for documents everyone in this case brings. */
  conditionText?: LocalizedText;
  /** Documents, in source order. */
  documents: DocumentToBring[];
}

/** Everything a resident needs for one item, resolved against a case and answers. */
export interface GuideView {
  /** City id. */
  city: string;
  /** Item id. */
  id: string;
  /** Official number. */
  number: string;
  /** Title. */
  title: LocalizedText;
  /** Documents for every case (the item's own and its shared situations'). */
  common: DocumentToBring[];
  /** The item's cases, each with its own documents; empty when the item has none. */
  cases: GuideCase[];
  /** The chosen case, when one is chosen and known. */
  chosenCase?: GuideCase;
  /** True when the item has cases and none is chosen. */
  awaitingCase: boolean;
  /** What to bring for the chosen case (or the common documents while none is chosen), every status. */
  documents: DocumentToBring[];
  /** Questions whose answer changes `documents`, in the city's order. */
  questions: SituationQuestion[];
  /** Instructions printed with the documents. */
  documentNotes: LocalizedText[];
  /** Ways to apply, in source order. */
  channels: ChannelView[];
  /** How long it takes. */
  timeLimit?: TimeLimit;
  /** 温馨提示. */
  tips: LocalizedText[];
  /** Phones named in the item. */
  phones: Phone[];
}

/** "Before you go": what a resident needs to know before leaving home, all from the guide view. */
export interface BeforeYouGo {
  /**
   * Documents everyone brings (optional ones apart) with how many are originals and photocopies; how
   * many depend on an answer; how many are optional; and the number of cases with documents of their own.
   */
  documents: { always: number; originals: number; copies: number; depending: number; optional: number; cases: number };
  /** Where to go in person: window or counter channels (place and windows). */
  inPerson: ChannelView[];
  /** Ways that need no visit: online, app, email. */
  remote: ChannelView[];
  /** Documents that may be handed in later (容缺), with their deadline. */
  later: DocumentToBring[];
  /** What makes the office refuse (违规禁办), where the source links it to this item. */
  refused: { matter: LocalizedText; cases: LocalizedText[] }[];
  /** A number to ask first: the item's own, else the city's hotline. */
  phone?: Phone;
}
