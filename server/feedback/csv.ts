// The triage list as CSV for a spreadsheet: UTF-8 with a byte-order mark (Excel on Windows reads it as
// UTF-8 then), CRLF lines, every field quoted, and cells that a spreadsheet would run as a formula
// (= + - @ at the start) made inert with a leading apostrophe.
import type { TriageRow } from './staff';
import { CATEGORY_LABELS, itemName, type Catalog } from './staff-html';

const cell = (value: unknown) => {
  let s = value instanceof Date ? value.toISOString() : String(value ?? '');
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
};

const HEADER = [
  'id',
  'received_at',
  'city',
  'item',
  'item_name',
  'page',
  'locale',
  'helpful',
  'category',
  'text',
  'edition',
  'answer_by',
  'overdue',
  'status',
  'fixed_in',
];

export function feedbackCsv(rows: TriageRow[], catalog: Catalog): string {
  const lines = [HEADER.map(cell).join(',')];
  for (const r of rows)
    lines.push(
      [
        r.id,
        r.received_at,
        r.city,
        r.item,
        itemName(catalog, r.city, r.item),
        r.page,
        r.locale,
        r.helpful ? 'yes' : 'no',
        r.category ? `${r.category} ${CATEGORY_LABELS[r.category]}` : '',
        r.body,
        r.edition,
        r.due,
        r.overdue ? 'yes' : 'no',
        r.status,
        r.fixed_in,
      ]
        .map(cell)
        .join(','),
    );
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
