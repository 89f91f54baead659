// Content-Security-Policy shared by the server (scripts/serve.mjs), the nginx config and the tests.
import { createHash } from 'node:crypto';

/** Executable inline scripts of an HTML page (not JSON-LD or other data blocks). */
export function inlineScripts(html) {
  const out = [];
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
export function scriptHashes(scripts) {
  return [...new Set(scripts.map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`))];
}

/** The policy for a page whose inline scripts have these hashes (none for non-HTML responses). */
export function policy(hashes = []) {
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

/** Headers sent with every response, by npm start and by the generated nginx config alike. */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};
