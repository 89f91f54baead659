import { expect, test } from '@playwright/test';
import { PAGES } from '../support/pages';

// Runs once, in the "narrow" project (320×640): the viewport is the point of it.
// 适老化: larger-text mode reaches 24 px body text and never scrolls sideways on a 320 px phone.
test.describe('larger text at 320 px', () => {
  for (const path of PAGES.filter((p) => p !== '/' && p !== '/zh/nope'))
    test(`no horizontal scrolling on ${path}`, async ({ page }) => {
      await page.addInitScript(() => localStorage.setItem('yb-large-text', '1'));
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const size = await page
        .locator('main p')
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(size).toBeGreaterThanOrEqual(24);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
});
