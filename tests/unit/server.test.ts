// The static server on a small fixture site: which files it will ever serve, how a path resolves,
// which copy it sends, and the answers to requests it refuses.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '@/server/app';
import { MemoryFiles } from '@/server/memory-files';
import { generateSiteConf } from '@/server/nginx';
import { COMPRESSIBLE } from '@/server/rules';
import { indexFiles, resolvePath } from '@/server/static-site';

const PAGE = '<!DOCTYPE html><html><body><h1>门诊费用报销</h1></body></html>'.repeat(20);
let dir = '';
let root = '';
let build = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'yibao-server-unit-'));
  root = join(dir, 'out');
  build = join(dir, 'build');
  mkdirSync(join(root, 'zh'), { recursive: true });
  mkdirSync(join(root, '.well-known'));
  mkdirSync(join(root, '.git'));
  mkdirSync(build);
  writeFileSync(join(root, 'index.html'), 'home');
  writeFileSync(join(root, '404.html'), 'Page not found');
  writeFileSync(join(root, '400.html'), 'Bad request page');
  writeFileSync(join(root, 'zh', 'page.html'), PAGE);
  writeFileSync(join(root, 'zh', 'page.html.br'), brotliCompressSync(PAGE));
  writeFileSync(join(root, 'zh', 'page.html.gz'), gzipSync(PAGE));
  writeFileSync(join(root, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(root, '.env'), 'SECRET=1');
  writeFileSync(join(root, '.git', 'config'), '[core]');
  writeFileSync(join(root, '.well-known', 'security.txt'), 'Contact: mailto:a@example.org\n');
  symlinkSync('/etc/passwd', join(root, 'zh', 'passwd.html'));
  symlinkSync('/etc', join(root, 'etc'));
  writeFileSync(join(build, 'csp.json'), JSON.stringify({ 'zh/page.html': "default-src 'self'; frame-ancestors 'none'" }));
  writeFileSync(join(build, 'short-urls.json'), JSON.stringify({ '/p/1': '/zh/page' }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('indexFiles', () => {
  it('lists regular files only: no symbolic links, no dotfiles but security.txt, no precompressed copies', () => {
    expect([...indexFiles(root)].sort()).toEqual([
      '/.well-known/security.txt',
      '/400.html',
      '/404.html',
      '/icon.png',
      '/index.html',
      '/zh/page.html',
    ]);
  });
});

describe('resolvePath', () => {
  const site = () => ({ files: indexFiles(root), shortUrls: { '/p/1': '/zh/page' } });
  it.each([
    ['/', { file: '/index.html' }],
    ['/zh/page', { file: '/zh/page.html' }],
    ['/icon.png', { file: '/icon.png' }],
    ['/p/1', { redirect: '/zh/page', status: 302 }],
    ['/zh/page.html', { redirect: '/zh/page', status: 301 }],
    ['/zh/page/', { redirect: '/zh/page', status: 301 }],
    ['/index.html', { redirect: '/', status: 301 }],
    ['/404', { status: 404 }],
    ['/.env', { status: 404 }],
    ['/zh/.hidden.html', { status: 404 }],
    ['/zh/passwd', { status: 404 }],
    ['/etc/passwd', { status: 404 }],
    ['/.well-known/security.txt', { file: '/.well-known/security.txt' }],
  ])('%s', (path, expected) => expect(resolvePath(site(), path)).toEqual(expected));
});

describe('MemoryFiles', () => {
  const memory = () => new MemoryFiles(root, indexFiles(root), COMPRESSIBLE);
  it('sends the copy the browser prefers, with the type and Vary of the original', () => {
    const br = memory().answer('/zh/page.html', { 'accept-encoding': 'gzip, deflate, br' })!;
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(br.headers.vary).toBe('accept-encoding');
    expect(br.body.length).toBe(brotliCompressSync(PAGE).length);
    expect(memory().answer('/zh/page.html', { 'accept-encoding': 'gzip' })!.headers['content-encoding']).toBe('gzip');
    expect(memory().answer('/zh/page.html', {})!.headers['content-encoding']).toBeUndefined();
    expect(memory().answer('/zh/page.html', {})!.body.toString()).toBe(PAGE);
    const png = memory().answer('/icon.png', { 'accept-encoding': 'br' })!;
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers.vary).toBeUndefined();
  });
  it('leaves ranges and conditional requests to @fastify/static', () => {
    for (const header of ['range', 'if-none-match', 'if-modified-since', 'if-range'])
      expect(memory().answer('/zh/page.html', { [header]: 'x' }), header).toBeUndefined();
  });
  it('holds files up to its budget and no more', () => {
    const small = new MemoryFiles(root, indexFiles(root), COMPRESSIBLE, 100);
    expect(small.bytes).toBeLessThanOrEqual(100);
    expect(small.answer('/zh/page.html', {})).toBeUndefined();
  });
});

describe('createApp', () => {
  const logged: string[] = [];
  const app = async () => (await createApp({ root, buildDir: build, log: (l) => logged.push(l) })).app;

  it('serves a page with its CSP, the security headers and revalidation', async () => {
    const res = await (await app()).inject({ url: '/zh/page', headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-security-policy']).toBe("default-src 'self'; frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('answers a conditional request with 304 from the ETag of a whole-file answer', async () => {
    const server = await app();
    const first = await server.inject({ url: '/zh/page', headers: { 'accept-encoding': 'gzip' } });
    const again = await server.inject({
      url: '/zh/page',
      headers: { 'accept-encoding': 'gzip', 'if-none-match': String(first.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it('refuses other methods, undecodable and ambiguous paths, in one short log line each', async () => {
    const server = await app();
    const post = await server.inject({ method: 'POST', url: '/zh/page' });
    expect(post.statusCode).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
    logged.length = 0;
    for (const url of ['/zh/%E0%A4%A', '/%5Cevil.example/', '//evil.example/', '/%00']) {
      const res = await server.inject({ url });
      expect(res.statusCode, url).toBe(400);
      expect(res.body, url).toBe('Bad request page');
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers.location, url).toBeUndefined();
    }
    expect(logged).toHaveLength(4);
    for (const line of logged) expect(line).toMatch(/^400 GET "/);
  });

  it('redirects keep the query string', async () => {
    const res = await (await app()).inject({ url: '/p/1?ed=2026-11-30' });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/zh/page?ed=2026-11-30');
  });
});

describe('generateSiteConf', () => {
  const conf = () =>
    generateSiteConf({ root: '/srv/out', port: 8080, csp: { '404.html': "default-src 'self'" }, shortUrls: { '/p/1': '/zh/page' } });
  it('serves the gzip copies the build wrote', () => {
    expect(conf()).toContain('gzip_static on;');
    expect(conf()).not.toMatch(/^\s*brotli_static on/m);
  });
  it('refuses symbolic links and ambiguous paths before any redirect, and keeps the query string', () => {
    const c = conf();
    expect(c).toContain('disable_symlinks on;');
    expect(c.indexOf('if ($yibao_refuse) { return 400; }')).toBeLessThan(c.indexOf('location = /p/1'));
    expect(c).toContain('location = /p/1 { return 302 /zh/page$is_args$args; }');
  });
});
