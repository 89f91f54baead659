import { expect, test } from '@playwright/test';
import { getCities } from '@/lib/content/load';
import { findEnglish, getGlossary } from '@/lib/glossary';

// Every run of Chinese on an English page is marked lang="zh-CN" (read with a Chinese voice), and no
// Chinese punctuation stands outside it, on every English page of the sitemap, as served (scripts off:
// the HTML a phone receives).
test.use({ javaScriptEnabled: false });

test('no unmarked Chinese on any English page', async ({ page, request }) => {
  test.setTimeout(240_000);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname).filter((p) => p.startsWith('/en'));
  expect(pages.length).toBeGreaterThan(100);
  const problems: string[] = [];
  let marked = 0;
  for (const path of pages) {
    await page.goto(path);
    const found = await page.evaluate(() => {
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
    });
    marked += found.marked;
    for (const text of found.unmarked) problems.push(`${path}: ${text}`);
  }
  console.log(`language: ${marked} marked Chinese runs on ${pages.length} English pages, ${problems.length} unmarked`);
  expect(problems.slice(0, 40), `${problems.length} unmarked Chinese runs`).toEqual([]);
});

// A foreign resident points at the screen: every window term an English service page uses (in the
// glossary's English) is shown in Chinese on that page, the first time as "English (中文)".
test('every window term on an English service page is shown in Chinese there', async ({ page }) => {
  test.setTimeout(240_000);
  const terms = getGlossary().filter((e) => e.window);
  const problems: string[] = [];
  let used = 0;
  for (const city of getCities())
    for (const item of city.items) {
      await page.goto(`/en/${city.id}/${item.id}`);
      const text = await page.locator('main').innerText();
      for (const entry of new Set(findEnglish(text, terms, true).map((m) => m.entry))) {
        used++;
        if (!entry.zh.some((zh) => text.includes(zh))) problems.push(`/en/${city.id}/${item.id}: ${entry.en}`);
      }
    }
  console.log(`glossary: ${used - problems.length} of ${used} window terms used on English service pages shown in Chinese`);
  expect(used).toBeGreaterThan(300);
  expect(problems).toEqual([]);
});
