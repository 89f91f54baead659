import { expect, test } from '@playwright/test';

// Every run of Chinese on an English page is marked lang="zh-CN" (read with a Chinese voice), on every
// English page of the sitemap, as served (scripts off: the HTML a phone receives).
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
      const han = /\p{Script=Han}/u;
      const out: { unmarked: string[]; marked: number } = { unmarked: [], marked: 0 };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('script, style, template') || !han.test(node.textContent ?? '')) continue;
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
