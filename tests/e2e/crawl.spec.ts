import { expect, test } from '@playwright/test';
import kaiyuan from '@/content/kaiyuan';
import shenyang from '@/content/shenyang';
import { validateCity } from '@/lib/content/validate';

const cities = [validateCity('content/kaiyuan', kaiyuan), validateCity('content/shenyang', shenyang)];

// Walks every page in the sitemap without a browser: each internal link resolves, each page has its
// other-language twin declared and served, a title and a description.
test('every internal link resolves and every page has its twin', async ({ request }) => {
  test.setTimeout(180_000);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  for (const city of cities)
    for (const item of city.items) for (const locale of ['zh', 'en']) expect(pages).toContain(`/${locale}/${city.id}/${item.id}`);
  const checked = new Map<string, number>();
  const status = async (path: string) => {
    if (!checked.has(path)) checked.set(path, (await request.get(path, { maxRedirects: 0 })).status());
    return checked.get(path)!;
  };
  const problems: string[] = [];
  const titles = new Map<string, string>();
  for (const page of pages) {
    const res = await request.get(page);
    if (res.status() !== 200) {
      problems.push(`${page}: ${res.status()}`);
      continue;
    }
    const html = await res.text();
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    if (!title) problems.push(`${page}: no <title>`);
    if (titles.has(title)) problems.push(`${page}: same <title> as ${titles.get(title)}`);
    titles.set(title, page);
    if (!/<meta name="description" content="[^"]{10,}"/.test(html)) problems.push(`${page}: no meta description`);
    const locale = page.split('/')[1];
    const twin = page.replace(/^\/(zh|en)/, locale === 'zh' ? '/en' : '/zh');
    const hreflang = locale === 'zh' ? 'en' : 'zh-CN';
    if (!new RegExp(`<link rel="alternate" hrefLang="${hreflang}" href="[^"]*${twin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).test(html))
      problems.push(`${page}: no hreflang ${hreflang} twin`);
    if ((await status(twin)) !== 200) problems.push(`${page}: twin ${twin} answers ${await status(twin)}`);
    // Every phone link dials from anywhere: international form, with the area code the guides leave out.
    for (const [, tel] of html.matchAll(/href="tel:([^"]*)"/g)) if (!/^\+86\d{7,}(,\d)*$/.test(tel)) problems.push(`${page}: tel:${tel}`);
    for (const [, href] of html.matchAll(/<a [^>]*href="(\/[^"#]*)/g)) {
      const code = await status(href.replace(/&amp;/g, '&'));
      if (code !== 200 && code !== 302) problems.push(`${page}: link ${href} answers ${code}`);
    }
  }
  expect(problems).toEqual([]);
});

test('the published data parses, names every item and gives the glossary', async ({ request }) => {
  for (const city of ['kaiyuan', 'shenyang']) {
    const res = await request.get(`/data/${city}.json`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/json');
    const data = await res.json();
    expect(data.id).toBe(city);
    expect(data.items.length).toBe(city === 'kaiyuan' ? 33 : 29);
  }
  const schema = await (await request.get('/data/schema.json')).json();
  expect(schema.properties.items.type).toBe('array');
  const glossary: { zh: string[]; pinyin: string; en: string }[] = await (await request.get('/data/glossary.json')).json();
  expect(glossary.find((t) => t.zh[0] === '社会保障卡')).toMatchObject({ pinyin: 'shè huì bǎo zhàng kǎ', en: 'social security card' });
});

// What a page's scripts must never carry: build-time and server-side libraries. (zod once reached every
// page through the feedback box's constants: 29 KB of 150 on slow 3G.)
test('no page ships zod, pinyin-pro or server code to the browser', async ({ request }) => {
  const pages = ['/zh', '/zh/kaiyuan', '/zh/kaiyuan/outpatient-reimbursement', '/en/search', '/zh/checklist', '/en/shenyang/changes'];
  const scripts = new Set<string>();
  for (const page of pages) {
    const html = await (await request.get(page)).text();
    for (const [, src] of html.matchAll(/<script src="([^"]+)"/g)) scripts.add(src);
  }
  expect(scripts.size).toBeGreaterThan(3);
  for (const src of scripts) {
    const code = await (await request.get(src)).text();
    expect(code, src).not.toMatch(/ZodError|\$ZodType/);
    expect(code, src).not.toMatch(/pinyin-pro|PINYIN_DICT|@electric-sql|fastify/);
  }
});
