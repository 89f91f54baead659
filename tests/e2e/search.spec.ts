import { expect, test, type Page } from '@playwright/test';

const firstResult = (page: Page) =>
  page
    .getByRole('list', { name: /搜索结果|Search results/ })
    .getByRole('listitem')
    .first();

async function type(page: Page, query: string) {
  const box = page.getByRole('searchbox', { name: /搜索业务|Search services/ }).last();
  await box.fill('');
  await box.pressSequentially(query, { delay: 20 });
}

test.describe('search as residents type', () => {
  test('Chinese: 异地长期居住 finds the registration for living elsewhere first', async ({ page }) => {
    await page.goto('/zh/search');
    await type(page, '异地长期居住');
    await expect(firstResult(page)).toContainText('长期居住人员备案');
    await expect(firstResult(page).locator('mark').first()).toBeVisible();
  });

  test('pinyin initials: ydba finds 异地…备案', async ({ page }) => {
    await page.goto('/zh/search');
    await type(page, 'ydba');
    await expect(firstResult(page)).toContainText(/异地.*备案/);
  });

  test('everyday words: 生孩子 finds maternity items', async ({ page }) => {
    await page.goto('/zh/search');
    await type(page, '生孩子');
    await expect(firstResult(page)).toContainText(/生育/);
  });

  test('English on /en: reimbursement of inpatient costs', async ({ page }) => {
    await page.goto('/en/search');
    await type(page, 'inpatient');
    await expect(firstResult(page)).toContainText(/inpatient/i);
  });

  test('a misspelling: matternity still finds maternity', async ({ page }) => {
    await page.goto('/en/search');
    await type(page, 'matternity');
    await expect(firstResult(page)).toContainText(/maternity/i);
  });

  test('the city filter keeps only that city', async ({ page }) => {
    await page.goto('/zh/search?q=报销');
    await page.getByRole('button', { name: '沈阳' }).click();
    await expect(page).toHaveURL(/city=shenyang/);
    await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('listitem').filter({ hasText: '开原 ·' })).toHaveCount(0);
    await expect(firstResult(page)).toContainText('沈阳');
  });
});

test('a shared ?q= URL opens with its results, and results lead to the service page', async ({ page }) => {
  await page.goto('/zh/search?q=' + encodeURIComponent('门诊费用报销') + '&city=kaiyuan');
  await expect(page.getByRole('searchbox', { name: '搜索业务' }).last()).toHaveValue('门诊费用报销');
  await expect(firstResult(page)).toContainText('开原');
  await firstResult(page).getByRole('link').click();
  await expect(page).toHaveURL(/\/zh\/kaiyuan\/outpatient-reimbursement$/);
});

test('the header search box submits to the search page', async ({ page }) => {
  await page.goto('/en/kaiyuan');
  await page.getByRole('banner').getByRole('searchbox').fill('retirement');
  await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=retirement/);
  await expect(firstResult(page)).toBeVisible();
});

test('no results: suggestions, catalogs and the hotline', async ({ page }) => {
  await page.goto('/zh/search?q=' + encodeURIComponent('量子计算机'));
  await expect(page.getByText('没有找到和“量子计算机”相关的业务。')).toBeVisible();
  await expect(page.getByRole('button', { name: '生孩子' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: '024-12345-1-7' })).toHaveAttribute('href', 'tel:+862412345,1,7');
  await page.getByRole('button', { name: '生孩子' }).click();
  await expect(firstResult(page)).toContainText('生育');
});

test('markup in the query is shown as text, never run', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await page.goto('/en/search?q=' + encodeURIComponent('<img src=x onerror=alert(1)><script>alert(2)</script>'));
  await expect(page.getByRole('searchbox', { name: 'Search services' }).last()).toHaveValue(/<img src=x/);
  await expect(page.getByText(/No service found for/)).toBeVisible();
  expect(dialogs).toBe(0);
  expect(await page.locator('main img').count()).toBe(0);
});

test('without JavaScript the search page offers the catalogs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/zh/search?q=test');
  await expect(page.locator('main')).toContainText('或者浏览全部业务');
  const link = page.locator('main a[href="/zh/kaiyuan"]').first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/zh\/kaiyuan$/);
  await context.close();
});
