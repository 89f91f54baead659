// What both servers send, in one place: `npm start` (server/static-site.ts) and the generated nginx
// configuration (server/nginx.ts) are built from these rules, and the tests check both against them.
import { createHash } from 'node:crypto';

/** Executable inline scripts of an HTML page (not JSON-LD or other data blocks). */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1];
    if (/\bsrc\s*=/.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && !['text/javascript', 'module', 'application/javascript'].includes(type)) continue;
    out.push(m[2]);
  }
  return out;
}

/** CSP source expressions for the given inline scripts. */
export function scriptHashes(scripts: string[]): string[] {
  return [...new Set(scripts.map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`))];
}

/** The policy for a page whose inline scripts have these hashes (none for non-HTML responses). */
export function policy(hashes: string[] = []): string {
  return [
    "default-src 'self'",
    `script-src 'self'${hashes.length ? ' ' + hashes.join(' ') : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers sent with every response, errors and redirects included. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/**
 * Cache-Control by served file, first match wins. Hashed assets never change; everything else
 * (pages, data, the service worker) is revalidated on every use with its ETag, so a deployment is
 * seen at once and an unchanged file costs a 304.
 */
export const CACHE_RULES: { pattern: string; value: string }[] = [
  { pattern: '^/_next/static/', value: 'public, max-age=31536000, immutable' },
];
export const DEFAULT_CACHE = 'no-cache';
/** Errors are never cached: a 404 today may be a page tomorrow. Redirects carry no Cache-Control. */
export const ERROR_CACHE = 'no-store';

export function cacheControlFor(file: string): string {
  return CACHE_RULES.find((r) => new RegExp(r.pattern).test(file))?.value ?? DEFAULT_CACHE;
}

/** Short URLs (printed on posters) redirect temporarily: their targets may move. */
export const SHORT_LINK_STATUS = 302;
/** `/page.html` and `/page/` redirect permanently to the clean `/page`. */
export const CLEAN_URL_STATUS = 301;

/**
 * A backslash or a double slash in the path could make a redirect lead to another host (browsers read
 * /\evil.example as //evil.example): such requests are refused with 400 before anything else.
 */
export const AMBIGUOUS_PATH = /^[^?]*(%5c|\\|\/\/)/i;

/** Paths no file can have: control characters (NUL …), a segment over 255 bytes, or over 2,048 characters in all. */
export function impossiblePath(pathname: string): boolean {
  return /[\0-\x1f\x7f]/.test(pathname) || pathname.length > 2048 || pathname.split('/').some((s) => Buffer.byteLength(s) > 255);
}

/** Files written beside their original as .br and .gz at build time, and sent precompressed. */
export const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|txt|xml|webmanifest|map)$/;

/** Only `security.txt` is served from a dot-directory; every other dotfile is refused. */
export const WELL_KNOWN = ['/.well-known/security.txt'];
