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

for (const path of PAGES) {
  test(`axe finds no WCAG A/AA violations on ${path}`, async ({ page }) => {
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
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations).toEqual([]);
  });
}
