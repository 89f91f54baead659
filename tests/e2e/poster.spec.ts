import { expect, test } from '@playwright/test';
import { getCities } from '@/lib/content/load';

// Posters print one A4 sheet per case (or one for an item without cases), at 12 pt or more.
// These long items still run onto a second page in one language (noted on issue #12): they may take
// at most two pages per sheet until their layout is split further. Any other overflow fails.
const STILL_LONG = new Set([
  'zh kaiyuan 28', 'zh kaiyuan 29', 'en kaiyuan 28', 'en kaiyuan 29', 'en kaiyuan 30', 'en kaiyuan 31',
  'en shenyang 3.3', 'en shenyang 3.4', 'en shenyang 4.1', 'en shenyang 8', 'en shenyang 16', 'en shenyang 22',
  'en shenyang 23', 'en shenyang 24',
]);

for (const city of getCities())
  for (const locale of ['zh', 'en'] as const)
    test(`${city.id} ${locale}: every poster prints one A4 page per sheet, body text at least 12 pt`, async ({ page }) => {
      test.setTimeout(180_000);
      const problems: string[] = [];
      for (const item of city.items) {
        await page.goto(`/${locale}/${city.id}/${item.id}/poster`);
        const sheets = await page.locator('[data-poster-sheet]').count();
        await page.emulateMedia({ media: 'print' });
        const smallest = await page.locator('[data-poster-sheet] [data-guide-doc] p').evaluateAll((els) =>
          Math.min(...els.map((el) => parseFloat(getComputedStyle(el).fontSize))),
        );
        if (smallest < 16) problems.push(`${item.number}: text at ${smallest}px (< 12 pt)`);
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
        const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        const allowed = STILL_LONG.has(`${locale} ${city.id} ${item.number}`) ? sheets * 2 : sheets;
        if (pages > allowed || pages < sheets) problems.push(`${item.number}: ${pages} pages for ${sheets} sheets`);
      }
      expect(problems).toEqual([]);
    });
