import { buildChecklist, checklistPageOrder, emptySelection, type Checklist, type Selection } from '@/lib/checklist';
import { windowTerms } from '@/lib/glossary';
import { pageGlossary } from '@/lib/guide/gloss';
import { expect, test, type Page } from '@playwright/test';
import kaiyuan from '@/content/kaiyuan';
import shenyang from '@/content/shenyang';
import { validateCity } from '@/lib/content/validate';
import { pdfPages } from '../support/print';

const ky = validateCity('content/kaiyuan', kaiyuan);
const sy = validateCity('content/shenyang', shenyang);

/** The English checklist as the page shows it: window terms carry their Chinese on first use. */
function shownChecklist(city: typeof ky, selection: Selection): Checklist {
  const list = buildChecklist(city, selection);
  return pageGlossary('en', checklistPageOrder(list), windowTerms()).apply(list);
}
/** How the English page words a document of this checklist. */
const wordingOf = (list: Checklist, doc: string) =>
  list.groups.flatMap((g) => g.lines).find((l) => l.document.doc === doc)!.document.wording.en;

const documents = (page: Page) => page.getByRole('region', { name: /要带的材料|Documents to bring/ }).getByRole('checkbox');

test('Kaiyuan outpatient + inpatient reimbursement: shared documents appear once', async ({ page }) => {
  await page.goto('/zh/checklist');
  await page.getByRole('radio', { name: '开原' }).click();
  await page.getByRole('checkbox', { name: /20\. 门诊费用报销/ }).check();
  await page.getByRole('checkbox', { name: /21\. 住院费用报销/ }).check();
  await expect(page.getByText('已选 2 项')).toBeVisible();
  const result = page.getByRole('region', { name: /要带的材料/ });
  // A document both items word identically is one line naming both; every line is one the model returns.
  const list = buildChecklist(ky, { ...emptySelection('kaiyuan'), items: ['outpatient-reimbursement', 'inpatient-reimbursement'] });
  const lines = list.groups.flatMap((g) => g.lines);
  await expect(documents(page)).toHaveCount(lines.length);
  const shared = lines.find((l) => l.items.length === 2)!;
  const sharedLine = result.locator(`[data-guide-doc="${shared.key}"]`);
  await expect(sharedLine).toHaveCount(1);
  await expect(sharedLine).toContainText('门诊费用报销、住院费用报销');
  await expect(page).toHaveURL(/items=outpatient-reimbursement,inpatient-reimbursement/);
});

test('a Shenyang life event builds a checklist; answers update it; sharing reproduces it in a fresh browser', async ({ page, browser }) => {
  await page.goto('/en/checklist');
  await page.getByRole('radio', { name: 'Shenyang' }).click();
  await page.getByRole('button', { name: 'Having a baby' }).click();
  const event = sy.lifeEvents.find((e) => e.id === 'having-a-baby')!;
  await expect(page.getByText(`${event.items.length} services chosen`)).toBeVisible();
  // Item 20 has cases: choose one, and the case's documents join the list.
  const item20 = sy.items.find((i) => i.number === '20')!;
  await expect(page.getByText(`Say which case applies to “${item20.title.en}”`)).toBeVisible();
  await page
    .getByRole('group', { name: `Which case applies to “${item20.title.en}”?` })
    .getByRole('radio', { name: item20.scenarios[1].title.en })
    .check();
  // The list now holds exactly the lines the model gives for these items with this case.
  const withCaseSelection = { ...emptySelection('shenyang'), items: event.items, scenarios: { [item20.id]: item20.scenarios[1].id } };
  const withCase = shownChecklist(sy, withCaseSelection);
  await expect(documents(page)).toHaveCount(withCase.groups.flatMap((g) => g.lines).length);
  // The first use of a window term on the page carries its Chinese.
  expect(wordingOf(withCase, 'marriage-certificate')).toBe(`${sy.documents['marriage-certificate'].name.en} (结婚证)`);
  await expect(
    page
      .getByRole('region', { name: /Documents to bring/ })
      .getByRole('checkbox', { name: wordingOf(withCase, 'marriage-certificate'), exact: true }),
  ).toBeVisible();
  // Someone applies on your behalf: the proxy's ID document moves from its condition's group to the documents to bring.
  const proxy = page.getByRole('group', { name: sy.situations['proxy'].question.en });
  const result = page.getByRole('region', { name: /Documents to bring/ });
  const proxyGroup = result.locator(`[data-guide-group="${sy.situations['proxy'].whenYes.en}"]`);
  const everyone = result.locator('[data-guide-group=""]');
  const proxyName = (answers: Record<string, boolean>) =>
    wordingOf(shownChecklist(sy, { ...withCaseSelection, answers }), 'proxy-id-document');
  await expect(proxyGroup).toContainText(`${sy.situations['proxy'].whenYes.en}, also bring:`);
  await expect(proxyGroup.getByRole('checkbox', { name: proxyName({}), exact: true }).first()).toBeVisible();
  await proxy.getByRole('radio', { name: 'Yes' }).check();
  await expect(proxyGroup).toHaveCount(0);
  await expect(everyone.getByRole('checkbox', { name: proxyName({ proxy: true }), exact: true }).first()).toBeVisible();
  await proxy.getByRole('radio', { name: 'No' }).check();
  const withoutProxy = shownChecklist(sy, { ...withCaseSelection, answers: { proxy: false } });
  expect(withoutProxy.groups.flatMap((g) => g.lines).some((l) => l.document.doc === 'proxy-id-document')).toBe(false);
  await expect(documents(page)).toHaveCount(withoutProxy.groups.flatMap((g) => g.lines).length);
  await expect(result.getByRole('checkbox', { name: proxyName({}), exact: true })).toHaveCount(0);
  const count = await documents(page).count();

  const link = await page.getByRole('region', { name: 'Share this checklist' }).getByRole('link').getAttribute('href');
  expect(link).toContain('c.proxy=0');
  await page.getByRole('button', { name: 'Show QR code' }).click();
  await expect(page.getByRole('img', { name: 'Share this checklist' })).toBeVisible();
  const fresh = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const other = await fresh.newPage();
  await other.goto(link!);
  await expect(documents(other)).toHaveCount(count);
  await expect(other.getByRole('group', { name: sy.situations['proxy'].question.en }).getByRole('radio', { name: 'No' })).toBeChecked();
  await fresh.close();
});

test('ticked boxes are remembered after a reload; start again clears everything', async ({ page }) => {
  await page.goto('/zh/checklist?city=kaiyuan&items=maternity-allowance');
  const first = documents(page).first();
  await first.check();
  await expect(page.getByText(/已准备 1 \//)).toBeVisible();
  await page.reload();
  await expect(documents(page).first()).toBeChecked();
  await page.getByRole('button', { name: '重新开始' }).click();
  await expect(page.getByText('还没有选择业务。')).toBeVisible();
  await expect(page).toHaveURL(/\?city=kaiyuan$/);
});

test('removing a service updates the list without starting over', async ({ page }) => {
  await page.goto('/zh/checklist?city=kaiyuan&items=outpatient-reimbursement,inpatient-reimbursement');
  await expect(page.getByRole('checkbox', { name: '住院收据' })).toBeVisible();
  await page.getByRole('button', { name: '移除“住院费用报销”' }).click();
  await expect(page.getByRole('checkbox', { name: '住院收据' })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: '门诊收据' })).toBeVisible();
  await expect(page).toHaveURL(/items=outpatient-reimbursement$/);
});

test('"add to my checklist" on service pages adds to the same list', async ({ page }) => {
  await page.goto('/zh/kaiyuan/outpatient-reimbursement');
  await page.getByRole('link', { name: '加入我的材料清单' }).click();
  await expect(page.getByText('已选 1 项')).toBeVisible();
  await page.goto('/zh/kaiyuan/inpatient-reimbursement');
  await page.getByRole('link', { name: '加入我的材料清单' }).click();
  await expect(page.getByText('已选 2 项')).toBeVisible();
  await expect(page).toHaveURL(/items=outpatient-reimbursement,inpatient-reimbursement/);
});

test('a shared link with unknown or malformed ids shows what it understood and says what it did not', async ({ page }) => {
  await page.goto('/en/checklist?city=kaiyuan&items=outpatient-reimbursement,no-such-thing,%3Cscript%3Ealert(1)%3C/script%3E&c.nope=maybe');
  const alert = page.getByRole('alert').filter({ hasText: 'could not be understood' });
  await expect(alert).toContainText('Unknown service: no-such-thing');
  await expect(alert).toContainText('Unknown service: <script>alert(1)</script>');
  await expect(alert).toContainText('Unknown question: nope');
  await expect(page.getByText('1 service chosen')).toBeVisible();
  // What it understood is listed: the outpatient item's own documents, as the model words them.
  const outpatient = shownChecklist(ky, { ...emptySelection('kaiyuan'), items: ['outpatient-reimbursement'] });
  const lines = outpatient.groups.flatMap((g) => g.lines);
  await expect(documents(page)).toHaveCount(lines.length);
  await expect(page.getByRole('checkbox', { name: lines[0].document.wording.en, exact: true })).toBeVisible();
});

test('the checklist prints on A4 with boxes and without the steps', async ({ page }) => {
  await page.goto('/zh/checklist?city=kaiyuan&items=outpatient-reimbursement,inpatient-reimbursement');
  await expect(documents(page).first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: '1. 选择城市' })).toBeHidden();
  await expect(page.getByRole('heading', { name: /要带的材料/ })).toBeVisible();
  // The printout carries every item's notes and tips, so two services may take a second page.
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdfPages(pdf)).toBeLessThanOrEqual(2);
});

test('the checklist and its print carry the tips of the chosen services: the newborn’s 90 days', async ({ page }) => {
  const tip = ky.items.find((i) => i.id === 'resident-registration')!.tips.find((t) => t.zh.includes('出生后90天内'))!;
  expect(tip).toBeDefined();
  await page.goto('/zh/checklist?city=kaiyuan&items=resident-registration');
  await expect(page.getByText(tip.zh.slice(0, 30))).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(tip.zh.slice(0, 30))).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.goto('/en/checklist?city=kaiyuan&items=resident-registration');
  await expect(page.getByText(tip.en.slice(0, 40))).toBeVisible();
});
