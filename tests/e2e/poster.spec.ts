import { expect, test } from '@playwright/test';
import { getCities } from '@/lib/content/load';
import { pdfPages } from '../support/print';

// Posters print one A4 page per sheet (one sheet per case, continued when long), at 12 pt or more,
// and the sheets of each case show its title once per sheet.
for (const city of getCities())
  for (const locale of ['zh', 'en'] as const)
    test(`${city.id} ${locale}: every poster prints one A4 page per sheet, body text at least 12 pt`, async ({ page }) => {
      test.setTimeout(180_000);
      const problems: string[] = [];
      for (const item of city.items) {
        await page.goto(`/${locale}/${city.id}/${item.id}/poster`);
        const sheets = await page.locator('[data-poster-sheet]').count();
        await page.emulateMedia({ media: 'print' });
        const smallest = await page
          .locator('[data-poster-sheet] [data-guide-doc] p')
          .evaluateAll((els) => Math.min(...els.map((el) => parseFloat(getComputedStyle(el).fontSize))));
        if (smallest < 16) problems.push(`${item.number}: text at ${smallest}px (< 12 pt)`);
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
        const pages = pdfPages(pdf);
        if (pages !== sheets) problems.push(`${item.number}: ${pages} pages for ${sheets} sheets`);
      }
      expect(problems).toEqual([]);
    });
