import { expect, test } from '@playwright/test';

test('after one visit, pages and the checklist keep working offline, with a visible note', async ({ page, context }) => {
  await page.goto('/zh/kaiyuan/outpatient-reimbursement');
  // Wait until the service worker has precached and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 15_000 }).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('门诊费用报销');
  await expect(page.getByRole('status').filter({ hasText: '您现在没有联网' })).toBeVisible();

  await page.goto('/zh/shenyang');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('沈阳医保办事指南');

  await page.goto('/zh/checklist?city=kaiyuan&items=outpatient-reimbursement,inpatient-reimbursement');
  await expect(
    page
      .getByRole('region', { name: /要带的材料/ })
      .getByRole('checkbox')
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('checkbox', { name: '住院收据' })).toBeVisible();

  await page.goto('/en/search?q=maternity');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toContainText(/maternity/i);

  // A page never opened before: the offline page says so and offers what works.
  await page.goto('/zh/shenyang/pharmacy-agreement');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('现在没有联网');
  await expect(page.getByRole('main').getByRole('link', { name: '我的材料清单' })).toBeVisible();

  await context.setOffline(false);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('现在没有联网');
  await expect(page.getByRole('status').filter({ hasText: '您现在没有联网' })).toHaveCount(0);
});
