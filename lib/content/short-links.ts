import type { CityContent } from '@/content/schema';
import { shortPath } from './localize';

/** A short URL printed on paper and read out at windows: /ky for a catalog, /ky/15 or /sy/3 for a number. */
export interface ShortLink {
  /** The short path, e.g. "/ky/15". */
  path: string;
  /** Where it leads: the Chinese page of the catalog, service or group of sub-items. */
  target: string;
  /** What it opens, in Chinese, for the forwarding page. */
  title: string;
}

/** Every short link of every city in the registry, catalogs first, then numbers in official order. */
export function shortLinks(cities: readonly CityContent[]): ShortLink[] {
  return cities.flatMap((city) => {
    const catalog = { path: `/${city.short}`, target: `/zh/${city.id}`, title: `${city.name.zh}医保办事指南` };
    const items = city.items.map((i) => ({
      path: shortPath(city, i.number),
      target: `/zh/${city.id}/${i.id}`,
      title: `第${i.number}项：${i.title.zh}`,
    }));
    const groups = city.groups.map((g) => ({
      path: shortPath(city, g.number),
      target: `/zh/${city.id}/group/${g.number}`,
      title: `第${g.number}项：${g.title.zh}`,
    }));
    return [catalog, ...items, ...groups];
  });
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The static page behind a short link, for hosts that cannot redirect (npm start and nginx answer
 * with a 302 first): it forwards at once, and offers the link when it cannot.
 */
export function forwardPage(link: ShortLink): string {
  const href = escape(link.target);
  const title = escape(link.title);
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${href}">
<link rel="canonical" href="${href}">
<title>${title}</title>
</head>
<body>
<main>
<h1>正在打开：${title}</h1>
<p>如果没有自动跳转，请点这里 / <span lang="en">If nothing happens, follow this link</span>：<a href="${href}">${title}</a></p>
</main>
</body>
</html>
`;
}
