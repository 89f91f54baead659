import { readFileSync } from 'node:fs';

// Requests both servers (npm start and the generated nginx config) must answer alike.

/** Paths a redirect could turn into a link to another host: both servers answer 400. */
export const AMBIGUOUS_PATHS = [
  '/%5Cevil.example/',
  '/%5cevil.example.html',
  '/zh/%5C%5Cevil.example/',
  '//evil.example/',
  '/zh//evil.example/',
];

/** Methods a static site refuses with 405. */
export const REFUSED_METHODS = ['POST', 'PUT', 'DELETE', 'PATCH'];

/** [request, expected Location]: every kind of redirect keeps the query string. */
export function redirectsWithQuery(): [string, string][] {
  const short = JSON.parse(readFileSync('build/short-urls.json', 'utf8')) as Record<string, string>;
  const [path, target] = Object.entries(short).find(([p]) => p.split('/').length === 3)!;
  return [
    [`${path}?from=wechat&ed=2026-11-30`, `${target}?from=wechat&ed=2026-11-30`],
    ['/zh/kaiyuan/?a=1', '/zh/kaiyuan?a=1'],
    ['/zh/kaiyuan.html?a=1', '/zh/kaiyuan?a=1'],
  ];
}
