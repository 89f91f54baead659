/** The site's origin as configured for a build, and whether it is a local preview. */
export interface SiteOrigin {
  /** e.g. https://yb.example.cn, without a trailing slash. */
  origin: string;
  /** True when no public origin was given: QR codes and printed addresses point at this machine. */
  preview: boolean;
}

/** Where a build without SITE_URL points: `npm start` on this machine. */
export const PREVIEW_ORIGIN = 'http://localhost:3000';

/**
 * Reads SITE_URL: an absolute https URL with no path, query or fragment (http is accepted only for
 * localhost, as a preview). Empty means a local preview. Anything else throws a message that names the
 * variable and shows an example, so a build cannot quietly print unusable QR codes.
 */
export function parseSiteUrl(value: string | undefined): SiteOrigin {
  const raw = value?.trim();
  if (!raw) return { origin: PREVIEW_ORIGIN, preview: true };
  const problem = (why: string) =>
    new Error(
      `SITE_URL must be the site's public origin, an absolute https URL without a path, e.g. https://yb.example.cn (${why}; got "${raw}")`,
    );
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw problem('not a URL');
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) throw problem('not https');
  if (url.username || url.password) throw problem('it contains credentials');
  if (url.pathname !== '/' || url.search || url.hash || /[?#]/.test(raw)) throw problem('it has a path, query or fragment');
  return { origin: url.origin, preview: local };
}

/** The origin this build is for, from SITE_URL (or NEXT_PUBLIC_SITE_URL, which Next.js users may set). */
export function siteOriginFromEnv(env: Record<string, string | undefined> = process.env): SiteOrigin {
  return parseSiteUrl(env.SITE_URL ?? env.NEXT_PUBLIC_SITE_URL);
}
