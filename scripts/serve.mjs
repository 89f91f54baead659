// Serves the static export in out/ with serve-handler (and compression for gzip): clean URLs, the site's 404 page,
// security headers on every response and per-page script hashes from build/csp.json.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import compression from 'compression';
import handler from 'serve-handler';
import { SECURITY_HEADERS, policy } from './csp.mjs';

const PORT = Number(process.env.PORT ?? 3000);
const HOST = process.env.HOST ?? '0.0.0.0';
if (!existsSync('out/index.html') || !existsSync('build/csp.json')) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
const csp = JSON.parse(readFileSync('build/csp.json', 'utf8'));
const shortUrls = JSON.parse(readFileSync('build/short-urls.json', 'utf8'));
const fallbackPolicy = policy();
// gzip for text responses, as the nginx configuration does.
const compress = compression();

/** The HTML file serve-handler will send for a clean URL, if it is a page. */
function pageFor(pathname) {
  const p = pathname.replace(/^\/+|\/+$/g, '');
  for (const candidate of [p ? `${p}.html` : 'index.html', `${p}/index.html`, p]) if (csp[candidate]) return candidate;
  return undefined;
}

const config = {
  public: 'out',
  cleanUrls: true,
  trailingSlash: false,
  directoryListing: false,
  // Short URLs stay a promise while their targets may move, so they redirect temporarily.
  redirects: Object.entries(shortUrls).map(([source, destination]) => ({ source, destination, type: 302 })),
  etag: true,
  headers: [
    { source: '**', headers: [{ key: 'Cache-Control', value: 'public, max-age=3600' }] },
    { source: '**/*.html', headers: [{ key: 'Cache-Control', value: 'public, max-age=300, must-revalidate' }] },
    { source: '_next/static/**', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
    // The service worker must be re-checked on every visit so a new deployment takes over.
    { source: 'sw.js', headers: [{ key: 'Cache-Control', value: 'no-cache' }] },
  ],
};

// A backslash or a double slash could make a redirect lead to another host (browsers read /\\evil.example
// as //evil.example); such paths are refused before anything else, as nginx does.
const AMBIGUOUS = /^[^?]*(%5c|\\|\/\/)/i;
// security.txt, when the build wrote one (SECURITY_CONTACT); serve-handler serves no dotfiles.
const SECURITY_TXT = existsSync('out/.well-known/security.txt') ? readFileSync('out/.well-known/security.txt') : undefined;
const badRequestPage = existsSync('out/400.html') ? readFileSync('out/400.html') : Buffer.from('Bad request');

/** A short, printable form of a request for one log line (never a stack trace). */
const clip = (url = '') => JSON.stringify(url.length > 120 ? `${url.slice(0, 120)}…` : url);

/** Answer without touching the file system: security headers, no caching, an optional body. */
function reply(req, res, status, headers, body) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  res.writeHead(status, { 'Cache-Control': 'no-store', 'Content-Security-Policy': fallbackPolicy, ...headers });
  res.end(req.method === 'HEAD' ? undefined : body);
}

const badRequest = (req, res) =>
  reply(
    req,
    res,
    400,
    { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp['400.html'] ?? fallbackPolicy },
    badRequestPage,
  );

/** Paths no file can have: control characters (NUL …), a segment over 255 bytes, or over 2,048 characters in all. */
function impossiblePath(pathname) {
  return /[\0-\x1f\x7f]/.test(pathname) || pathname.length > 2048 || pathname.split('/').some((s) => Buffer.byteLength(s) > 255);
}

const server = createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return reply(req, res, 405, { Allow: 'GET, HEAD' });
  if (AMBIGUOUS.test(req.url ?? '')) return badRequest(req, res);
  if (SECURITY_TXT && (req.url === '/.well-known/security.txt' || req.url?.startsWith('/.well-known/security.txt?')))
    return reply(req, res, 200, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }, SECURITY_TXT);
  let pathname = '/';
  let search = '';
  try {
    const url = new URL(req.url ?? '/', 'http://x');
    search = url.search;
    pathname = decodeURIComponent(url.pathname);
  } catch {
    // Malformed percent-encoding: serve-handler answers 400 below.
  }
  if (impossiblePath(pathname)) {
    console.warn(`400 ${req.method} ${clip(req.url)}`);
    return badRequest(req, res);
  }
  res.setHeader('Content-Security-Policy', csp[pageFor(pathname) ?? ''] ?? fallbackPolicy);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  const writeHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    if (status === 404 || status === 400) res.setHeader('Content-Security-Policy', csp[`${status}.html`] ?? fallbackPolicy);
    // Redirects keep the query string (a QR code may carry ?ed=… or a messaging app's parameters).
    if (status >= 300 && status < 400 && search) {
      const headers = rest.find((h) => h && typeof h === 'object');
      for (const key of Object.keys(headers ?? {}))
        if (key.toLowerCase() === 'location' && !String(headers[key]).includes('?')) headers[key] += search;
      const set = res.getHeader('Location');
      if (typeof set === 'string' && !set.includes('?')) res.setHeader('Location', set + search);
    }
    if (status >= 400) {
      res.setHeader('Cache-Control', 'no-store');
      // serve-handler passes its own headers here, which would win over setHeader.
      const headers = rest.find((h) => h && typeof h === 'object');
      if (headers) for (const key of Object.keys(headers)) if (key.toLowerCase() === 'cache-control') headers[key] = 'no-store';
    }
    return writeHead.call(this, status, ...rest);
  };
  compress(req, res, () =>
    handler(req, res, config).catch((err) => {
      // One line per failure: a flood of bad requests must not fill the disk with stack traces.
      console.error(`500 ${req.method} ${clip(req.url)}: ${err?.code ?? err?.message ?? err}`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }),
  );
});

server.listen(PORT, HOST, () => console.log(`Serving out/ on http://localhost:${PORT}`));
