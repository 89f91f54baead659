// The staff pages' HTML. Every value from a resident or the database goes through esc(); the pages have
// no script, and their one inline style is allowed by its hash.
import { createHash } from 'node:crypto';
import { FEEDBACK_CATEGORIES, type FeedbackCategory } from '@/lib/feedback/constants';
import { STATUSES, type FeedbackFilter, type Status } from './store';
import type { TriageRow } from './staff';

/** Per city: its name, its edition (核对日期) and its items' numbers and titles, from the deployed build. */
export type Catalog = Record<string, { name: string; edition?: string; items: Record<string, { number: string; title: string }> }>;

export const esc = (s: unknown) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

export const CATEGORY_LABELS: Record<FeedbackCategory, string> = {
  'window-differs': '窗口要求与指南不一致',
  'hard-to-understand': '信息看不懂',
  'outdated-or-wrong': '信息过时或错误',
  other: '其他',
};
export const STATUS_LABELS: Record<Status, string> = {
  new: '新 New',
  confirmed: '已确认 Confirmed',
  fixed: '已修正 Fixed',
  'not-a-problem': '不是问题 Not a problem',
};

const STYLE = `
body{font:16px/1.5 system-ui,"Noto Sans CJK SC",sans-serif;margin:0;color:#1a1a1a;background:#f6f7f9}
main{max-width:72rem;margin:0 auto;padding:1rem}
h1{font-size:1.4rem;margin:.5rem 0 1rem}h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid #d0d4da;padding:.4rem .5rem;text-align:left;vertical-align:top}
th{background:#eef1f5;font-weight:600}
form.inline{display:flex;gap:.4rem;flex-wrap:wrap;align-items:center;margin:0}
label{display:inline-flex;flex-direction:column;font-size:.85rem;gap:.15rem}
select,input,button{font:inherit;padding:.3rem .5rem;border:1px solid #8a929c;border-radius:4px;background:#fff}
button{background:#0b5cad;color:#fff;border-color:#0b5cad;cursor:pointer}
button.plain{background:#fff;color:#0b5cad}
.overdue{color:#a00;font-weight:600}.muted{color:#5b636d;font-size:.85rem}
.text{white-space:pre-wrap;overflow-wrap:anywhere;max-width:28rem}
.bar{display:flex;justify-content:space-between;align-items:center;gap:1rem;flex-wrap:wrap}
@media (max-width:48rem){table.cards,table.cards tbody,table.cards tr,table.cards td{display:block;width:auto}
table.cards thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table.cards tr{margin:0 0 1rem;border:1px solid #d0d4da}table.cards td{border:0;border-top:1px solid #eef1f5}
table.cards td::before{content:attr(data-label);display:block;font-size:.85rem;color:#5b636d}}
.login{max-width:24rem;margin:4rem auto;background:#fff;padding:1.5rem;border:1px solid #d0d4da;border-radius:6px}
.error{color:#a00}
`;
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');
export const STAFF_CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${esc(title)} · 医保办事指南</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

export function renderMessage(title: string, text: string): string {
  return page(title, `<h1>${esc(title)}</h1><p>${esc(text)}</p><p><a href="/staff/feedback">返回 Back</a></p>`);
}

export function renderLogin(error?: string): string {
  return page(
    '员工登录 Staff sign-in',
    `<div class="login"><h1>居民反馈 · 员工登录<br><span class="muted">Residents’ feedback · staff sign-in</span></h1>
${error ? `<p class="error" role="alert">${esc(error)}</p>` : ''}
<form method="post" action="/staff/feedback/login"><p><label>密码 Password<input type="password" name="password" autocomplete="current-password" required maxlength="200"></label></p><p><button type="submit">登录 Sign in</button></p></form></div>`,
  );
}

type TriageView = {
  rows: TriageRow[];
  total: number;
  counts: { city: string | null; item: string | null; total: number; open: number }[];
  filter: FeedbackFilter;
  values: { cities: string[]; items: { city: string; item: string }[] };
  catalog: Catalog;
  /** The current filter as a query string (with its ?), kept by the status forms and the export link. */
  query: string;
};

const option = (value: string, label: string, selected: boolean) =>
  `<option value="${esc(value)}"${selected ? ' selected' : ''}>${esc(label)}</option>`;

export function itemName(catalog: Catalog, city: string | null, item: string | null): string {
  if (!city) return '（不属于某个城市的页面）';
  const c = catalog[city];
  if (!item) return `${c?.name ?? city}（列表页）`;
  const i = c?.items[item];
  return i ? `${c.name} ${i.number}. ${i.title}` : `${c?.name ?? city} ${item}`;
}

const shanghai = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

function row(r: TriageRow, catalog: Catalog, back: string): string {
  const statusForm = `<form class="inline" method="post" action="/staff/feedback/${esc(r.id)}/status">
<input type="hidden" name="back" value="${esc(back)}">
<label>状态 Status<select name="status">${STATUSES.map((s) => option(s, STATUS_LABELS[s], s === r.status)).join('')}</select></label>
<label>修正版本 Fixed in<input name="fixed_in" size="10" maxlength="40" value="${esc(r.fixed_in)}" placeholder="2026-12-15"></label>
<button type="submit" class="plain">保存 Save</button></form>`;
  return `<tr data-id="${esc(r.id)}">
<td data-label="收到 Received">${esc(shanghai.format(r.received_at))}${r.edition ? `<br><span class="muted">核对日期 ${esc(r.edition)}</span>` : ''}</td>
<td data-label="页面 Page"><a href="${esc(r.page)}">${esc(itemName(catalog, r.city, r.item))}</a><br><span class="muted">${esc(r.page)}</span></td>
<td data-label="评价 Rating">${r.helpful ? '有帮助 Helpful' : '<strong>没有帮助 Not helpful</strong>'}${r.category ? `<br>${esc(CATEGORY_LABELS[r.category])}` : ''}</td>
<td class="text" data-label="内容 Text">${esc(r.body)}</td>
<td data-label="答复期限 Answer by">${r.due ? `<span class="${r.overdue ? 'overdue' : ''}">${r.overdue ? '已逾期 Overdue: ' : ''}${esc(r.due)}</span>` : '—'}</td>
<td data-label="状态 Status">${esc(STATUS_LABELS[r.status])}${r.fixed_in ? `<br><span class="muted">${esc(r.fixed_in)}</span>` : ''}${statusForm}</td>
</tr>`;
}

export function renderTriage(v: TriageView): string {
  const { filter, catalog } = v;
  const back = `/staff/feedback${v.query}`;
  const filters = `<form class="inline" method="get" action="/staff/feedback" aria-label="筛选 Filter">
<label>城市 City<select name="city"><option value="">全部 All</option>${v.values.cities.map((c) => option(c, catalog[c]?.name ?? c, filter.city === c)).join('')}</select></label>
<label>事项 Item<select name="item"><option value="">全部 All</option>${v.values.items.map((i) => option(i.item, itemName(catalog, i.city, i.item), filter.item === i.item)).join('')}</select></label>
<label>类别 Category<select name="category"><option value="">全部 All</option>${FEEDBACK_CATEGORIES.map((c) => option(c, CATEGORY_LABELS[c], filter.category === c)).join('')}</select></label>
<label>状态 Status<select name="status"><option value="">全部 All</option>${STATUSES.map((s) => option(s, STATUS_LABELS[s], filter.status === s)).join('')}</select></label>
<label>评价 Rating<select name="helpful"><option value="">全部 All</option>${option('no', '没有帮助 Not helpful', filter.helpful === false)}${option('yes', '有帮助 Helpful', filter.helpful === true)}</select></label>
<button type="submit">筛选 Filter</button></form>`;
  const counts = v.counts.length
    ? `<table><thead><tr><th>页面 Page</th><th>“没有帮助” Not helpful</th><th>待处理 Open</th></tr></thead><tbody>${v.counts
        .map(
          (c) =>
            `<tr><td><a href="/staff/feedback?${esc(new URLSearchParams({ ...(c.city ? { city: c.city } : {}), ...(c.item ? { item: c.item } : {}), helpful: 'no' }).toString())}">${esc(itemName(catalog, c.city, c.item))}</a></td><td>${c.total}</td><td>${c.open}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '<p class="muted">还没有“没有帮助”的评价。No “not helpful” ratings yet.</p>';
  const list = v.rows.length
    ? `<table class="cards"><thead><tr><th>收到 Received</th><th>页面 Page</th><th>评价 Rating</th><th>内容 Text</th><th>答复期限 Answer by</th><th>状态 Status</th></tr></thead><tbody>${v.rows.map((r) => row(r, catalog, back)).join('')}</tbody></table>`
    : '<p>没有符合条件的反馈。No feedback matches.</p>';
  return page(
    '居民反馈 Feedback',
    `<div class="bar"><h1>居民反馈 <span class="muted">Residents’ feedback</span></h1>
<form method="post" action="/staff/feedback/logout"><button type="submit" class="plain">退出 Sign out</button></form></div>
${filters}
<h2>按页面统计 “没有帮助” · Not helpful, by page</h2>${counts}
<div class="bar"><h2>反馈 Feedback <span class="muted">（${v.total} 条，最新在前 · ${v.total} in all, newest first${v.total > v.rows.length ? `; showing ${v.rows.length}` : ''}）</span></h2>
<a href="/staff/feedback/export.csv${esc(v.query)}" download>导出 CSV · Export CSV</a></div>
<p class="muted">“没有帮助”的评价须在收到后 15 个工作日内答复（按法定节假日和调休计算）。Bad ratings are due for an answer within 15 working days of receipt.</p>
${list}`,
  );
}
