// The static export in out/, served by Fastify and @fastify/static: files precompressed at build time
// (brotli, gzip), Range, ETag and Last-Modified from @fastify/send, and on top of it the site's rules
// (server/rules.ts): clean URLs, short-link redirects that keep the query string, per-page CSP, GET and
// HEAD only, 400 for paths no file can have. Only the files indexed at start (and on reload) are ever
// served: no dotfiles, no symlinks, nothing outside out/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { Catalog } from './feedback/staff-html';
import { MemoryFiles } from './memory-files';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  AMBIGUOUS_PATH,
  CLEAN_URL_STATUS,
  COMPRESSIBLE,
  ERROR_CACHE,
  SECURITY_HEADERS,
  SHORT_LINK_STATUS,
  WELL_KNOWN,
  cacheControlFor,
  impossiblePath,
  policy,
} from './rules';

export type StaticSiteOptions = {
  /** The built site (out/). */
  root: string;
  /** Where the build wrote csp.json and short-urls.json (build/). */
  buildDir: string;
  /** One line per refused or failed request; never a stack trace. */
  log?: (line: string) => void;
  /** Bytes of files held in memory (server/memory-files.ts); the rest is read from disk per request. */
  memoryBudget?: number;
};

type Site = {
  /** URL paths of the files that may be served, e.g. /zh/kaiyuan.html, /_next/static/…/x.js. */
  files: Set<string>;
  csp: Record<string, string>;
  shortUrls: Record<string, string>;
  errorPages: { 400: Buffer; 404: Buffer };
  memory: MemoryFiles;
  /** City and item names from the JSON export (out/data/<city>.json), for the staff pages. */
  catalog: Catalog;
};

/** Names of each city and its items from the build's JSON export, as the staff pages show them. */
export function readCatalog(root: string): Catalog {
  const catalog: Catalog = {};
  const dir = join(root, 'data');
  if (!existsSync(dir)) return catalog;
  for (const file of readdirSync(dir)) {
    if (!/^[a-z0-9]+\.json$/.test(file) || file === 'schema.json') continue;
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      id?: string;
      name?: { zh: string };
      edition?: { checked?: string };
      items?: { id: string; number: string; title: { zh: string } }[];
    };
    if (!data.id || !data.items) continue;
    catalog[data.id] = {
      name: data.name?.zh ?? data.id,
      edition: data.edition?.checked,
      items: Object.fromEntries(data.items.map((i) => [i.id, { number: i.number, title: i.title.zh }])),
    };
  }
  return catalog;
}

/**
 * Every regular file under root, as URL paths: symbolic links (to files or directories) are skipped,
 * and so is every dotfile except /.well-known/security.txt. Precompressed siblings (.br, .gz) are
 * not addressable themselves; they are chosen by Accept-Encoding.
 */
export function indexFiles(root: string): Set<string> {
  const files = new Set<string>();
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const url = `${prefix}/${entry.name}`;
      if (entry.name.startsWith('.') && !WELL_KNOWN.some((w) => w.startsWith(url + '/') || w === url)) continue;
      if (entry.isDirectory()) walk(join(dir, entry.name), url);
      else if (entry.isFile()) files.add(url);
    }
  };
  walk(root, '');
  for (const file of [...files])
    if (/\.(br|gz)$/.test(file) && COMPRESSIBLE.test(file.slice(0, -3)) && files.has(file.replace(/\.(br|gz)$/, ''))) files.delete(file);
  return files;
}

function loadSite(root: string, buildDir: string, memoryBudget: number): Site {
  const read = (file: string) => JSON.parse(readFileSync(join(buildDir, file), 'utf8'));
  const page = (name: string, fallback: string) => (existsSync(join(root, name)) ? readFileSync(join(root, name)) : Buffer.from(fallback));
  const files = indexFiles(root);
  return {
    files,
    memory: new MemoryFiles(root, files, COMPRESSIBLE, memoryBudget),
    csp: read('csp.json'),
    shortUrls: read('short-urls.json'),
    errorPages: { 400: page('400.html', 'Bad request'), 404: page('404.html', 'Not found') },
    catalog: readCatalog(root),
  };
}

type Resolved = { file: string } | { redirect: string; status: number } | { status: 404 };

/** What a decoded request path leads to. */
export function resolvePath(site: Pick<Site, 'files' | 'shortUrls'>, pathname: string): Resolved {
  const short = site.shortUrls[pathname];
  if (short) return { redirect: short, status: SHORT_LINK_STATUS };
  if (pathname === '/') return { file: '/index.html' };
  // Dotfiles are never served, nor redirected to (.well-known/security.txt is the one exception).
  if (pathname.includes('/.') && !WELL_KNOWN.includes(pathname)) return { status: 404 };
  if (pathname.endsWith('/')) return { redirect: pathname.replace(/\/+$/, '') || '/', status: CLEAN_URL_STATUS };
  if (pathname === '/index' || pathname === '/index.html') return { redirect: '/', status: CLEAN_URL_STATUS };
  if (pathname.endsWith('.html')) return { redirect: pathname.slice(0, -5), status: CLEAN_URL_STATUS };
  // The error pages exist only as answers to errors.
  if (/^\/(400|404|_not-found)$/.test(pathname)) return { status: 404 };
  if (site.files.has(pathname)) return { file: pathname };
  if (site.files.has(`${pathname}.html`)) return { file: `${pathname}.html` };
  return { status: 404 };
}

/** A short, printable form of a request for one log line. */
const clip = (url = '') => JSON.stringify(url.length > 120 ? `${url.slice(0, 120)}…` : url);

export async function staticSite(
  app: FastifyInstance,
  { root: rootDir, buildDir, log = console.warn, memoryBudget = 256 * 1024 * 1024 }: StaticSiteOptions,
) {
  const root = resolve(rootDir);
  let site = loadSite(root, buildDir, memoryBudget);
  const fallbackPolicy = policy();

  /** Re-reads out/ and build/ after a deployment (SIGHUP, or the build's stamp changing). */
  const reload = () => {
    site = loadSite(root, buildDir, memoryBudget);
  };

  await app.register(fastifyStatic, {
    root,
    serve: false,
    preCompressed: true,
    cacheControl: false,
    dotfiles: 'allow', // the index above decides what is served
    allowedPath: (pathname) => site.files.has(pathname),
  });

  // Every response carries the security headers and a policy, errors and redirects included.
  app.addHook('onSend', async (_req, reply) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', fallbackPolicy);
    if (reply.statusCode >= 400) reply.header('cache-control', ERROR_CACHE);
  });

  // Sets every header itself: the router's own errors (undecodable URLs) are answered before any hook runs.
  const errorPage = (reply: FastifyReply, status: 400 | 404) =>
    reply
      .code(status)
      .headers({ ...SECURITY_HEADERS, 'cache-control': ERROR_CACHE })
      .header('content-security-policy', site.csp[`${status}.html`] ?? fallbackPolicy)
      .type('text/html; charset=utf-8')
      .send(site.errorPages[status]);

  const badRequest = (req: FastifyRequest, reply: FastifyReply) => {
    log(`400 ${req.method} ${clip(req.url)}`);
    return errorPage(reply, 400);
  };

  app.get('/*', async (req, reply) => {
    const raw = req.url;
    if (AMBIGUOUS_PATH.test(raw)) return badRequest(req, reply);
    const q = raw.indexOf('?');
    const search = q >= 0 ? raw.slice(q) : '';
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(raw, 'http://x').pathname);
    } catch {
      return badRequest(req, reply);
    }
    if (impossiblePath(pathname)) return badRequest(req, reply);
    const to = resolvePath(site, pathname);
    // Redirects keep the query string (a QR code may carry ?ed=…, a messaging app its own parameters).
    if ('redirect' in to) return reply.redirect(to.redirect + search, to.status);
    if ('file' in to) {
      reply.header('cache-control', cacheControlFor(to.file));
      reply.header('content-security-policy', site.csp[to.file.slice(1)] ?? fallbackPolicy);
      const held = site.memory.answer(to.file, req.headers);
      return held ? reply.headers(held.headers).send(held.body) : reply.sendFile(to.file);
    }
    return errorPage(reply, 404);
  });

  // A static site: GET and HEAD only. Any other method reaches no route.
  app.setNotFoundHandler((req, reply) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return reply.code(405).header('allow', 'GET, HEAD').send();
    return errorPage(reply, 404);
  });

  app.setErrorHandler((err: { statusCode?: number; code?: string; message?: string }, req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 400 || status === 403) return badRequest(req, reply);
    log(`${status} ${req.method} ${clip(req.url)}: ${err.code ?? err.message}`);
    return reply.code(status).send();
  });

  return {
    reload,
    badRequest,
    /** Whether a path (/zh/kaiyuan/employer-registration) is a page of the site as now deployed. */
    knownPage: (path: string) => site.files.has(`${path}.html`),
    catalog: () => site.catalog,
  };
}
