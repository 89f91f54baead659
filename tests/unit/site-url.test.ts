import { describe, expect, it } from 'vitest';
import { PREVIEW_ORIGIN, parseSiteUrl } from '@/lib/site-url';

describe('parseSiteUrl', () => {
  it('makes a build without SITE_URL a local preview', () => {
    expect(parseSiteUrl(undefined)).toEqual({ origin: PREVIEW_ORIGIN, preview: true });
    expect(parseSiteUrl('  ')).toEqual({ origin: PREVIEW_ORIGIN, preview: true });
  });

  it('takes an https origin, with or without a trailing slash, lower-casing the host', () => {
    expect(parseSiteUrl('https://Guide.Example.org/')).toEqual({ origin: 'https://guide.example.org', preview: false });
    expect(parseSiteUrl('https://yb.example.cn:8443')).toEqual({ origin: 'https://yb.example.cn:8443', preview: false });
  });

  it('accepts http only for this machine, as a preview', () => {
    expect(parseSiteUrl('http://localhost:3100')).toEqual({ origin: 'http://localhost:3100', preview: true });
    expect(() => parseSiteUrl('http://yb.example.cn')).toThrow(/SITE_URL .*https.*not https/);
  });

  it('refuses what is not an origin, naming the variable and the value', () => {
    expect(() => parseSiteUrl('not-a-url')).toThrow(
      'SITE_URL must be the site\'s public origin, an absolute https URL without a path, e.g. https://yb.example.cn (not a URL; got "not-a-url")',
    );
    expect(() => parseSiteUrl('https://yb.example.cn/guide')).toThrow(/path, query or fragment/);
    expect(() => parseSiteUrl('https://yb.example.cn/?x=1')).toThrow(/path, query or fragment/);
    expect(() => parseSiteUrl('https://yb.example.cn/#top')).toThrow(/path, query or fragment/);
    expect(() => parseSiteUrl('https://user:pw@yb.example.cn')).toThrow(/credentials/);
    expect(() => parseSiteUrl('ftp://yb.example.cn')).toThrow(/not https/);
  });
});
