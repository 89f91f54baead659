import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = [
  '/',
  '/zh',
  '/en',
  '/zh/kaiyuan',
  '/en/shenyang',
  '/zh/kaiyuan/outpatient-reimbursement',
  '/en/kaiyuan/outpatient-reimbursement',
  '/zh/shenyang/employee-registration',
  '/en/shenyang/childbirth-medical-costs',
  '/zh/shenyang/group/3',
  '/en/kaiyuan/group/19',
  '/zh/shenyang/prohibited',
  '/en/kaiyuan/tolerated',
  '/zh/shenyang/offices',
  '/en/kaiyuan/offices',
  '/zh/kaiyuan/errata',
  '/zh/search?q=%E7%94%9F%E5%AD%A9%E5%AD%90',
  '/zh/kaiyuan/staff',
  '/en/shenyang/labels',
  '/zh/shenyang/maternity-allowance/poster',
  '/en/search?q=nothing-matches-this',
  '/zh/checklist?city=kaiyuan&items=outpatient-reimbursement,inpatient-reimbursement',
  '/en/checklist?city=shenyang&items=employee-registration',
  '/en/shenyang/errata',
  '/zh/nope',
];

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const path of PAGES)
  for (const large of [false, true]) {
    test(`axe finds no WCAG A/AA violations on ${path}${large ? ' in larger-text mode' : ''}`, async ({ page }) => {
      if (large) await page.addInitScript(() => localStorage.setItem('yb-large-text', '1'));
      if (path === '/') {
        // "/" redirects at once; scan the language chooser that browsers without JavaScript see.
        await page.route('**/', async (route) => {
          const response = await route.fetch();
          const body = (await response.text()).replace(/<script>\(function\(\)\{var l=navigator[\s\S]*?<\/script>/, '');
          await route.fulfill({ response, body });
        });
      }
      await page.goto(path);
      if (path === '/') await expect(page).toHaveURL(/:\d+\/$/);
      await expect(page.locator('h1')).toBeVisible();
      if (large && path !== '/' && path !== '/zh/nope') await expect(page.locator('html')).toHaveClass(/large-text/);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(results.violations).toEqual([]);
    });
  }

// 适老化: larger-text mode reaches 24 px body text and never scrolls sideways on a 320 px phone.
test.describe('larger text at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
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
