import type { z } from 'zod';
import { situationIds } from '@/lib/guide/condition';
import {
  CitySchema,
  EditionSchema,
  ServiceItemSchema,
  type CityContent,
  type CityModule,
  type Condition,
  type DocumentRequirement,
  type ServiceItem,
} from '@/content/schema';

/** A city's raw content as its index file exports it: the city file and its items by file name. */
export type { CityContent, CityModule } from '@/content/schema';

/** Raised when content fails validation; the message names file and field. */
export class ContentError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Content is invalid:\n  ${problems.join('\n  ')}`);
    this.name = 'ContentError';
  }
}

function formatIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
    return `${file}: ${path || '(root)'}: ${issue.message}`;
  });
}

function itemDocIds(city: Pick<CityContent, 'situations'>, item: ServiceItem): Set<string> {
  const requirements = [
    ...item.documents,
    ...item.scenarios.flatMap((s) => s.documents),
    ...item.situations.flatMap((id) => city.situations[id]?.documents ?? []),
  ];
  return new Set(requirements.flatMap((d) => [d.doc, ...(d.anyOf ?? [])]));
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
    } else problems.push(...formatIssues(`${dir}/items/${name}.ts`, result.error));
  }
  const editionFile = `${dir}/edition.ts`;
  const editionResult = EditionSchema.safeParse(mod.edition);
  if (!editionResult.success) problems.push(...formatIssues(editionFile, editionResult.error));
  if (!cityResult.success || !editionResult.success) throw new ContentError(problems);
  const city = cityResult.data;
  const edition = editionResult.data;

  const categories = new Set(city.categories.map((c) => c.id));
  const offices = new Set(city.offices.map((o) => o.id));
  const groups = new Set(city.groups.map((g) => g.number));
  const ids = new Map<string, string>();
  const numbers = new Map<string, string>();

  const known = Object.keys(city.situations).join(', ') || '(none)';
  const checkCondition = (file: string, path: string, condition: Condition) => {
    for (const id of situationIds(condition))
      if (!Object.hasOwn(city.situations, id))
        problems.push(`${file}: ${path}: unknown situation "${id}" (declare it in ${cityFile} situations; known: ${known})`);
  };
  const checkDocs = (file: string, path: string, docs: DocumentRequirement[]) =>
    docs.forEach((d, i) => {
      for (const id of [d.doc, ...(d.anyOf ?? [])])
        if (!Object.hasOwn(city.documents, id))
          problems.push(`${file}: ${path}[${i}].doc: unknown document "${id}" (add it to ${cityFile} documents)`);
      if (d.when) checkCondition(file, `${path}[${i}].when`, d.when);
    });
  for (const [id, situation] of Object.entries(city.situations)) checkDocs(cityFile, `situations.${id}.documents`, situation.documents);

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
    item.situations.forEach((id, i) => {
      if (!Object.hasOwn(city.situations, id)) problems.push(`${file}: situations[${i}]: unknown situation "${id}" (known: ${known})`);
      else if (city.situations[id].documents.length === 0)
        problems.push(`${file}: situations[${i}]: situation "${id}" declares no documents, so naming it here adds nothing`);
    });
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
      if (d.doc && !Object.hasOwn(city.documents, d.doc))
        problems.push(`${cityFile}: toleratedMissing[${r}].documents[${i}].doc: unknown document "${d.doc}"`);
      // A row names a document for its items: each of them must ask for it, or no page shows the 容缺 mark.
      else if (d.doc)
        for (const id of row.items) {
          const item = items.find((it) => it.id === id);
          if (item && !itemDocIds(city, item).has(d.doc))
            problems.push(
              `${cityFile}: toleratedMissing[${r}].documents[${i}].doc: "${d.doc}" is not among the documents of item "${id}" (${files.get(item)}), so its 容缺 mark would show nowhere`,
            );
        }
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
  edition.changes.forEach((change, c) =>
    change.items.forEach((id, i) => {
      if (!ids.has(id)) problems.push(`${editionFile}: changes[${c}].items[${i}]: unknown item "${id}" in ${city.id}`);
    }),
  );
  // The edition date says when the whole guide was last checked, so no item can have been checked later.
  for (const item of items)
    if (item.source.checked > edition.checked)
      problems.push(
        `${files.get(item)}: source.checked: ${item.source.checked} is after the edition date in ${editionFile} (${edition.checked})`,
      );
  if (problems.length) throw new ContentError(problems);
  items.sort((a, b) => compareNumbers(a.number, b.number));
  return { ...city, items, edition };
}
