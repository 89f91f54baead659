import { expect, test } from '@playwright/test';
import kaiyuan from '@/content/kaiyuan';
import shenyang from '@/content/shenyang';
import { validateCity } from '@/lib/content/validate';
import { beforeYouGo, resolveGuide } from '@/lib/guide';
import { pdfPages } from '../support/print';

const ky = validateCity('content/kaiyuan', kaiyuan);
const sy = validateCity('content/shenyang', shenyang);

test('a resident walks home → city → item → lists in Chinese', async ({ page }) => {
  await page.goto('/zh');
  await page.getByRole('main').getByRole('link', { name: /开原/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('开原医保办事指南');
  await page.getByRole('link', { name: /门诊费用报销/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('门诊费用报销');
  await expect(page.getByRole('heading', { name: '要带什么' })).toBeVisible();
  // On a phone the header's city links take the breadcrumbs' place.
  await page.getByRole('navigation', { name: '选择城市' }).getByRole('link', { name: '开原' }).click();
  await page.getByRole('link', { name: '容缺办理事项（可以后补的材料）' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('开原：容缺办理事项');
  await expect(page.getByRole('listitem').filter({ hasText: '参保单位参保信息查询' }).first()).toBeVisible();
});

test('a resident walks home → city → item → lists in English', async ({ page }) => {
  await page.goto('/en');
  await page
    .getByRole('main')
    .getByRole('link', { name: /Shenyang/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shenyang medical insurance services');
  const item = sy.items.find((i) => i.number === '16')!;
  await page.getByRole('link', { name: item.title.en }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title.en);
  await page.getByRole('navigation', { name: 'Choose a city' }).getByRole('link', { name: 'Shenyang' }).click();
  await page.getByRole('link', { name: 'Offices and phone numbers' }).click();
  await expect(page.getByRole('main').locator('ol > li').getByRole('heading', { level: 2 })).toHaveCount(sy.offices.length);
  const hall = page.getByRole('listitem').filter({ hasText: sy.offices[0].name.en });
  await expect(hall.getByRole('link', { name: sy.offices[0].phones[0].number })).toHaveAttribute('href', /^tel:/);
  await expect(hall.getByRole('link', { name: /Find on a map/ })).toHaveAttribute('href', /uri\.amap\.com\/search\?keyword=/);
  // The address a taxi driver can read, and a copy of it for a map app.
  await expect(hall.locator('[lang="zh-CN"]').filter({ hasText: sy.offices[0].address!.zh })).toBeVisible();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await hall.getByRole('button', { name: 'Copy the Chinese address' }).click();
  await expect(hall.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sy.offices[0].address!.zh);
  await page.getByRole('navigation', { name: 'Choose a city' }).getByRole('link', { name: 'Shenyang' }).click();
  await page.getByRole('link', { name: 'Prohibited cases' }).click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
});

test('the catalog shows every item with its number, filters by who applies, and says how many show', async ({ page }) => {
  await page.goto('/zh/shenyang');
  const rows = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.locator('a[href^="/zh/shenyang/"]') });
  await expect(page.getByText(`显示 ${sy.items.length} / ${sy.items.length} 项`)).toBeVisible();
  await page.getByRole('button', { name: '医疗机构和药店' }).click();
  const providers = sy.items.filter((i) => i.audience.some((a) => a === 'medicalInstitution' || a === 'pharmacy'));
  await expect(page.getByText(`显示 ${providers.length} / ${sy.items.length} 项`)).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(providers[0].title.zh) })).toBeVisible();
  await expect(page.getByRole('link', { name: /城乡居民参保登记/ })).toHaveCount(0);
  await page.getByRole('button', { name: '全部' }).click();
  await page.getByRole('checkbox', { name: '当场办结' }).check();
  const spot = sy.items.filter((i) => i.timeLimit?.cases.some((c) => c.limit.kind === 'immediate'));
  await expect(page.getByText(`显示 ${spot.length} / ${sy.items.length} 项`)).toBeVisible();
  await expect(rows.first()).toBeVisible();
});

test('a service page states what to bring, where and how long, as the content says', async ({ page }) => {
  const item = ky.items.find((i) => i.id === 'outpatient-reimbursement')!;
  await page.goto(`/zh/kaiyuan/${item.id}`);
  const bring = page.getByRole('region', { name: '要带什么' });
  for (const d of item.documents)
    await expect(bring.getByRole('checkbox', { name: d.text?.zh ?? ky.documents[d.doc].name.zh })).toBeVisible();
  // 容缺: the tolerated-missing list lets this item's receipts come later.
  await expect(bring.getByText(/可容缺/).first()).toBeVisible();
  const where = page.getByRole('region', { name: '去哪里办' });
  await expect(where.getByText('5、6、7、8号窗口')).toBeVisible();
  const howLong = page.getByRole('region', { name: '多久办好' });
  await expect(howLong.getByText('30个工作日内')).toBeVisible();
  await expect(howLong.getByText(`原文：${item.timeLimit!.source.zh}`)).toBeVisible();
  await expect(page.getByRole('region', { name: '咨询电话' }).getByRole('link', { name: /73600683/ })).toHaveAttribute(
    'href',
    'tel:+862473600683',
  );
  await expect(page.getByText('ky/20').first()).toBeVisible();
});

test('essentials come first on a phone: what to bring, then where, then how long', async ({ page }) => {
  await page.goto('/en/shenyang/flexible-worker-enrolment');
  const y = async (name: string) => (await page.getByRole('heading', { name, level: 2 }).boundingBox())!.y;
  const bring = await y('What to bring');
  expect(bring).toBeLessThan(await y('Where and how to apply'));
  expect(await y('Where and how to apply')).toBeLessThan(await y('How long it takes'));
  expect(await y('How long it takes')).toBeLessThan(await y('About this service'));
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Shenyang Smart Medical Insurance app' }).getByRole('listitem').first(),
  ).toBeVisible();
});

test('scenarios and conditions are shown on the service page', async ({ page }) => {
  const item = sy.items.find((i) => i.number === '2')!;
  await page.goto(`/en/shenyang/${item.id}`);
  for (const s of item.scenarios) await expect(page.getByRole('heading', { level: 3, name: s.title.en, exact: true })).toBeVisible();
  await page.goto('/zh/shenyang/flexible-worker-enrolment');
  await expect(page.getByText(sy.situations['proxy'].whenYes.zh).first()).toBeVisible();
});

test('dated content is flagged', async ({ page }) => {
  const item = ky.items.find((i) => i.dated)!;
  await page.goto(`/zh/kaiyuan/${item.id}`);
  // (A preview build adds a note of its own beside the QR code.)
  await expect(page.getByRole('note').filter({ hasText: `${item.dated!.year}年` })).toBeVisible();
});

test.describe('short URLs', () => {
  test('/ky/20 opens the Chinese service page of item 20', async ({ page }) => {
    await page.goto('/ky/20');
    await expect(page).toHaveURL(/\/zh\/kaiyuan\/outpatient-reimbursement$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('门诊费用报销');
  });

  test('/sy/3 shows item 3 with its sub-items, each with its own short URL', async ({ page }) => {
    await page.goto('/sy/3');
    await expect(page).toHaveURL(/\/zh\/shenyang\/group\/3$/);
    const subs = sy.items.filter((i) => i.number.startsWith('3.'));
    for (const s of subs) await expect(page.getByRole('link', { name: `${s.number}. ${s.title.zh}` })).toBeVisible();
    await page.goto('/sy/3.4');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(subs[3].title.zh);
    await expect(page.getByText('sy/3.4').first()).toBeVisible();
  });

  test('a short URL forwards even without JavaScript or server redirects', async ({ browser, request }) => {
    const res = await request.get('/ky/19.1', { maxRedirects: 0 });
    expect(res.status()).toBe(302);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/ky/19.1.html');
    await expect(page).toHaveURL(/\/zh\/kaiyuan\/chronic-special-disease-recognition$/);
    await context.close();
  });

  test('an unknown number answers 404', async ({ request }) => {
    expect((await request.get('/ky/99')).status()).toBe(404);
  });
});

test('a typical service page prints on at most two A4 pages, with its tips, without navigation', async ({ page }) => {
  await page.goto('/zh/kaiyuan/outpatient-reimbursement');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner').first()).toBeHidden();
  await expect(page.getByRole('heading', { name: '业务说明' })).toBeHidden();
  await expect(page.getByRole('heading', { name: '要带什么' })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdfPages(pdf)).toBeLessThanOrEqual(2);
  await expect(page.getByRole('heading', { name: '温馨提示' })).toBeVisible();
});

test('pages load as plain documents: no RSC payload is requested (the build removes them)', async ({ browser, baseURL }) => {
  // Without the service worker, whose precache downloads would only slow "networkidle" here.
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const payloads: string[] = [];
  page.on('request', (r) => {
    if (/\.txt(\?|$)|[?&]_rsc=/.test(r.url())) payloads.push(r.url());
  });
  for (const path of [
    '/zh',
    '/zh/kaiyuan',
    '/en/checklist?city=kaiyuan&items=outpatient-reimbursement',
    '/zh/search?q=%E7%94%9F%E5%AD%A9%E5%AD%90',
  ]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await page.goto('/zh/kaiyuan');
  await page.locator('main a[href^="/zh/kaiyuan/"]').first().click();
  await expect(page).toHaveURL(/\/zh\/kaiyuan\/[a-z-]+$/);
  await page.waitForLoadState('networkidle');
  expect(payloads).toEqual([]);
  await context.close();
});

test('an English service page gives the window its Chinese: the service and every document, marked as Chinese', async ({ page }) => {
  for (const [city, item] of [
    [ky, ky.items.find((i) => i.id === 'outpatient-reimbursement')!],
    [sy, [...sy.items].sort((a, b) => b.documents.length - a.documents.length)[0]],
  ] as const) {
    const view = resolveGuide(city, item);
    await page.goto(`/en/${city.id}/${item.id}`);
    const block = page.getByRole('region', { name: 'Say this at the window' });
    await expect(block).toBeVisible();
    const chinese = block.locator('[lang="zh-CN"]');
    await expect(chinese).toContainText(`我要办理：${view.title.zh}`);
    for (const d of [...view.common, ...view.cases.flatMap((c) => c.documents)]) await expect(chinese).toContainText(d.wording.zh);
    // Large enough to show across a counter.
    expect(parseFloat(await chinese.evaluate((e) => getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(24);
  }
  // Chinese pages need no such block.
  await page.goto('/zh/kaiyuan/outpatient-reimbursement');
  await expect(page.getByRole('heading', { name: '在窗口出示' })).toHaveCount(0);
});

test('the glossary gives each window term in Chinese with pinyin, and English pages name terms in Chinese on first use', async ({
  page,
}) => {
  await page.goto('/en/glossary');
  const term = page.locator('[data-term="异地就医备案"]');
  await expect(term.locator('dt')).toHaveText('异地就医备案');
  await expect(term.locator('dt')).toHaveAttribute('lang', 'zh-CN');
  await expect(term).toContainText('yì dì jiù yī bèi àn');
  await expect(term).toContainText('Registration for medical treatment in another city');
  await expect(term).toContainText('so that your insurance covers the treatment there');
  // The Chinese page lists the same terms, without the English explanations.
  await page.goto('/zh/glossary');
  await expect(page.locator('[data-term="异地就医备案"]')).toContainText('yì dì jiù yī bèi àn');
  await expect(page.locator('[data-term="异地就医备案"]')).not.toContainText('so that your insurance');
  // A service page: the first use carries the Chinese, later uses do not repeat it; the name can be read out in pinyin.
  await page.goto('/en/shenyang/chronic-special-disease-recognition');
  const card = page.locator('[data-guide-doc]').filter({ hasText: 'social security card' });
  await expect(card.getByText('社会保障卡', { exact: true })).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('main')).toContainText('outpatient chronic and special diseases (门诊慢特病)');
  expect((await page.locator('main').innerText()).split('(社会保障卡)').length - 1).toBe(1);
  const window = page.getByRole('region', { name: 'Say this at the window' });
  await expect(window.locator('[lang="zh-Latn-pinyin"]')).toContainText('mén zhěn màn tè bìng');
  await window.getByRole('link', { name: 'More words you will hear at the window' }).click();
  await expect(page).toHaveURL(/\/en\/glossary$/);
});

test('a service page says when to expect the result if applied for today, counting the official holidays', async ({ page }) => {
  const item = ky.items.find((i) => i.id === 'employer-registration')!;
  expect(item.timeLimit?.cases[0].limit).toEqual({ kind: 'workingDays', days: 5 });
  // Monday 28 September 2026, 10:00 in China: the National Day week is off and Saturday 10 October is worked.
  await page.clock.setFixedTime(new Date('2026-09-28T02:00:00Z'));
  await page.goto(`/en/kaiyuan/${item.id}`);
  const expected = page.locator('[data-expected-date]');
  await expect(expected).toContainText('If you apply today (Mon, 28 September 2026), expect it by Sat, 10 October 2026.');
  await expect(expected).toContainText('(调休) count');
  await page.goto(`/zh/kaiyuan/${item.id}`);
  await expect(page.locator('[data-expected-date]')).toContainText('如果今天（2026年9月28日周一）申请，预计2026年10月10日周六前办结。');
  // Past the announced arrangement, the page says so.
  await page.clock.setFixedTime(new Date('2026-12-28T02:00:00Z'));
  await page.goto(`/en/kaiyuan/${item.id}`);
  await expect(page.locator('[data-expected-date]')).toContainText('expect it by Mon, 4 January 2027');
  await expect(page.locator('[data-expected-date]')).toContainText('Holidays after Thu, 31 December 2026 are not announced yet');
});

test('"Before you go" sums up a service from the model, in both languages, on the first screens', async ({ page }) => {
  const item = ky.items.find((i) => i.id === 'outpatient-reimbursement')!;
  const s = beforeYouGo(ky, resolveGuide(ky, item));
  // The guide marks two of its documents as photocopies and none as originals: no "0 originals".
  expect([s.documents.originals, s.documents.copies]).toEqual([0, 2]);
  for (const [locale, heading, docs] of [
    ['zh', '出发前看一看', `要带${s.documents.always}份材料（复印件${s.documents.copies}份）`],
    ['en', 'Before you go', `Bring ${s.documents.always} documents (${s.documents.copies} photocopies)`],
  ] as const) {
    await page.goto(`/${locale}/kaiyuan/${item.id}`);
    const box = page.getByRole('region', { name: heading });
    await expect(box).toBeVisible();
    await expect(box).toContainText(docs);
    for (const c of s.inPerson) for (const w of c.windows) await expect(box).toContainText(w);
    await expect(box).not.toContainText(locale === 'zh' ? '原件0份' : '0 originals');
    await expect(box.getByRole('link', { name: new RegExp(s.phone!.number) })).toHaveAttribute('href', /^tel:\+86/);
    // It comes before the full list.
    const top = (await box.boundingBox())!.y;
    expect(top).toBeLessThan((await page.locator('#bring').boundingBox())!.y);
  }
});
