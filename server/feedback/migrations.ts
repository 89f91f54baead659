// The feedback store's schema, as numbered migrations run at start, in order, once each, in one
// transaction apiece. The same SQL runs on PGlite (embedded) and on PostgreSQL. Never edit a migration
// that has shipped: add the next one.
export const MIGRATIONS: { id: number; name: string; sql: string }[] = [
  {
    id: 1,
    name: 'feedback',
    sql: `
      create table feedback (
        id uuid primary key default gen_random_uuid(),
        received_at timestamptz not null default now(),
        page text not null,
        locale text not null check (locale in ('zh', 'en')),
        city text,
        item text,
        helpful boolean not null,
        category text check (category in ('window-differs', 'hard-to-understand', 'outdated-or-wrong', 'other')),
        body text check (char_length(body) <= 500),
        edition date,
        status text not null default 'new' check (status in ('new', 'confirmed', 'fixed', 'not-a-problem')),
        fixed_in text check (char_length(fixed_in) <= 40),
        status_changed_at timestamptz
      );
      create index feedback_received on feedback (received_at desc);
      create index feedback_item on feedback (city, item) where not helpful;
      create table staff_session (
        token_hash text primary key,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null
      );
    `,
  },
];
