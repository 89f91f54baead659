import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGES } from '../support/pages';

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
