// The "show the clerk" sheet (#17): what a resident hands over at the window, always in Chinese (the
// clerk's language) whatever language the checklist is read in. Every string is the model's own zh text.
import { checklistLines } from './ticks';
import type { Checklist } from './types';

/** A document on the clerk's sheet. */
export interface ClerkDocument {
  /** The checklist line key. */
  key: string;
  /** The model's wording, in Chinese. */
  wording: string;
  /** "Any one of …", in Chinese, when the model gives alternatives. */
  alternatives?: string;
  /** Form, seal, count and optional marks, in Chinese. */
  marks: string[];
  /** The condition in words when the answers leave it open, in Chinese. */
  condition?: string;
  /** True when the 容缺 list lets it follow later. */
  tolerated: boolean;
}

/** The whole sheet: the services, the documents ticked and those still missing, and every tip. */
export interface ClerkSheet {
  /** The chosen services: number, title and chosen case, in Chinese. */
  items: { id: string; number: string; title: string; case?: string }[];
  /** Documents the resident ticked, in list order. */
  ticked: ClerkDocument[];
  /** Documents not ticked, in list order. */
  missing: ClerkDocument[];
  /** Every tip (温馨提示) of each chosen service that has any, in Chinese. */
  tips: { id: string; title: string; tips: string[] }[];
}

/** The clerk's sheet for a checklist and the ticked line keys. */
export function clerkSheet(checklist: Checklist, ticks: ReadonlySet<string>): ClerkSheet {
  const documents = checklistLines(checklist).map((line): ClerkDocument => ({
    key: line.key,
    wording: line.document.wording.zh,
    ...(line.document.alternatives && { alternatives: line.document.alternatives.zh }),
    marks: line.document.marks.map((m) => m.zh),
    ...(line.document.status === 'depends' && line.document.conditionText && { condition: line.document.conditionText.zh }),
    tolerated: Boolean(line.document.tolerated),
  }));
  return {
    items: checklist.items.map((v) => ({
      id: v.id,
      number: v.number,
      title: v.title.zh,
      ...(v.chosenCase && { case: v.chosenCase.title.zh }),
    })),
    ticked: documents.filter((d) => ticks.has(d.key)),
    missing: documents.filter((d) => !ticks.has(d.key)),
    tips: checklist.items.filter((v) => v.tips.length > 0).map((v) => ({ id: v.id, title: v.title.zh, tips: v.tips.map((t) => t.zh) })),
  };
}
