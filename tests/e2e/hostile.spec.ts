import { expect, test } from '@playwright/test';

// Unknown or hostile addresses never crash a page, never run injected script, and answer in words.
test.describe('hostile input', () => {
  let dialogs = 0;
  test.beforeEach(({ page }) => {
    dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs++;
      await d.dismiss();
    });
  });
  test.afterEach(() => expect(dialogs).toBe(0));

  for (const path of [
    '/zh/nowhere',
    '/zh/kaiyuan/no-such-item',
    '/fr/kaiyuan',
    '/en/shenyang/group/99',
    '/ky/abc',
    '/sy/3.9',
    '/zh/kaiyuan/staff/x',
  ])
    test(`unknown ${path} answers 404 with the bilingual page`, async ({ page }) => {
      const res = await page.goto(path);
      expect(res?.status()).toBe(404);
      await expect(page.getByRole('heading', { name: '找不到这个页面' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    });

  // Request-level cases for both servers are in serving.spec.ts.
  test('malformed percent-encoding answers 400 with a bilingual explanation', async ({ page }) => {
    const response = await page.goto('/zh/kaiyuan/%zz');
    expect(response?.status()).toBe(400);
    await expect(page.getByRole('heading', { name: '无法识别这个地址' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'This address could not be understood' })).toBeVisible();
  });

  test('a very long search query is cut, not choked on', async ({ page }) => {
    await page.goto('/zh/search?q=' + '报销'.repeat(500));
    await expect(page.getByRole('searchbox', { name: '搜索业务' }).last()).toHaveValue('报销'.repeat(50));
    await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('listitem').first()).toBeVisible();
  });

  test('markup and broken encoding in the search query stay text', async ({ page }) => {
    await page.goto('/en/search?q=%3Csvg%20onload%3Dalert(1)%3E%25E0%25A4');
    await expect(page.getByRole('searchbox', { name: 'Search services' }).last()).toHaveValue('<svg onload=alert(1)>%E0%A4');
    await expect(page.locator('main svg[onload]')).toHaveCount(0);
  });

  test('a very long checklist link says it was cut and keeps what it understood', async ({ page }) => {
    const items = ['outpatient-reimbursement', ...Array.from({ length: 400 }, (_, i) => `junk-${i}`)].join(',');
    await page.goto(`/en/checklist?city=kaiyuan&items=${items}`);
    const alert = page.getByRole('alert').filter({ hasText: 'could not be understood' });
    await expect(alert).toContainText('Unknown service: junk-0');
    await expect(alert).toContainText('more could not be understood');
    await expect(page.getByText('1 service chosen')).toBeVisible();
  });

  test('a checklist link for an unknown city asks for a city, in the page language', async ({ page }) => {
    await page.goto('/zh/checklist?city=%3Cscript%3Ealert(1)%3C%2Fscript%3E&items=x');
    await expect(page.getByRole('radiogroup', { name: '1. 选择城市' })).toBeVisible();
    await expect(page.getByRole('radio', { name: '开原' })).toHaveAttribute('aria-checked', 'false');
  });
});
