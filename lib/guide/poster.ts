import type { LocalizedText } from '@/content/schema';
import { documentGroups } from './resolve';
import type { DocumentGroup, GuideCase, GuideView } from './types';

/** One printed A4 sheet of a poster. */
export interface PosterSheet {
  /** The case this sheet is for, when the item has cases. */
  caseItem?: GuideCase;
  /** Document groups on this sheet (common first, then the case's), in order. */
  groups: DocumentGroup[];
  /** True on the sheet that carries the notes, channels and time limit (the last of its case, or next to last). */
  rest: boolean;
  /** True on the sheet that carries the tips: the rest's sheet, or one of their own when they are long. */
  tips: boolean;
}

// Rough line counts at 12 pt on A4 with 8 mm margins: a two-column document area holds about 22 Chinese
// or 44 Latin characters a line; the page about 50 lines. Calibrated on the real guides by
// tests/e2e/poster.spec.ts, which prints every poster and counts pages.
const CHARS = { zh: 22, en: 40 } as const;
const PAGE_LINES = 42;

const lines = (text: string | undefined, perLine: number) => (text ? Math.ceil([...text].length / perLine) : 0);

function groupLines(g: DocumentGroup, locale: 'zh' | 'en'): number {
  const cpl = CHARS[locale];
  const docs = g.documents.reduce((n, d) => {
    const strings = [d.wording, d.alternatives, d.source, d.notes].map((t: LocalizedText | undefined) => lines(t?.[locale], cpl));
    const marks = d.marks.length ? 1 : 0;
    const tolerated = d.tolerated ? lines(`${d.tolerated.deadline?.source[locale] ?? ''}可容缺先受理后补交容缺清单第项`, cpl) : 0;
    return n + strings.reduce((a, b) => a + b, 0) + marks + tolerated + lines(d.url, cpl) + 0.4;
  }, 0);
  return docs + lines(g.conditionText?.[locale], cpl) + 1;
}

function tipLines(view: GuideView, locale: 'zh' | 'en'): number {
  const width = (CHARS[locale] * 2 * 2) / 3 - 3;
  return view.tips.length ? 1 + view.tips.reduce((n, t) => n + lines(t[locale], width) + 0.3, 0) : 0;
}

function restLines(view: GuideView, locale: 'zh' | 'en'): number {
  const full = CHARS[locale] * 2;
  const notes = view.documentNotes.length ? 1 + view.documentNotes.reduce((n, t) => n + lines(t[locale], full - 4), 0) : 0;
  const col = full / 3.5;
  const perChannel = view.channels.map(
    (c) =>
      1 +
      lines(c.title[locale], col) +
      lines(c.url, col) +
      (c.steps.length ? 1 + lines(c.steps.map((s) => s[locale]).join(' → '), col) : 0) +
      lines(c.scope?.[locale], col) +
      0.5,
  );
  // Three columns; a channel never splits, so a column may run up to half a channel longer than a third.
  const longest = Math.max(...perChannel, 0);
  const channels = 1 + Math.max(Math.ceil(perChannel.reduce((a, b) => a + b, 0) / 3 + longest / 2), longest);
  return notes + channels + 4;
}

/**
 * The sheets of an item's poster: one per case (or one for an item without cases). A sheet whose
 * estimate does not fit one A4 page moves its notes, channels, time limit and tips to a second sheet,
 * and a document list too long for one page continues on further sheets, whole groups at a time.
 */
export function planPosterSheets(view: GuideView, locale: 'zh' | 'en'): PosterSheet[] {
  // Title block, the edition line and QR code, and room for the preview mark of a build without SITE_URL.
  const header = 11 + lines(view.title[locale], CHARS[locale] * 1.2);
  const sheets: PosterSheet[] = [];
  const rest = restLines(view, locale);
  const tips = tipLines(view, locale);
  for (const caseItem of view.cases.length ? view.cases : [undefined]) {
    const groups = documentGroups(view, caseItem ? [caseItem] : []);
    const docLines = (gs: DocumentGroup[]) => Math.ceil(gs.reduce((n, g) => n + groupLines(g, locale), 0) / 2) + 2;
    if (header + docLines(groups) + Math.max(rest, rest - 4 + tips) <= PAGE_LINES) {
      sheets.push({ caseItem, groups, rest: true, tips: true });
      continue;
    }
    // Fill sheets with whole groups; the rest of the poster follows on a sheet of its own, the tips too
    // when they do not fit beside it.
    let current: DocumentGroup[] = [];
    for (const g of groups) {
      if (current.length && header + docLines([...current, g]) > PAGE_LINES) {
        sheets.push({ caseItem, groups: current, rest: false, tips: false });
        current = [];
      }
      current.push(g);
    }
    const used = header + (current.length ? docLines(current) : 0);
    if (used + Math.max(rest, rest - 4 + tips) <= PAGE_LINES) sheets.push({ caseItem, groups: current, rest: true, tips: true });
    else if (used + rest <= PAGE_LINES) {
      sheets.push({ caseItem, groups: current, rest: true, tips: false });
      if (tips) sheets.push({ caseItem, groups: [], rest: false, tips: true });
    } else {
      sheets.push({ caseItem, groups: current, rest: false, tips: false });
      if (header + Math.max(rest, rest - 4 + tips) <= PAGE_LINES) sheets.push({ caseItem, groups: [], rest: true, tips: true });
      else
        sheets.push(
          { caseItem, groups: [], rest: true, tips: false },
          ...(tips ? [{ caseItem, groups: [], rest: false, tips: true }] : []),
        );
    }
  }
  return sheets;
}
