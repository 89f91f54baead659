import { expect, test } from '@playwright/test';
import { getCities } from '@/lib/content/load';
import { findEnglish, getGlossary } from '@/lib/glossary';

// Every run of Chinese on an English page is marked lang="zh-CN" (read with a Chinese voice), and no
// Chinese punctuation stands outside it, on every English page of the sitemap, as served (scripts off:
// the HTML a phone receives).
test.use({ javaScriptEnabled: false });

/** In the page: text nodes with Chinese (Han or Chinese punctuation), marked zh or not. */
function chineseRuns(): { unmarked: string[]; marked: number } {
  // Han characters, and Chinese punctuation (which belongs inside the Chinese it quotes).
  const chinese = /[\p{Script=Han}（）：，；。、！？【】《》]/u;
  const out: { unmarked: string[]; marked: number } = { unmarked: [], marked: 0 };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, template') || !chinese.test(node.textContent ?? '')) continue;
    if (parent.closest('[lang]')?.getAttribute('lang')?.startsWith('zh')) out.marked++;
    else out.unmarked.push((node.textContent ?? '').trim().slice(0, 60));
  }
  return out;
}

test('the check finds Chinese or Chinese punctuation left unmarked', async ({ page }) => {
  await page.setContent(
    '<html lang="en"><body><p>Your social security card (<span lang="zh-CN">社保卡</span>)</p><p>Bring 社保卡</p><p>Original（copy）</p></body></html>',
  );
  expect(await page.evaluate(chineseRuns)).toEqual({ marked: 1, unmarked: ['Bring 社保卡', 'Original（copy）'] });
});

// A foreign resident also points at the screen: every window term an English service page uses (in
// the glossary's English) is shown in Chinese on that page, the first time as "English (中文)". One
// visit a page for both checks.
test('no unmarked Chinese on any English page, and every window term on a service page shown in Chinese', async ({ page, request }) => {
  test.setTimeout(240_000);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname).filter((p) => p.startsWith('/en'));
  expect(pages.length).toBeGreaterThan(100);
  const servicePages = new Set(getCities().flatMap((c) => c.items.map((i) => `/en/${c.id}/${i.id}`)));
  const terms = getGlossary().filter((e) => e.window);
  const problems: string[] = [];
  const missingTerms: string[] = [];
  let marked = 0;
  let used = 0;
  for (const path of pages) {
    await page.goto(path);
    const found = await page.evaluate(chineseRuns);
    marked += found.marked;
    for (const text of found.unmarked) problems.push(`${path}: ${text}`);
    if (!servicePages.has(path)) continue;
    const text = await page.locator('main').innerText();
    for (const entry of new Set(findEnglish(text, terms, true).map((m) => m.entry))) {
      used++;
      if (!entry.zh.some((zh) => text.includes(zh))) missingTerms.push(`${path}: ${entry.en}`);
    }
  }
  console.log(`language: ${marked} marked Chinese runs on ${pages.length} English pages, ${problems.length} unmarked`);
  console.log(`glossary: ${used - missingTerms.length} of ${used} window terms used on English service pages shown in Chinese`);
  expect(problems.slice(0, 40), `${problems.length} unmarked Chinese runs`).toEqual([]);
  expect(servicePages.size).toBeGreaterThan(50);
  expect(used).toBeGreaterThan(300);
  expect(missingTerms).toEqual([]);
});
