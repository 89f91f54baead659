// English pages name each window term in Chinese on first use: "social security card (社保卡)". The
// page lists its parts in reading order; every surface then renders the glossed copy, so the Chinese
// appears once per page whichever component shows the text first. Pages get the window terms from
// lib/glossary's windowTerms() (parsed with zod, on the server) and pass them in.
import type { Phone, ServiceItem } from '@/content/schema';
import type { Locale } from '@/lib/i18n/routing';
import { FirstUse, type GlossaryTerm } from '@/lib/glossary/match';
import { documentGroups } from './resolve';
import type { ChannelView, DocumentToBring, GuideView } from './types';

type Pair = { zh: string; en: string };

function isPair(v: object): v is Pair {
  return typeof (v as Pair).zh === 'string' && typeof (v as Pair).en === 'string';
}

function isPlain(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * The glossing of one page: `order` is what the page shows, in reading order (a text met again later
 * keeps its first gloss; a text not in it, such as the title, is never glossed); `terms` the window
 * terms. `apply` returns a copy of a value with its English glossed; on Chinese pages, the value.
 */
export function pageGlossary(locale: Locale, order: readonly unknown[], terms: readonly GlossaryTerm[]) {
  const glossed = new WeakMap<object, string>();
  if (locale === 'en') {
    const first = new FirstUse(terms);
    const seen = new WeakSet<object>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (isPlain(v)) {
        if (seen.has(v)) return;
        seen.add(v);
        if (isPair(v)) glossed.set(v, first.en(v));
        for (const [k, child] of Object.entries(v)) if (k !== 'zh' && k !== 'en') walk(child);
      }
    };
    order.forEach(walk);
  }
  const copies = new WeakMap<object, unknown>();
  const copy = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(copy);
    if (!isPlain(v)) return v;
    if (copies.has(v)) return copies.get(v);
    const out: Record<string, unknown> = {};
    copies.set(v, out);
    for (const [k, child] of Object.entries(v)) out[k] = k === 'en' && glossed.has(v) ? glossed.get(v) : copy(child);
    return out;
  };
  return {
    apply<T>(value: T): T {
      return locale === 'en' ? (copy(value) as T) : value;
    },
  };
}

/** A city as a list page shows it: the parts it lists glossed in their reading order, the rest as it is. */
export function glossCity<C extends object>(
  locale: Locale,
  city: C,
  parts: (city: C) => readonly unknown[],
  terms: readonly GlossaryTerm[],
): C {
  return pageGlossary(locale, parts(city), terms).apply(city);
}

/** What a document entry shows, in its order. */
export const documentTexts = (d: DocumentToBring) => [d.wording, d.alternatives, d.marks, d.source, d.notes, d.tolerated?.deadline?.source];

/** What a channel entry shows, in its order. */
export const channelTexts = (c: ChannelView) => [c.label, c.title, c.steps, c.scope];

/**
 * The texts of a service page in reading order, and only what the page shows (a text walked but not
 * shown would take a term's first use): the phone to ask first, the item's dated note, the documents
 * group by group with each case's title, the notes, the channels, the time limit, the tips, then the
 * details.
 */
export function servicePageOrder(view: GuideView, item: ServiceItem, hotlines: readonly Phone[]): unknown[] {
  const cases = new Map(view.cases.map((c) => [c.id, c]));
  const documents = documentGroups(view).flatMap((g) => {
    const c = g.caseId ? cases.get(g.caseId) : undefined;
    if (c) cases.delete(c.id);
    return [c?.title, c?.description, g.conditionText, g.documents.map(documentTexts)];
  });
  return [
    // "Before you go" first: its phone is the item's own, else the city's first hotline.
    (view.phones[0] ?? hotlines[0])?.label,
    item.dated?.note,
    documents,
    view.documentNotes,
    view.channels.map(channelTexts),
    view.timeLimit,
    view.tips,
    item.description,
    item.phones,
    item.payment,
    item.legalRefs,
  ];
}
