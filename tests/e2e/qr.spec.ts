import { expect, test } from '@playwright/test';
import { getCity } from '@/lib/content/load';
import { decodeQr as decode, pdfPages } from '../support/print';

// The origin the site was built with (npm run build reads SITE_URL; the default is the local server).
const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
// Every code of a city's page carries the edition it shows (?ed=), for "changed since your printed copy".
const KY = `?ed=${getCity('kaiyuan').edition.checked}`;
const SY = `?ed=${getCity('shenyang').edition.checked}`;

test('a service page QR code carries exactly its short URL and its edition', async ({ page }) => {
  await page.goto('/zh/kaiyuan/outpatient-reimbursement');
  await expect(decode(page.getByRole('img', { name: /扫码打开：门诊费用报销/ }))).resolves.toBe(`${SITE_URL}/ky/20${KY}`);
});

test('a sub-item and an English page carry their own short URLs', async ({ page }) => {
  await page.goto('/en/shenyang/flexible-worker-retirement');
  await expect(decode(page.getByRole('img', { name: /Scan to open/ }))).resolves.toBe(`${SITE_URL}/sy/3.4${SY}`);
});

test('the catalog and list pages show a QR code of their address with it printed under it', async ({ page }) => {
  await page.goto('/zh/shenyang');
  const qr = page.getByRole('img', { name: /扫码打开本页/ });
  await expect(decode(qr)).resolves.toBe(`${SITE_URL}/sy${SY}`);
  await expect(page.getByRole('figure').getByText('/sy', { exact: true })).toBeVisible();
  await page.goto('/en/kaiyuan/tolerated');
  await expect(decode(page.getByRole('img', { name: /Scan to open this page/ }))).resolves.toBe(`${SITE_URL}/en/kaiyuan/tolerated${KY}`);
});

test('scanning a code leads to the page it names', async ({ page, request }) => {
  await page.goto('/zh/kaiyuan/maternity-allowance');
  const url = await decode(page.getByRole('img', { name: /扫码打开/ }));
  const { pathname, search } = new URL(url!);
  const res = await request.get(pathname + search, { maxRedirects: 0 });
  expect(res.status()).toBe(302);
  expect(res.headers()['location']).toBe(`/zh/kaiyuan/maternity-allowance${KY}`);
});

test('the staff page filters by typing and shows one code full-screen to a citizen', async ({ page }) => {
  await page.goto('/zh/kaiyuan/staff');
  await expect(page.getByText('显示 35 / 35 项')).toBeVisible();
  await page.getByRole('searchbox', { name: '筛选业务' }).fill('报销');
  await expect(page.getByText(/显示 [1-9] \/ 35 项/)).toBeVisible();
  await page.getByRole('searchbox', { name: '筛选业务' }).fill('20');
  await expect(page.getByText('显示 1 / 35 项')).toBeVisible();
  await page.getByRole('button', { name: '展示给群众' }).click();
  const dialog = page.getByRole('dialog', { name: '门诊费用报销' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('/ky/20')).toBeVisible();
  await expect(decode(dialog.getByRole('img'))).resolves.toBe(`${SITE_URL}/ky/20${KY}`);
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();
});

test('the poster prints one A4 page per sheet, each with a code that scans', async ({ page }) => {
  await page.goto('/en/kaiyuan/outpatient-reimbursement/poster');
  const sheets = page.locator('[data-poster-sheet]');
  const count = await sheets.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++)
    await expect(decode(sheets.nth(i).getByRole('img', { name: 'Reimbursement of outpatient costs' }))).resolves.toBe(
      `${SITE_URL}/ky/20${KY}`,
    );
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner').first()).toBeHidden();
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(count);
});

test('a build without SITE_URL marks its printables as a preview, not for printing', async ({ page }) => {
  const preview = !process.env.SITE_URL;
  for (const path of ['/zh/kaiyuan/outpatient-reimbursement/poster', '/zh/shenyang/labels', '/en/kaiyuan/staff']) {
    await page.goto(path);
    const marks = page.locator('[data-preview-mark]');
    if (preview) await expect(marks.first()).toBeVisible();
    else await expect(marks).toHaveCount(0);
  }
});

test('the label sheet has a scannable label for every number and prints on A4', async ({ page }) => {
  await page.goto('/zh/shenyang/labels');
  const labels = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('img') });
  await expect(labels).toHaveCount(29 + 2);
  await expect(decode(labels.filter({ hasText: '/sy/3.1' }).getByRole('img'))).resolves.toBe(`${SITE_URL}/sy/3.1${SY}`);
  await page.emulateMedia({ media: 'print' });
  const pages = pdfPages(await page.pdf({ format: 'A4' }));
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(3);
});
