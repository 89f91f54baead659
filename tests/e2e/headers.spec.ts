import { expect, test } from '@playwright/test';

test.describe('served headers', () => {
  test('pages carry the security headers and a short cache lifetime', async ({ request }) => {
    const res = await request.get('/zh');
    expect(res.status()).toBe(200);
    const h = res.headers();
    const csp = h['content-security-policy'];
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBeTruthy();
    expect(h['x-powered-by']).toBeUndefined();
    expect(h['cache-control']).toMatch(/max-age=(\d{1,3})\b/);
  });

  test('hashed assets are cached for a year', async ({ request, page }) => {
    await page.goto('/zh');
    const asset = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
    expect(asset).toMatch(/^\/_next\/static\//);
    const res = await request.get(asset!);
    expect(res.headers()['cache-control']).toContain('max-age=31536000');
    expect(res.headers()['cache-control']).toContain('immutable');
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
  });

  test('clean URLs: no .html needed, .html redirects to the clean URL', async ({ request }) => {
    expect((await request.get('/zh/kaiyuan')).status()).toBe(200);
    const res = await request.get('/zh/kaiyuan.html', { maxRedirects: 0 });
    expect([301, 302, 307, 308]).toContain(res.status());
    expect(res.headers()['location']).toBe('/zh/kaiyuan');
  });

  for (const path of ['/package.json', '/.git/config', '/scripts/serve.mjs', '/app/layout.tsx', '/build/csp.json', '/../package.json']) {
    test(`nothing but the built output is served: ${path}`, async ({ request }) => {
      const res = await request.get(path);
      expect([400, 404]).toContain(res.status());
      expect(await res.text()).not.toContain('"devDependencies"');
    });
  }

  test('the 404 page has its own status and security headers', async ({ request }) => {
    const res = await request.get('/zh/nope');
    expect(res.status()).toBe(404);
    expect(res.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(await res.text()).toContain('Page not found');
  });
});
