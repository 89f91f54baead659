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

  test('choosing a city puts its services first and the other city’s below, labelled', async ({ page }) => {
    await page.goto('/zh/search?q=报销');
    await page.getByRole('button', { name: '沈阳' }).click();
    await expect(page).toHaveURL(/city=shenyang/);
    await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('listitem').filter({ hasText: '开原 ·' })).toHaveCount(0);
    await expect(firstResult(page)).toContainText('沈阳');
    await expect(page.getByRole('heading', { name: '其他城市的业务' })).toBeVisible();
    await expect(page.getByRole('list', { name: '其他城市的业务' }).getByRole('listitem').first()).toContainText('开原');
  });
});

test.describe('from a Shenyang page, Shenyang first (#15)', () => {
  for (const [locale, query, title] of [
    ['zh', '异地长期居住人员备案', '异地长期居住人员备案'],
    ['en', 'inpatient reimbursement', 'Reimbursement of inpatient costs'],
  ] as const) {
    test(`${locale}: the header search on a Shenyang page ranks Shenyang's item first, with its gist`, async ({ page }) => {
      await page.goto(`/${locale}/shenyang`);
      // On a phone the header's search is a link to the search page, which keeps the city.
      await page
        .getByRole('banner')
        .getByRole('link', { name: locale === 'zh' ? '搜索' : 'Search' })
        .click();
      await expect(page).toHaveURL(/city=shenyang/);
      await page.getByRole('main').getByRole('searchbox').fill(query);
      await expect(page).toHaveURL(/city=shenyang/);
      await expect(firstResult(page)).toContainText(locale === 'zh' ? '沈阳 · ' : 'Shenyang · ');
      await expect(firstResult(page)).toContainText(title);
      // The gist from the guide model, and "add to checklist" with this item.
      const gist = firstResult(page).getByRole('group', { name: locale === 'zh' ? '最可能是这项业务' : 'Most likely this service' });
      await expect(gist).toContainText(locale === 'zh' ? /要带\d+份材料/ : /Bring \d+ documents?/);
      await expect(gist.getByRole('link', { name: locale === 'zh' ? '加入材料清单' : 'Add to my checklist' })).toHaveAttribute(
        'href',
        new RegExp(`/${locale}/checklist\\?city=shenyang&items=`),
      );
      // Kaiyuan's item of the same name is below, under its own heading.
      await expect(page.getByRole('list', { name: locale === 'zh' ? '其他城市的业务' : 'Services in other cities' })).toContainText(
        locale === 'zh' ? '开原' : 'Kaiyuan',
      );
    });
  }
});

test.describe('sound-alikes and questions (#15)', () => {
  for (const [query, want] of [
    ['特要登记', '高值药申请'],
    ['医保转一', '转移接续'],
    ['生玉津贴', '生育津贴'],
    ['报消', '报销'],
  ] as const) {
    test(`${query} finds ${want}`, async ({ page }) => {
      await page.goto(`/zh/search?city=kaiyuan&q=${encodeURIComponent(query)}`);
      await expect(firstResult(page)).toContainText(want);
    });
  }
  test('a question in everyday words: 孩子刚出生医保怎么办 finds the residents’ enrolment', async ({ page }) => {
    await page.goto('/zh/search?city=shenyang');
    await type(page, '孩子刚出生医保怎么办');
    await expect(firstResult(page)).toContainText('城乡居民参保登记');
  });
  test('English question: hospital stay in another city', async ({ page }) => {
    await page.goto('/en/search?city=kaiyuan');
    await type(page, 'hospital stay in another city');
    await expect(firstResult(page)).toContainText(/in another city|inpatient/i);
  });
});

test.describe('nothing fits: said honestly, with the city’s life events and phone', () => {
  test('zh: 医保卡丢了怎么办 on Shenyang', async ({ page }) => {
    await page.goto('/zh/search?city=shenyang&q=' + encodeURIComponent('医保卡丢了怎么办'));
    await expect(page.getByText('沈阳没有和“医保卡丢了怎么办”相符的业务。')).toBeVisible();
    await expect(page.getByRole('list', { name: '搜索结果' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: '生孩子' })).toHaveAttribute('href', /\/zh\/checklist\?city=shenyang&items=/);
    await expect(page.getByRole('link', { name: '沈阳全部业务' })).toHaveAttribute('href', '/zh/shenyang');
    await expect(page.getByRole('main').getByRole('link', { name: '024-12345-1-7' })).toBeVisible();
  });
  test('en: lost card', async ({ page }) => {
    await page.goto('/en/search?city=kaiyuan&q=lost%20card');
    await expect(page.getByText('No service in Kaiyuan fits “lost card”.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Every service in Kaiyuan' })).toBeVisible();
  });
});

test('the staff filter and the search page give the same results for the same query', async ({ page }) => {
  for (const query of ['慢病', '住院报销', '报消']) {
    await page.goto('/zh/search?city=shenyang&q=' + encodeURIComponent(query));
    const results = page.getByRole('list', { name: '搜索结果' }).getByRole('listitem');
    await expect(results.first()).toBeVisible();
    const fromSearch = (await results.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).filter(
      (h) => h && !h.includes('/checklist'),
    );
    await page.goto('/zh/shenyang/staff');
    const filter = page.getByRole('searchbox', { name: '筛选业务' });
    await filter.fill(query);
    const staffLinks = page.getByRole('main').getByRole('listitem').locator('p.font-bold a');
    await expect(staffLinks).toHaveCount(fromSearch.length);
    expect(await staffLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(fromSearch);
  }
});

test('a shared ?q= URL opens with its results, and results lead to the service page', async ({ page }) => {
  await page.goto('/zh/search?q=' + encodeURIComponent('门诊费用报销') + '&city=kaiyuan');
  await expect(page.getByRole('searchbox', { name: '搜索业务' }).last()).toHaveValue('门诊费用报销');
  await expect(firstResult(page)).toContainText('开原');
  await firstResult(page).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/zh\/kaiyuan\/outpatient-reimbursement$/);
});

test('the header search box submits to the search page, with the city of the page', async ({ page }) => {
  // The box itself is in the header from tablet width up; phones get a link (above).
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto('/en/kaiyuan');
  await page.getByRole('banner').getByRole('searchbox').fill('retirement');
  await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=retirement&city=kaiyuan/);
  await expect(firstResult(page)).toBeVisible();
});

test('no results: suggestions, catalogs and the hotline', async ({ page }) => {
  await page.goto('/zh/search?q=' + encodeURIComponent('量子计算机'));
  await expect(page.getByText('没有找到和“量子计算机”相符的业务。')).toBeVisible();
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
  await expect(page.getByText(/No service fits/)).toBeVisible();
  expect(dialogs).toBe(0);
  expect(await page.locator('main img').count()).toBe(0);
});

test('without JavaScript the search page offers the catalogs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/zh/search?q=test');
  await expect(page.locator('main')).toContainText('开原全部业务');
  const link = page.locator('main a[href="/zh/kaiyuan"]').first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/zh\/kaiyuan$/);
  await context.close();
});
