import { expect, test } from '@playwright/test';

test.describe('language redirect from /', () => {
  test('a Chinese browser lands on /zh', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await context.close();
  });

  test('an English browser lands on /en', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await context.close();
  });

  test('an unknown language gets Chinese', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh$/);
    await context.close();
  });

  test('without JavaScript / offers both languages', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('link', { name: '中文' })).toHaveAttribute('href', '/zh');
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en');
    await context.close();
  });
});

test('the language switch keeps the page', async ({ page }) => {
  await page.goto('/zh/shenyang');
  await page.getByRole('link', { name: /切换语言/ }).click();
  await expect(page).toHaveURL(/\/en\/shenyang$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: /Switch language/ }).click();
  await expect(page).toHaveURL(/\/zh\/shenyang$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('zh and en pages render in their language', async ({ page }) => {
  await page.goto('/zh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('医保办事指南');
  await page.goto('/en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Medical Insurance Service Guide');
});

test('every page declares its other-language twin, a title and a description', async ({ page }) => {
  await page.goto('/en/kaiyuan');
  await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute('href', /\/zh\/kaiyuan$/);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/kaiyuan$/);
  await expect(page).toHaveTitle(/Kaiyuan/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
});

test('an unknown address answers 404 with the bilingual page and a way home', async ({ page }) => {
  const response = await page.goto('/zh/nope');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '找不到这个页面' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: /Back to the Medical Insurance Service Guide home page/ }).click();
  await expect(page).toHaveURL(/\/en$/);
});

test('the larger-text switch enlarges text and is remembered', async ({ page }) => {
  await page.goto('/zh');
  const body = page.locator('body');
  const size = () => body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await size()).toBeGreaterThanOrEqual(18);
  const toggle = page.getByRole('button', { name: /大字模式/ });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await size()).toBeGreaterThanOrEqual(24);
  await page.reload();
  await expect(page.getByRole('button', { name: /大字模式/ })).toHaveAttribute('aria-pressed', 'true');
  expect(await size()).toBeGreaterThanOrEqual(24);
  await page.goto('/en');
  expect(await size()).toBeGreaterThanOrEqual(24);
  await page.getByRole('button', { name: /Larger text/ }).click();
  expect(await size()).toBeLessThan(24);
});

test('body text is at least 18 px with line height at least 1.5', async ({ page }) => {
  await page.goto('/zh');
  const { size, lineHeight } = await page
    .locator('main p')
    .first()
    .evaluate((el) => {
      const s = getComputedStyle(el);
      return { size: parseFloat(s.fontSize), lineHeight: parseFloat(s.lineHeight) };
    });
  expect(size).toBeGreaterThanOrEqual(18);
  expect(lineHeight / size).toBeGreaterThanOrEqual(1.5);
});

test('header controls are at least 44×44 px', async ({ page }) => {
  await page.goto('/zh');
  const targets = page.locator('header a:not(.sr-only):visible, header button:visible');
  const count = await targets.count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i++) {
    const box = await targets.nth(i).boundingBox();
    expect(box?.height, await targets.nth(i).innerText()).toBeGreaterThanOrEqual(44);
    expect(box?.width, await targets.nth(i).innerText()).toBeGreaterThanOrEqual(44);
  }
});

test('keyboard focus is visible', async ({ page }) => {
  await page.goto('/zh');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return getComputedStyle(el).outlineStyle;
  });
  expect(outline).not.toBe('none');
});

test('pages run without CSP violations or script errors', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });
  page.on('pageerror', (err) => problems.push(err.message));
  for (const path of ['/zh', '/en/shenyang', '/zh/nope']) {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
  }
  expect(problems.filter((p) => !/status of 404/.test(p))).toEqual([]);
});
