import { expect, test } from '@playwright/test';
import { decodeQr as decode } from '../support/print';
import { edition } from '../fixtures/third-city/edition';

// Runs only in the "third-city" project, against a build to which scripts/third-city.ts added the
// fixture city tests/fixtures/third-city as content/testville with one registry line, and which it built
// with SITE_URL=https://guide.example.org.

test('a third city added as a folder and one registry line has its home link, catalog, pages, poster and short link', async ({ page }) => {
  await page.goto('/zh');
  await page.getByRole('navigation', { name: /城市/ }).getByRole('link', { name: '测试' }).click();
  await expect(page).toHaveURL(/\/zh\/testville$/);
  await page
    .getByRole('link', { name: /城乡居民参保登记/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('城乡居民参保登记');
  // The shared proxy situation adds its document under its condition; the optional one is marked.
  await expect(page.locator('[data-guide-group="代办时"]')).toContainText('代办人有效身份证件');
  await expect(page.locator('[data-guide-group=""]')).toContainText('可选受理材料');
  await expect(page.getByRole('region', { name: '去哪里办' })).toContainText('一体机');

  await page.goto('/en/testville/resident-enrolment/poster');
  await expect(page.locator('[data-poster-sheet]')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enrolment of urban and rural residents');
  // A production build: the code carries the public origin and the city's edition, and nothing says "preview".
  await expect(decode(page.getByRole('img', { name: 'Enrolment of urban and rural residents' }))).resolves.toBe(
    `https://guide.example.org/tv/1?ed=${edition.checked}`,
  );
  await expect(page.locator('[data-preview-mark]')).toHaveCount(0);

  const res = await page.request.get('/tv/1', { maxRedirects: 0 });
  expect(res.status()).toBe(302);
  expect(res.headers()['location']).toBe('/zh/testville/resident-enrolment');

  // Built with SECURITY_CONTACT: security.txt is served, and nothing else under /.well-known/.
  const txt = await page.request.get('/.well-known/security.txt');
  expect(txt.status()).toBe(200);
  expect(await txt.text()).toContain('Contact: mailto:security@guide.example.org');
  expect(await txt.text()).toContain('Canonical: https://guide.example.org/.well-known/security.txt');
  expect((await page.request.get('/.well-known/other.txt')).status()).toBe(404);

  await page.goto('/en/checklist?city=testville&items=resident-enrolment&c.proxy=1');
  await expect(page.getByRole('checkbox', { name: 'Valid identity document of the person applying for you' })).toBeVisible();
});
