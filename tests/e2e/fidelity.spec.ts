import { expect, test, type Locator } from '@playwright/test';
import { buildChecklist, checklistPageOrder, emptySelection, encodeSelection } from '@/lib/checklist';
import { getCities } from '@/lib/content/load';
import { resolveGuide, situationIds, type DocumentToBring } from '@/lib/guide';
import { pageGlossary, servicePageOrder } from '@/lib/guide/gloss';
import { windowTerms } from '@/lib/glossary';
import type { Locale } from '@/lib/i18n/routing';
import { compareSurface, type ExpectedDocument, type FoundDocument } from '../support/fidelity';

// The fidelity contract: for every item, case and (bounded) answer set, every document the guide model
// returns appears on the built service page, poster and checklist with its full wording, marks, source,
// notes and 容缺 mark, under its condition in words and its case; and no surface shows a document the
// model did not return. Both languages.

const locales: Locale[] = ['zh', 'en'];

async function foundOn(scope: Locator): Promise<(FoundDocument & { sheetCase?: string })[]> {
  return scope.evaluate((root) =>
    [...root.querySelectorAll('[data-guide-doc]')].map((el) => ({
      key: el.getAttribute('data-guide-doc') ?? '',
      text: el.textContent ?? '',
      group: el.closest('[data-guide-group]')?.getAttribute('data-guide-group') ?? '(no group)',
      caseId: el.closest('[data-guide-case]')?.getAttribute('data-guide-case') ?? '',
      sheetCase: el.closest('[data-poster-case]')?.getAttribute('data-poster-case') ?? undefined,
    })),
  );
}

const expectAll = (item: string, docs: DocumentToBring[], locale: Locale, caseId = ''): ExpectedDocument[] =>
  docs
    .filter((d) => d.status !== 'notNeeded')
    .map((d) => ({ key: `${item}:${d.key}`, document: d, group: d.conditionText?.[locale] ?? '', caseId }));

/** Answer sets worth trying: every combination for up to three questions, else none/all-yes/all-no/each-yes. */
function answerSets(ids: string[]): Record<string, boolean>[] {
  if (ids.length === 0) return [{}];
  if (ids.length <= 3)
    return Array.from({ length: 2 ** ids.length + 1 }, (_, n) =>
      n === 0 ? {} : Object.fromEntries(ids.map((id, i) => [id, Boolean((n - 1) & (1 << i))])),
    );
  const all = (v: boolean) => Object.fromEntries(ids.map((id) => [id, v]));
  return [{}, all(true), all(false), ...ids.map((id) => ({ ...all(false), [id]: true }))];
}

test.describe.configure({ mode: 'parallel' });

for (const city of getCities())
  for (const locale of locales) {
    test(`${city.id} ${locale}: service pages and posters show exactly what the model returns`, async ({ page }) => {
      test.setTimeout(300_000);
      const problems: string[] = [];
      for (const item of city.items) {
        const view = resolveGuide(city, item);
        const common = expectAll(item.id, view.common, locale);
        // The service page shows the model glossed for its reading order (English: "English (中文)" on first use).
        const shown = pageGlossary(locale, servicePageOrder(view, item, city.hotlines), windowTerms()).apply(view);
        const pageExpected = [
          ...expectAll(item.id, shown.common, locale),
          ...shown.cases.flatMap((c) => expectAll(item.id, c.documents, locale, c.id)),
        ];
        await page.goto(`/${locale}/${city.id}/${item.id}`);
        for (const p of compareSurface(pageExpected, await foundOn(page.locator('#bring').locator('..')), locale))
          problems.push(`page ${item.number}: ${p}`);
        // A poster prints one sheet per case, continued on further sheets when long: per case, its
        // sheets together show exactly the common documents and the case's own.
        await page.goto(`/${locale}/${city.id}/${item.id}/poster`);
        await expect(page.locator('[data-poster-sheet]').first()).toBeVisible();
        const found = await foundOn(page.locator('main'));
        if (found.some((f) => f.sheetCase === undefined)) problems.push(`poster ${item.number}: a document outside any sheet`);
        for (const c of view.cases.length ? view.cases : [undefined]) {
          const expected = [...common, ...(c ? expectAll(item.id, c.documents, locale, c.id) : [])];
          const onSheets = found.filter((f) => f.sheetCase === (c?.id ?? ''));
          for (const p of compareSurface(expected, onSheets, locale)) problems.push(`poster ${item.number} ${c?.id ?? ''}: ${p}`);
        }
      }
      expect(problems).toEqual([]);
    });

    test(`${city.id} ${locale}: the checklist shows exactly what the model returns, for every case and answer set`, async ({ page }) => {
      test.setTimeout(600_000);
      const problems: string[] = [];
      let checked = 0;
      for (const item of city.items) {
        const cases = item.scenarios.length ? item.scenarios.map((s) => s.id) : [undefined];
        for (const scenario of cases) {
          const view = resolveGuide(city, item, { scenario });
          const ids = [...new Set(view.documents.flatMap((d) => (d.condition ? situationIds(d.condition) : [])))];
          for (const answers of answerSets(ids)) {
            const selection = { ...emptySelection(city.id), items: [item.id], scenarios: scenario ? { [item.id]: scenario } : {}, answers };
            // As the page shows it: glossed for its reading order (English: "English (中文)" on first use).
            const built = buildChecklist(city, selection);
            const list = pageGlossary(locale, checklistPageOrder(built), windowTerms()).apply(built);
            const expected = list.groups.flatMap((g) =>
              g.lines.map((l) => ({ key: l.key, document: l.document, group: g.conditionText?.[locale] ?? '', caseId: '' })),
            );
            await page.goto(`/${locale}/checklist?${encodeSelection(selection)}`);
            const result = page.locator('section[aria-labelledby="step-result"]');
            await expect(result).toBeVisible();
            await expect(result.locator('[data-guide-doc]')).toHaveCount(expected.length);
            for (const p of compareSurface(expected, await foundOn(result), locale))
              problems.push(`checklist ${item.number} ${scenario ?? ''} ${JSON.stringify(answers)}: ${p}`);
            checked++;
          }
        }
      }
      expect(problems).toEqual([]);
      expect(checked).toBeGreaterThan(city.items.length);
    });
  }
