import { expect, test, type Page } from '@playwright/test';

// 大字 (larger-text) mode must leave room for the content (#17): at 390×844 the chrome above the
// item's own header (site header, city links, breadcrumbs, padding) takes at most a quarter of the
// first screen, and the item name and the start of "before you go" are on it.
const SCREEN = { width: 390, height: 844 };
const PAGES = [
  ['zh', '/zh/kaiyuan/outpatient-reimbursement', '出发前看一看'],
  ['en', '/en/kaiyuan/outpatient-reimbursement', 'Before you go'],
  ['zh', '/zh/shenyang/employee-registration', '出发前看一看'],
  ['en', '/en/shenyang/childbirth-medical-costs', 'Before you go'],
] as const;

/** How much of the first screen lies above the service's own header, as a share of its height. */
async function chromeShare(page: Page): Promise<number> {
  const top = await page
    .locator('article > header')
    .first()
    .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  return top / SCREEN.height;
}

test.use({ viewport: SCREEN });

for (const large of [false, true])
  for (const [, path, before] of PAGES)
    test(`${large ? '大字' : 'normal'} mode: chrome takes at most 25% of the first screen of ${path}`, async ({ page }, info) => {
      if (large) await page.addInitScript(() => localStorage.setItem('yb-large-text', '1'));
      await page.goto(path);
      await expect(page.locator('html')).toHaveClass(large ? /large-text/ : /^(?!.*large-text)/);
      const share = await chromeShare(page);
      info.annotations.push({ type: 'chrome share', description: `${(share * 100).toFixed(1)}%` });
      console.log(`chrome share ${large ? 'large' : 'normal'} ${path}: ${(share * 100).toFixed(1)}%`);
      expect(share).toBeLessThanOrEqual(0.25);
      // The item name and the start of "before you go" are on the first screen.
      await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
      await expect(page.getByRole('heading', { name: before, level: 2 })).toBeInViewport();
    });

test.describe('大字 mode for elders (适老化)', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('yb-large-text', '1'));
  });

  for (const [, path] of PAGES.slice(0, 2))
    test(`body text ≥ 22 px with line height ≥ 1.5, touch targets ≥ 60 px, contrast ≥ 7:1 on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveClass(/large-text/);
      const text = await page.locator('main p, main li').evaluateAll((els) =>
        els
          .filter((el) => (el as HTMLElement).offsetParent !== null && el.textContent?.trim())
          .map((el) => {
            const s = getComputedStyle(el);
            return {
              size: parseFloat(s.fontSize),
              line: parseFloat(s.lineHeight) / parseFloat(s.fontSize),
              text: el.textContent!.slice(0, 30),
            };
          }),
      );
      expect(text.length).toBeGreaterThan(10);
      for (const t of text) {
        expect(t.size, t.text).toBeGreaterThanOrEqual(22);
        // Display text (the short address in 2.25rem, say) may be set tighter; running text may not.
        if (t.size < 32) expect(t.line, t.text).toBeGreaterThanOrEqual(1.5);
      }
      // Every button, and every link that stands alone (not inside a sentence), is at least 60 px high.
      const targets = await page
        .locator('header a, header button, main button, main a[class*="min-h"]')
        .evaluateAll((els) =>
          els
            .filter((el) => (el as HTMLElement).offsetParent !== null && !el.classList.contains('sr-only'))
            .map((el) => ({ h: el.getBoundingClientRect().height, name: el.textContent?.trim() || el.getAttribute('aria-label') })),
        );
      expect(targets.length).toBeGreaterThan(5);
      for (const t of targets) expect(t.h, String(t.name)).toBeGreaterThanOrEqual(60);
      const { default: AxeBuilder } = await import('@axe-core/playwright');
      const results = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
      expect(results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
    });
});

test('follows the reader’s text size: at 200% the page grows and never scrolls sideways', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  // A browser or phone set to twice the usual text size (16 px → 32 px).
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
  for (const path of [
    '/zh/kaiyuan/outpatient-reimbursement',
    '/en/shenyang/childbirth-medical-costs',
    '/en/checklist?city=kaiyuan&items=outpatient-reimbursement',
  ]) {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    const root = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(root).toBe(36);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
