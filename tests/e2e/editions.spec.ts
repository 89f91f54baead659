import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { getCity } from '@/lib/content/load';
import { decodeQr } from '../support/print';

// Editions and changes (#18): every city page says when its content was checked; a printout's QR code
// carries that edition (?ed=), and the page it opens lists what changed since. The fixture edition is
// the first publication, 2026-11-23: a printout of that day predates the real changes of 2026-11-30.
const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
const kaiyuan = getCity('kaiyuan');
const PRINTED = '2026-11-23';
const CURRENT = kaiyuan.edition.checked;
const summary = (zh: string) => kaiyuan.edition.changes.find((c) => c.summary.zh.startsWith(zh))!.summary;

test.beforeAll(() => {
  // The fixture only makes sense while the log has changes after it, in Chinese and in English.
  expect(kaiyuan.edition.changes.filter((c) => c.date > PRINTED).length).toBeGreaterThan(0);
});

test('every city page says when it was checked and links to what changed', async ({ page }) => {
  await page.goto('/zh/kaiyuan/outpatient-reimbursement');
  await expect(page.getByText('核对日期：2026年11月30日 ·')).toBeVisible();
  await page.getByRole('link', { name: '更新记录' }).click();
  await expect(page).toHaveURL(/\/zh\/kaiyuan\/changes$/);
  await page.goto('/en/shenyang/offices');
  await expect(page.getByText('Checked on 30 November 2026')).toBeVisible();
  await expect(page.getByRole('link', { name: 'What has changed' }).first()).toHaveAttribute('href', '/en/shenyang/changes');
  await page.goto('/zh');
  await expect(page.getByRole('link', { name: /开原/ }).filter({ hasText: '核对日期：2026年11月30日' })).toBeVisible();
});

test('the search and checklist pages, which serve every city, give each city’s checked date', async ({ page }) => {
  for (const [path, changes] of [
    ['/zh/search', '更新记录'],
    ['/en/checklist', 'What has changed'],
  ] as const) {
    await page.goto(path);
    for (const id of ['kaiyuan', 'shenyang']) {
      const line = page
        .locator(`li[data-edition="${getCity(id).edition.checked}"]`)
        .filter({ hasText: getCity(id).name[path.startsWith('/zh') ? 'zh' : 'en'] });
      await expect(line).toBeVisible();
      await expect(line.getByRole('link', { name: changes })).toHaveAttribute('href', `${path.slice(0, 3)}/${id}/changes`);
    }
  }
});

test('the changes page lists the edition and every change, newest first, with the services concerned', async ({ page }) => {
  await page.goto('/zh/kaiyuan/changes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('开原：更新记录');
  await expect(page.getByText('本站内容最近一次与原指南核对：2026年11月30日')).toBeVisible();
  const entries = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(entries).toHaveCount(kaiyuan.edition.changes.length);
  await expect(entries.first().getByRole('heading', { level: 2 })).toHaveText('2026年11月30日');
  await expect(entries.last().getByRole('heading', { level: 2 })).toHaveText('2026年11月23日');
  await expect(entries.last()).toContainText('首次发布');
  const item10 = entries.filter({ hasText: summary('第10项').zh });
  await expect(item10).toHaveCount(1);
  await item10.getByRole('link', { name: '10. 参保人员个人账户一次性支取' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('参保人员个人账户一次性支取');

  await page.goto('/en/shenyang/changes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shenyang: what has changed');
  await expect(page.getByText('Last checked against the official guide on 30 November 2026')).toBeVisible();
  await expect(
    page
      .getByRole('main')
      .getByRole('link', { name: '3.4. Enrolment of flexible employment workers: switching from working to retired status' })
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('main').getByRole('listitem').last()).toContainText('First published');
});

test('a printout’s QR code opened after a change shows what changed since its edition (zh)', async ({ page }) => {
  await page.goto(`/ky/10?ed=${PRINTED}`);
  await expect(page).toHaveURL(new RegExp(`/zh/kaiyuan/personal-account-withdrawal\\?ed=${PRINTED}$`));
  const notice = page.getByRole('region', { name: '自您的打印版（2026年11月23日）以来，本指南有更新' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('heading', { name: '本事项的更新' })).toBeVisible();
  await expect(notice.getByText(summary('第10项').zh)).toBeVisible();
  await expect(notice.getByText('2026年11月30日').first()).toBeVisible();
  // Other items' changes come after, folded; English re-reads are no news to a Chinese printout.
  await expect(notice.getByText(summary('第19.2项').zh)).toBeHidden();
  await notice.getByText(/本市其他事项的更新（\d+条）/).click();
  await expect(notice.getByText(summary('第19.2项').zh)).toBeVisible();
  await expect(notice.getByText(summary('英文版：').zh)).toHaveCount(0);
  // Near the top: above what to bring.
  const noticeTop = (await notice.boundingBox())!.y;
  const bringTop = (await page.getByRole('heading', { name: '要带什么' }).boundingBox())!.y;
  expect(noticeTop).toBeLessThan(bringTop);
  await notice.getByRole('link', { name: '查看全部更新记录' }).click();
  await expect(page).toHaveURL(/\/zh\/kaiyuan\/changes$/);
});

test('an English page opened from an old printout lists that service’s English corrections first', async ({ page }) => {
  await page.goto(`/en/kaiyuan/resident-registration?ed=${PRINTED}`);
  const notice = page.getByRole('region', { name: 'Changed since your printed copy (23 November 2026)' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('heading', { name: 'Changes to this service' })).toBeVisible();
  await expect(notice.getByText('“within 90 days of birth”')).toBeVisible();
  await expect(notice.getByText(summary('英文版：').en)).toBeVisible();
  await expect(notice.getByText(summary('第10项').en)).toBeHidden();
  // The notice is drawn in the browser, so the crawl of served English pages cannot see it: its Chinese
  // (居住证, 出生后90天内 …) must carry lang here too.
  await notice.getByText(/Changes to other services/).click();
  const unmarked = await notice.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const out: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (/\p{Script=Han}/u.test(node.textContent ?? '') && !node.parentElement?.closest('[lang^="zh"]')) out.push(node.textContent!);
    return out;
  });
  expect(unmarked).toEqual([]);
  await expect(notice.locator('[lang="zh-CN"]', { hasText: '居住证' }).first()).toBeVisible();
});

test('a service that did not change says so, and points to the other changes', async ({ page }) => {
  await page.goto(`/zh/kaiyuan/maternity-allowance?ed=${PRINTED}`);
  const notice = page.getByRole('region', { name: /自您的打印版/ });
  await expect(notice.getByRole('heading', { name: '本事项自您的打印版以来没有变化。' })).toBeVisible();
  await expect(notice.getByText(/本市其他事项的更新（\d+条）/)).toBeVisible();
});

for (const ed of [CURRENT, 'garbage', '2099-01-01', '2026-02-30'])
  test(`?ed=${ed} shows no notice`, async ({ page }) => {
    await page.goto(`/ky/10?ed=${ed}`);
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('参保人员个人账户一次性支取');
    await expect(page.getByText('核对日期：2026年11月30日 ·')).toBeVisible();
    await expect(page.locator('[data-changed-since]')).toHaveCount(0);
  });

test('a date before the first publication is read as the first edition', async ({ page }) => {
  await page.goto('/zh/kaiyuan/personal-account-withdrawal?ed=2020-01-01');
  await expect(page.getByRole('region', { name: /自您的打印版/ }).getByText(summary('第10项').zh)).toBeVisible();
});

test('posters and printouts print their edition, and their QR codes carry it', async ({ page, request }) => {
  await page.goto('/zh/kaiyuan/outpatient-reimbursement/poster');
  const sheets = page.locator('[data-poster-sheet]');
  await expect(sheets.first().getByText('核对日期：2026年11月30日。扫码可看此后的更新。')).toBeVisible();
  await expect(sheets.first().getByRole('figure').getByText('/ky/20', { exact: true })).toBeVisible();
  const url = await decodeQr(sheets.first().getByRole('img', { name: '门诊费用报销' }));
  expect(url).toBe(`${SITE_URL}/ky/20?ed=${CURRENT}`);
  // The short link keeps the edition on its way to the page.
  const { pathname, search } = new URL(url!);
  const res = await request.get(pathname + search, { maxRedirects: 0 });
  expect(res.status()).toBe(302);
  expect(res.headers()['location']).toBe(`/zh/kaiyuan/outpatient-reimbursement?ed=${CURRENT}`);

  // The service page printed from the browser carries its edition too.
  await page.goto('/en/kaiyuan/outpatient-reimbursement');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Checked on 30 November 2026. Scan the code to see any changes since.')).toBeVisible();
  await expect(decodeQr(page.getByRole('img', { name: /Scan to open/ }))).resolves.toBe(`${SITE_URL}/ky/20?ed=${CURRENT}`);

  await page.emulateMedia({ media: 'screen' });
  await page.goto('/zh/shenyang/labels');
  await expect(page.getByText('核对日期：2026年11月30日。扫码可看此后的更新。')).toBeVisible();
  const label = page.getByRole('main').getByRole('listitem').filter({ hasText: '/sy/3.1' });
  await expect(decodeQr(label.getByRole('img'))).resolves.toBe(`${SITE_URL}/sy/3.1?ed=${getCity('shenyang').edition.checked}`);
});

for (const path of [`/zh/kaiyuan/personal-account-withdrawal?ed=${PRINTED}`, `/en/kaiyuan/resident-registration?ed=${PRINTED}`])
  test(`axe finds no WCAG A/AA violations in the notice on ${path}`, async ({ page }) => {
    await page.goto(path);
    await page.locator('[data-changed-since] summary').click();
    const results = await new AxeBuilder({ page })
      .include('[data-changed-since]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations).toEqual([]);
  });
