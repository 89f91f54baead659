import type { Change, Edition, LocalizedText, ServiceItem } from '@/content/schema';

/** A change as every surface shows it: its date, what changed, and the items it concerns. */
export interface ChangeView {
  /** Publication day, YYYY-MM-DD. */
  date: string;
  /** What changed, in plain words. */
  summary: LocalizedText;
  /** The items it concerns, in official order; empty for a change to the whole guide. */
  items: { id: string; number: string; title: LocalizedText }[];
}

/** A city's edition: the day its content was last checked, its first publication and its changes, newest first. */
export interface EditionView {
  /** 核对日期, YYYY-MM-DD: printed on every page, poster and printout, and carried by their QR codes as ?ed=. */
  checked: string;
  /** The guide's first publication on the site (the change log's first entry). */
  published: ChangeView;
  /** Every change after the first publication, newest first. */
  changes: ChangeView[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The edition a printout's QR code carries (`?ed=2026-11-30`), or undefined for anything that is not a
 * date that exists: a mistyped, cut-off or tampered parameter is ignored, never trusted.
 */
export function parseEditionParam(raw: string | null | undefined): string | undefined {
  const m = ISO_DATE.exec(raw?.trim() ?? '');
  if (!m) return undefined;
  const [, y, mo, d] = m.map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? m[0] : undefined;
}

/**
 * The edition of a city's guide, its changes resolved to the items they name, newest first (entries of one
 * day in the log's order). With a locale, only the changes its readers can see: an English re-read is no
 * news to someone holding a Chinese printout.
 */
export function editionView(
  city: { edition: Edition; items: Pick<ServiceItem, 'id' | 'number' | 'title'>[] },
  locale?: 'zh' | 'en',
): EditionView {
  const [first, ...later] = city.edition.changes;
  const view = (c: Change): ChangeView => ({
    date: c.date,
    summary: c.summary,
    items: city.items.filter((i) => c.items.includes(i.id)).map(({ id, number, title }) => ({ id, number, title })),
  });
  const seen = later.filter((c) => !locale || !c.only || c.only === locale);
  return { checked: city.edition.checked, published: view(first), changes: seen.map(view).sort((a, b) => b.date.localeCompare(a.date)) };
}

/** The least of a change that the functions below need; pages pass a one-language copy to the browser. */
interface Dated {
  date: string;
  items: { id: string }[];
}

/**
 * What changed after the edition a printout carries (`ed`), newest first. Nothing for a missing or
 * malformed `ed`, for the current edition or a later one (a copy printed from a newer build). A date
 * before the first publication cannot be a real printout's; it is read as the first edition, so its
 * holder still learns every change.
 */
export function changesSince<C extends Dated>(
  edition: { checked: string; published: { date: string }; changes: C[] },
  ed: string | null | undefined,
): C[] {
  const since = parseEditionParam(ed);
  if (!since || since >= edition.checked) return [];
  const from = since < edition.published.date ? edition.published.date : since;
  return edition.changes.filter((c) => c.date > from);
}

/** Changes that concern one item (its own, and those to the whole guide) first, then the others. */
export function changesForItem<C extends Dated>(changes: C[], itemId: string | undefined): { item: C[]; other: C[] } {
  const concerns = (c: C) => c.items.length === 0 || c.items.some((i) => i.id === itemId);
  return { item: itemId ? changes.filter(concerns) : changes, other: itemId ? changes.filter((c) => !concerns(c)) : [] };
}

/** The query a printout's QR code adds to its short URL, e.g. "?ed=2026-11-30". */
export function editionQuery(checked: string): string {
  return `?ed=${checked}`;
}
