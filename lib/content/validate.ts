import type { z } from 'zod';
import {
  CitySchema,
  ServiceItemSchema,
  type City,
  type CityInput,
  type DocumentRequirement,
  type ServiceItem,
  type ServiceItemInput,
} from './schema';

/** A city's raw content as its index file exports it: the city file and its items by file name. */
export interface CityModule {
  city: CityInput;
  /** Items keyed by file name without extension, e.g. "20-outpatient-reimbursement". */
  items: Record<string, ServiceItemInput>;
}

/** A city with its parsed items, in official order. */
export interface CityContent extends City {
  items: ServiceItem[];
}

/** Raised when content fails validation; the message names file and field. */
export class ContentError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Content is invalid:\n  ${problems.join('\n  ')}`);
    this.name = 'ContentError';
  }
}

function formatIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path
      .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
      .join('');
    return `${file}: ${path || '(root)'}: ${issue.message}`;
  });
}

/** Sort key for official numbers such as "3", "3.1", "19.2". */
export function compareNumbers(a: string, b: string): number {
  const [am, as = '0'] = a.split('.');
  const [bm, bs = '0'] = b.split('.');
  return Number(am) - Number(bm) || Number(as) - Number(bs);
}

/** Parse and cross-check one city's content; throws ContentError naming every problem. */
export function validateCity(dir: string, mod: CityModule): CityContent {
  const problems: string[] = [];
  const cityFile = `${dir}/city.ts`;
  const cityResult = CitySchema.safeParse(mod.city);
  if (!cityResult.success) problems.push(...formatIssues(cityFile, cityResult.error));

  const items: ServiceItem[] = [];
  const files = new Map<ServiceItem, string>();
  for (const [name, raw] of Object.entries(mod.items)) {
    const result = ServiceItemSchema.safeParse(raw);
    if (result.success) {
      items.push(result.data);
      files.set(result.data, `${dir}/items/${name}.ts`);
    }
    else problems.push(...formatIssues(`${dir}/items/${name}.ts`, result.error));
  }
  if (!cityResult.success) throw new ContentError(problems);
  const city = cityResult.data;

  const categories = new Set(city.categories.map((c) => c.id));
  const offices = new Set(city.offices.map((o) => o.id));
  const groups = new Set(city.groups.map((g) => g.number));
  const ids = new Map<string, string>();
  const numbers = new Map<string, string>();

  const checkDocs = (file: string, path: string, docs: DocumentRequirement[]) =>
    docs.forEach((d, i) => {
      for (const id of [d.doc, ...(d.anyOf ?? [])])
        if (!(id in city.documents)) problems.push(`${file}: ${path}[${i}].doc: unknown document "${id}" (add it to ${cityFile} documents)`);
      if (d.when && !(d.when.condition in city.conditions))
        problems.push(`${file}: ${path}[${i}].when.condition: unknown condition "${d.when.condition}"`);
    });

  for (const item of items) {
    const file = files.get(item)!;
    if (ids.has(item.id)) problems.push(`${file}: id: "${item.id}" is also used by ${ids.get(item.id)}`);
    ids.set(item.id, file);
    if (numbers.has(item.number)) problems.push(`${file}: number: "${item.number}" is also used by ${numbers.get(item.number)}`);
    numbers.set(item.number, file);
    if (!categories.has(item.category)) problems.push(`${file}: category: unknown category "${item.category}"`);
    const main = item.number.split('.')[0];
    if (item.number.includes('.') && !groups.has(main))
      problems.push(`${file}: number: sub-item ${item.number} needs a group "${main}" in ${cityFile}`);
    checkDocs(file, 'documents', item.documents);
    item.scenarios.forEach((s, i) => checkDocs(file, `scenarios[${i}].documents`, s.documents));
    item.channels.forEach((c, i) => {
      if (c.kind === 'window' && c.office && !offices.has(c.office))
        problems.push(`${file}: channels[${i}].office: unknown office "${c.office}"`);
    });
  }
  city.toleratedMissing.forEach((row, r) => {
    row.items.forEach((id, i) => {
      if (!ids.has(id)) problems.push(`${cityFile}: toleratedMissing[${r}].items[${i}]: unknown item "${id}"`);
    });
    row.documents.forEach((d, i) => {
      if (d.doc && !(d.doc in city.documents))
        problems.push(`${cityFile}: toleratedMissing[${r}].documents[${i}].doc: unknown document "${d.doc}"`);
    });
  });
  city.prohibited.forEach((list, l) =>
    list.entries.forEach((entry, e) =>
      entry.items.forEach((id, i) => {
        if (!ids.has(id)) problems.push(`${cityFile}: prohibited[${l}].entries[${e}].items[${i}]: unknown item "${id}"`);
      }),
    ),
  );
  city.lifeEvents.forEach((event, e) =>
    event.items.forEach((id, i) => {
      if (!ids.has(id)) problems.push(`${cityFile}: lifeEvents[${e}].items[${i}]: unknown item "${id}"`);
    }),
  );
  if (problems.length) throw new ContentError(problems);
  items.sort((a, b) => compareNumbers(a.number, b.number));
  return { ...city, items };
}
