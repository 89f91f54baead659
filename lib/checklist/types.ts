import type { LocalizedText } from '@/content/schema';
import type { ChannelView, DocumentToBring, GuideView } from '@/lib/guide';

/** What the resident chose: a city, service items, a case per item, and yes/no answers. */
export interface Selection {
  /** The city the item ids belong to. */
  city: string;
  /** Chosen item ids, in the order the resident chose them; the checklist keeps this order. */
  items: string[];
  /** Chosen scenario id by item id, for items that have scenarios. */
  scenarios: Record<string, string>;
  /** Answers by situation id; a missing key means "not answered yet". */
  answers: Record<string, boolean>;
}

/** "Which case applies?" for one chosen item that has cases. */
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
  options: { id: string; title: LocalizedText }[];
  /** The chosen case id, when one is chosen. */
  answer?: string;
}

/** A yes/no question about the applicant's situation, asked once for every chosen item it matters to. */
export interface SituationQuestion {
  /** Discriminant. */
  kind: 'situation';
  /** URL parameter and form field name, e.g. "c.proxy". */
  param: string;
  /** Situation id. */
  situation: string;
  /** The question, e.g. 是否由他人代办？ */
  question: LocalizedText;
  /** Chosen items whose documents depend on the answer, in selection order. */
  items: string[];
  /** The answer, when given. */
  answer?: boolean;
}

/** A question the checklist needs answered. */
export type Question = ScenarioQuestion | SituationQuestion;

/** One line of the checklist: a document exactly as the model words it, listed once for every item asking for it in these words. */
export interface ChecklistLine {
  /** Stable key for remembering its tick: the vocabulary id and a hash of everything shown. */
  key: string;
  /** The document as the model returns it (status needed or depends). */
  document: DocumentToBring;
  /** Chosen items asking for it, in selection order. */
  items: string[];
}

/** A group of lines: those to bring now, or those that depend on one condition (in words). */
export interface ChecklistGroup {
  /** The condition in words; undefined for documents to bring in any case. */
  conditionText?: LocalizedText;
  /** Lines, in order of first appearance. */
  lines: ChecklistLine[];
}

/** A way to apply offered by one or more chosen items. */
export interface MergedChannel {
  /** Match key, e.g. "window:service-centre:5,6" or "online:example.org/hall". */
  key: string;
  /** The channel as the first item offering it states it. */
  channel: ChannelView;
  /** Items it serves, in selection order. */
  items: string[];
  /** True when it serves every chosen item that lists channels. */
  servesAll: boolean;
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

/** The checklist for a selection: the chosen items' guide views merged into one list. */
export interface Checklist {
  /** The city. */
  city: string;
  /** Each chosen item's guide view, in selection order. */
  items: GuideView[];
  /** The questions the chosen items need (case pickers, then situations), with current answers. */
  questions: Question[];
  /** Documents to bring now first, then one group per undecided condition. */
  groups: ChecklistGroup[];
  /** Ways to apply, those serving every chosen item first. */
  channels: MergedChannel[];
  /** Phone numbers named by the chosen items, each once. */
  phones: MergedPhone[];
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
