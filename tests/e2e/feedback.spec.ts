// Residents' feedback at phone size in both languages, online and (queued) offline, and the staff
// member who reads it, marks it and exports it. Each test writes a marker of its own, so tests can run
// in parallel against the one server and its database.
import { expect, test, type Page } from '@playwright/test';
import { E2E_STAFF_PASSWORD } from '../support/staff';

const marker = (name: string) => `${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

const box = (page: Page, question: string) => page.getByRole('region', { name: question });

async function signIn(page: Page) {
  await page.goto('/staff/feedback');
  await page.getByLabel('密码 Password').fill(E2E_STAFF_PASSWORD);
  await page.getByRole('button', { name: '登录 Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('居民反馈');
}

/** The staff CSV export, read with the signed-in page's cookie. */
const exportCsv = async (page: Page) => (await page.request.get('/staff/feedback/export.csv')).text();

test('a resident says a Chinese page helped; staff see the rating', async ({ page }) => {
  await page.goto('/zh/shenyang');
  const feedback = box(page, '这页有帮助吗？');
  await feedback.getByRole('button', { name: '有', exact: true }).click();
  await expect(feedback.getByRole('status')).toHaveText('谢谢您的反馈。');
  await expect(feedback.getByRole('button', { name: '有', exact: true })).toHaveCount(0);
});

test('an English reader reports a wrong requirement; numbers are masked; staff mark it and export it', async ({ page }) => {
  const id = marker('en');
  await page.goto('/en/kaiyuan/employer-registration');
  const feedback = box(page, 'Was this page helpful?');
  await feedback.getByRole('button', { name: 'No', exact: true }).click();
  await expect(feedback.getByText('Please do not write your name, ID number, phone number')).toBeVisible();
  await feedback.getByRole('radio', { name: 'The window asked for something different from this guide' }).check();
  const text = feedback.getByRole('textbox', { name: 'Tell us more (optional)' });
  const comment = `${id} they wanted my hukou booklet, call me on 13812345678`;
  await text.fill(comment);
  await expect(feedback.getByText(/characters left/)).toHaveText(`${500 - comment.length} characters left`);
  await feedback.getByRole('button', { name: 'Send' }).click();
  await expect(feedback.getByRole('status')).toHaveText('Thank you for your feedback.');

  await signIn(page);
  const row = page.getByRole('row').filter({ hasText: id });
  await expect(row).toContainText('开原 1. 单位参保和变更登记');
  await expect(row).toContainText('窗口要求与指南不一致');
  await expect(row).toContainText(`${id} they wanted my hukou booklet, call me on ***********`);
  await expect(row).not.toContainText('13812345678');
  // A bad rating is due within 15 working days.
  await expect(row.getByRole('cell').nth(4)).toHaveText(/^\d{4}-\d{2}-\d{2}$/);

  await row.getByLabel('状态 Status').selectOption('confirmed');
  await row.getByRole('button', { name: '保存 Save' }).click();
  await expect(page.getByRole('row').filter({ hasText: id })).toContainText('已确认 Confirmed');

  // The filter by item shows it; the helpful-only filter does not.
  await page.goto('/staff/feedback?item=employer-registration&helpful=no');
  await expect(page.getByRole('row').filter({ hasText: id })).toHaveCount(1);
  await page.goto('/staff/feedback?helpful=yes');
  await expect(page.getByRole('row').filter({ hasText: id })).toHaveCount(0);

  const csv = await exportCsv(page);
  const line = csv.split('\r\n').find((l) => l.includes(id));
  expect(line).toContain('"confirmed"');
  expect(line).toContain('"en"');
  expect(line).not.toContain('13812345678');
});

test('offline, the feedback is kept on the phone, says so, and is sent when the connection returns', async ({ page, context }) => {
  test.setTimeout(60_000);
  const id = marker('offline');
  await page.goto('/zh/kaiyuan/outpatient-reimbursement');
  // The service worker keeps it (background sync) once it controls the page.
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 }).toBe(true);
  const feedback = box(page, '这页有帮助吗？');
  await feedback.getByRole('button', { name: '没有', exact: true }).click();
  await feedback.getByRole('radio', { name: '信息看不懂' }).check();
  await feedback.getByRole('textbox', { name: '补充说明（选填）' }).fill(`${id} 看不懂`);
  await context.setOffline(true);
  await feedback.getByRole('button', { name: '发送' }).click();
  await expect(feedback.getByRole('status')).toContainText('现在没有网络。反馈已保存在这部手机上，联网后会自动发送。');

  await context.setOffline(false);
  await expect(feedback.getByRole('status')).toContainText('保存在手机上的反馈已经发送。', { timeout: 25_000 });
  await signIn(page);
  await expect(page.getByRole('row').filter({ hasText: id })).toContainText('信息看不懂');
});

test('the box is on the checklist and list pages, not on printables', async ({ page }) => {
  for (const path of ['/zh/checklist', '/zh/kaiyuan/prohibited', '/en/shenyang/offices']) {
    await page.goto(path);
    await expect(page.getByRole('region', { name: /这页有帮助吗？|Was this page helpful\?/ })).toBeVisible();
  }
  await page.goto('/zh/kaiyuan/employer-registration/poster');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: '这页有帮助吗？' })).toHaveCount(0);
});

test('staff triage needs the password: a wrong one is refused', async ({ page }) => {
  await page.goto('/staff/feedback');
  await expect(page.getByRole('table')).toHaveCount(0);
  await page.getByLabel('密码 Password').fill('not the password');
  await page.getByRole('button', { name: '登录 Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('密码不正确。Wrong password.');
  await expect(page.getByRole('table')).toHaveCount(0);
});
