// Reading and writing feedback. Every value goes in as a parameter; nothing is spliced into SQL.
import type { FeedbackCategory } from '@/lib/feedback/constants';
import type { Database } from './database';

export const STATUSES = ['new', 'confirmed', 'fixed', 'not-a-problem'] as const;
export type Status = (typeof STATUSES)[number];

export type NewFeedback = {
  page: string;
  locale: 'zh' | 'en';
  city?: string;
  item?: string;
  helpful: boolean;
  category?: FeedbackCategory;
  /** Already masked (lib/feedback/mask.ts). */
  body?: string;
  edition?: string;
};

export type FeedbackRow = {
  id: string;
  received_at: Date;
  page: string;
  locale: 'zh' | 'en';
  city: string | null;
  item: string | null;
  helpful: boolean;
  category: FeedbackCategory | null;
  body: string | null;
  edition: string | null;
  status: Status;
  fixed_in: string | null;
  status_changed_at: Date | null;
};

export type FeedbackFilter = { city?: string; item?: string; category?: string; status?: string; helpful?: boolean };

const COLUMNS = `id, received_at, page, locale, city, item, helpful, category, body, to_char(edition, 'YYYY-MM-DD') as edition, status, fixed_in, status_changed_at`;

export async function insertFeedback(db: Database, f: NewFeedback): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    'insert into feedback (page, locale, city, item, helpful, category, body, edition) values ($1, $2, $3, $4, $5, $6, $7, $8) returning id',
    [f.page, f.locale, f.city ?? null, f.item ?? null, f.helpful, f.category ?? null, f.body || null, f.edition ?? null],
  );
  return row.id;
}

function where(filter: FeedbackFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  for (const key of ['city', 'item', 'category', 'status'] as const) {
    const value = filter[key];
    if (value) {
      params.push(value);
      clauses.push(`${key} = $${params.length}`);
    }
  }
  if (filter.helpful !== undefined) {
    params.push(filter.helpful);
    clauses.push(`helpful = $${params.length}`);
  }
  return { sql: clauses.length ? `where ${clauses.join(' and ')}` : '', params };
}

/** Newest first. */
export async function listFeedback(db: Database, filter: FeedbackFilter, limit = 200, offset = 0): Promise<FeedbackRow[]> {
  const w = where(filter);
  return db.query<FeedbackRow>(
    `select ${COLUMNS} from feedback ${w.sql} order by received_at desc, id limit ${limit} offset ${offset}`,
    w.params,
  );
}

export async function countFeedback(db: Database, filter: FeedbackFilter): Promise<number> {
  const w = where(filter);
  const [row] = await db.query<{ n: number }>(`select count(*)::int as n from feedback ${w.sql}`, w.params);
  return row.n;
}

/** "Not helpful" answers by page's city and item, most first, with how many are still open. */
export async function notHelpfulByItem(db: Database): Promise<{ city: string | null; item: string | null; total: number; open: number }[]> {
  return db.query(
    `select city, item, count(*)::int as total, (count(*) filter (where status in ('new', 'confirmed')))::int as open
       from feedback where not helpful group by city, item order by total desc, city, item limit 50`,
  );
}

/** Sets a status; `fixed` needs the edition that fixed it. Returns false when there is no such feedback. */
export async function setStatus(db: Database, id: string, status: Status, fixedIn?: string): Promise<boolean> {
  const rows = await db.query(`update feedback set status = $2, fixed_in = $3, status_changed_at = now() where id = $1 returning id`, [
    id,
    status,
    status === 'fixed' ? (fixedIn ?? null) : null,
  ]);
  return rows.length === 1;
}

/** Deletes feedback received more than `days` days ago; returns how many. */
export async function deleteOlderThan(db: Database, days: number): Promise<number> {
  const rows = await db.query(`delete from feedback where received_at < now() - make_interval(days => $1) returning id`, [days]);
  return rows.length;
}

/** Filter values present in the data, for the triage page's selects. */
export async function facets(db: Database): Promise<{ cities: string[]; items: { city: string; item: string }[] }> {
  const cities = await db.query<{ city: string }>('select distinct city from feedback where city is not null order by city');
  const items = await db.query<{ city: string; item: string }>(
    'select distinct city, item from feedback where item is not null and city is not null order by city, item',
  );
  return { cities: cities.map((r) => r.city), items };
}
