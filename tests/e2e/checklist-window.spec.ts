import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import shenyang from '@/content/shenyang';
import { buildChecklist, checklistLines, emptySelection, itemsForLifeEvent } from '@/lib/checklist';
import { validateCity } from '@/lib/content/validate';

// The checklist at the window (#17): life events that respond, ticks that travel in the link, the
// clerk's view in Chinese and its image. Phone size, both languages.
const sy = validateCity('content/shenyang', shenyang);
const L = {
  zh: {
    baby: '生孩子',
    undo: '撤销',
    clerk: '给工作人员看',
    save: '保存为图片',
    chosen: (n: number) => `已选 ${n} 项`,
    pick: '或者逐项选择业务',
  },
  en: {
    baby: 'Having a baby',
    undo: 'Undo',
    clerk: 'Show the clerk',
    save: 'Save as image',
    chosen: (n: number) => `${n} services chosen`,
    pick: 'Or choose services one by one',
  },
} as const;
const boxes = (page: Page) => page.locator('#checklist-documents').getByRole('checkbox');

for (const locale of ['zh', 'en'] as const) {
  test(`${locale}: choosing a life event shows what it added in view, with undo, and folds the long list`, async ({ page }) => {
    const l = L[locale];
    const added = itemsForLifeEvent(sy, 'having-a-baby');
    await page.goto(`/${locale}/checklist?city=shenyang`);
    const list = page.locator('details').filter({ hasText: l.pick });
    await expect(list).toHaveAttribute('open', '');
    await page.getByRole('button', { name: l.baby, exact: true }).click();
    const summary = page.locator('[data-life-event-summary="having-a-baby"]');
    await expect(summary).toBeInViewport();
    for (const id of added) await expect(summary).toContainText(sy.items.find((i) => i.id === id)!.title[locale]);
    await expect(page.getByText(l.chosen(added.length))).toBeVisible();
    await expect(list).not.toHaveAttribute('open', '');
    await summary.getByRole('button', { name: l.undo }).click();
    await expect(summary).toHaveCount(0);
    await expect(page.getByText(locale === 'zh' ? '还没有选择业务。' : 'No service chosen yet.')).toBeVisible();
    await expect(page).toHaveURL(/\?city=shenyang$/);
  });

  test(`${locale}: a checklist with ticks and answers opened from its link in a fresh browser shows the same`, async ({
    page,
    browser,
  }) => {
    const items = ['childbirth-medical-costs', 'maternity-allowance', 'resident-enrolment'];
    const question = buildChecklist(sy, { ...emptySelection('shenyang'), items }).questions.find((q) => q.kind === 'situation')!;
    expect(question.kind === 'situation' && question.situation).toBeTruthy();
    const name = question.kind === 'situation' ? question.question[locale] : '';
    await page.goto(`/${locale}/checklist?city=shenyang&items=${items.join(',')}`);
    const proxy = page.getByRole('group', { name });
    await proxy.getByRole('radio', { name: locale === 'zh' ? '是' : 'Yes' }).check();
    const count = await boxes(page).count();
    expect(count).toBeGreaterThan(4);
    for (const i of [0, 2, count - 1]) await boxes(page).nth(i).check();
    const expected = await boxes(page).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked));
    const link = await page
      .getByRole('region', { name: locale === 'zh' ? '分享这张清单' : 'Share this checklist' })
      .getByRole('link')
      .getAttribute('href');
    expect(link).toMatch(/&t=[0-9a-z]{4,7}(,[0-9a-z]{4,7}){2}$/);
    expect(link).toContain(`${question.param}=1`);
    // Short: the three ticks cost well under 20 characters.
    expect(link!.length - link!.indexOf('&t=')).toBeLessThan(20);

    const fresh = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const other = await fresh.newPage();
    await other.goto(link!);
    await expect(boxes(other)).toHaveCount(count);
    await expect.poll(() => boxes(other).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked))).toEqual(expected);
    await expect(other.getByRole('group', { name }).getByRole('radio', { name: locale === 'zh' ? '是' : 'Yes' })).toBeChecked();
    await fresh.close();
  });

  test(`${locale}: the clerk's view is in Chinese, ticked and missing apart, with every tip and the QR code; its image is a PNG`, async ({
    page,
  }) => {
    const l = L[locale];
    const items = ['childbirth-medical-costs', 'maternity-allowance'];
    const model = buildChecklist(sy, { ...emptySelection('shenyang'), items });
    const lines = checklistLines(model);
    await page.goto(`/${locale}/checklist?city=shenyang&items=${items.join(',')}`);
    await expect(boxes(page)).toHaveCount(lines.length);
    await boxes(page).nth(1).check();
    await page.getByRole('button', { name: l.clerk }).click();
    const view = page.locator('[data-clerk-view]');
    await expect(view).toBeVisible();
    // Chinese names, from the model, also from an English checklist.
    for (const v of model.items) await expect(view.locator(`[data-clerk-item="${v.id}"]`)).toContainText(v.title.zh);
    await expect(view.locator('[data-clerk-list="ticked"] [data-clerk-doc]')).toHaveCount(1);
    await expect(view.locator(`[data-clerk-list="ticked"] [data-clerk-doc="${lines[1].key}"]`)).toContainText(lines[1].document.wording.zh);
    await expect(view.locator('[data-clerk-list="missing"] [data-clerk-doc]')).toHaveCount(lines.length - 1);
    for (const v of model.items) for (const tip of v.tips) await expect(view).toContainText(tip.zh);
    await expect(view.locator('[lang="zh-CN"]').getByRole('img')).toBeVisible();
    // On English pages too, the sheet is marked as Chinese.
    await expect(view.locator('[lang="zh-CN"] #clerk-title')).toHaveCount(1);

    await view.getByRole('button', { name: l.save }).click();
    const image = view.getByRole('img', {
      name: locale === 'zh' ? '给工作人员看的材料清单图片' : 'The checklist for the clerk, as an image',
    });
    await expect(image).toBeVisible();
    const src = (await image.getAttribute('src'))!;
    expect(src).toMatch(/^data:image\/png;base64,/);
    const png = PNG.sync.read(Buffer.from(src.split(',')[1], 'base64'));
    expect(png.width).toBe(1080);
    expect(png.height).toBeGreaterThan(1200);
    expect(png.height).toBeLessThan(8000);
    // Not blank: a good share of dark (text) pixels on the white page.
    let dark = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i] + png.data[i + 1] + png.data[i + 2] < 200) dark++;
    expect(dark / (png.width * png.height)).toBeGreaterThan(0.02);
    // Its QR code opens this checklist.
    const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(qr?.data).toBe(page.url());
    await expect(view.getByRole('link', { name: locale === 'zh' ? '下载图片' : 'Download image' })).toHaveAttribute('download', /\.png$/);
  });
}
