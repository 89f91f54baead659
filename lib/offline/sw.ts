/// <reference lib="webworker" />
// The service worker, bundled by scripts/postbuild.ts into out/sw.js with the precache manifest of the
// build (every resident page of every city, the hashed assets, the data files), each entry revisioned
// by content hash. Serwist precaches and serves the hashed assets; pages and data go to the network
// first, so a resident online always sees the current guide, and come from the precache when the
// network fails or is too slow. Short links answer from the build's own table, online or not.
// Feedback posted without a connection is kept on the device and sent when it returns (background sync).
import { BackgroundSyncQueue, Serwist, type PrecacheEntry } from 'serwist';
import { keepForRetry } from '../feedback/constants';

declare const self: ServiceWorkerGlobalScope & {
  __SW_MANIFEST: PrecacheEntry[];
  __SHORT_LINKS: Record<string, string>;
};

/** Past this, a page comes from the device and the network's answer, when it arrives, is kept for next time. */
const NETWORK_TIMEOUT_MS = 4000;
const PAGES = 'yb-pages';

// The languages whose pages are stored ahead (`/sw.js?lang=zh,en`, as registered by the pages):
// a resident reading Chinese does not download every English page too. Files of no language
// (scripts, data, the search index) are stored for all.
const languages = new URL(self.location.href).searchParams.get('lang')?.split(',').filter(Boolean) ?? [];
const pageLanguage = (url: string) => /^\/(zh|en)(\/|$)/.exec(url)?.[1];
const precacheEntries = self.__SW_MANIFEST.filter((e) => {
  const lang = pageLanguage(e.url);
  return !lang || !languages.length || languages.includes(lang);
});

const serwist = new Serwist({
  precacheEntries,
  precacheOptions: { cleanupOutdatedCaches: true, concurrency: 6, ignoreURLParametersMatching: [/.*/] },
  // A new deployment takes over at once; the page is told when what it shows was out of date.
  skipWaiting: true,
  clientsClaim: true,
  disableDevLogs: true,
});
const shortLinks = self.__SHORT_LINKS;

self.addEventListener('install', serwist.handleInstall);
self.addEventListener('activate', (event) => {
  serwist.handleActivate(event);
  // Pages kept from an earlier deployment would outlive the guide they belong to.
  event.waitUntil(caches.delete(PAGES));
});

// Feedback sent without a connection is kept on the device and sent when the connection returns.
const FEEDBACK_PATH = '/api/feedback';
const feedbackQueue = new BackgroundSyncQueue('yb-feedback', { maxRetentionTime: 14 * 24 * 60, onSync: () => sendQueuedFeedback() });
let sending: Promise<void> = Promise.resolve();

/**
 * Sends what was kept, oldest first; stops at the first failure (the next sync or message tries again).
 * Attempts run one after another, never joined: a sync that fires while the connection is still coming
 * back fails, and the page's "online again" message that arrives meanwhile must still try once more.
 */
function sendQueuedFeedback(): Promise<void> {
  const attempt = sending
    .catch(() => undefined)
    .then(async () => {
      let entry;
      let sent = 0;
      while ((entry = await feedbackQueue.shiftRequest())) {
        let status = 0;
        try {
          status = (await fetch(entry.request.clone())).status;
        } catch {
          // still offline
        }
        if (keepForRetry(status)) {
          await feedbackQueue.unshiftRequest(entry);
          throw new Error(`feedback not sent yet (${status || 'offline'})`);
        }
        sent++;
      }
      // The pages open now may say that what they kept has gone.
      if (sent) for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage({ type: 'feedback-sent' });
    });
  sending = attempt;
  return attempt;
}

async function postFeedback(request: Request): Promise<Response> {
  const kept = request.clone();
  try {
    return await fetch(request);
  } catch {
    await feedbackQueue.pushRequest({ request: kept });
    return new Response(JSON.stringify({ queued: true }), { status: 202, headers: { 'content-type': 'application/json' } });
  }
}

// The page says when the connection is back (not every browser has background sync).
self.addEventListener('message', (event) => {
  if (event.data?.type === 'send-feedback') event.waitUntil(sendQueuedFeedback().catch(() => undefined));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method === 'POST' && url.origin === self.location.origin && url.pathname === FEEDBACK_PATH) {
    event.respondWith(postFeedback(request));
    return;
  }
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate' && shortLinks[url.pathname]) {
    event.respondWith(Response.redirect(new URL(shortLinks[url.pathname] + url.search, url.origin).href, 302));
  } else if (url.pathname.startsWith('/_next/static/')) {
    serwist.handleFetch(event);
  } else {
    event.respondWith(networkFirst(event, url));
  }
});

/** The copy on the device: a page or file kept on an earlier visit, else the precache; for a page, else the offline page. */
async function stored(request: Request, url: URL): Promise<Response | undefined> {
  const key = url.origin + url.pathname;
  const kept = await caches.open(PAGES).then((c) => c.match(key));
  if (kept) return kept;
  const precached = await serwist.matchPrecache(key);
  if (precached) return precached;
  if (request.mode !== 'navigate') return undefined;
  const first = url.pathname.startsWith('/en') ? 'en' : 'zh';
  return (await serwist.matchPrecache(`/${first}/offline`)) ?? serwist.matchPrecache(`/${first === 'en' ? 'zh' : 'en'}/offline`);
}

async function networkFirst(event: FetchEvent, url: URL): Promise<Response> {
  const { request } = event;
  const network = fetch(request).then(async (response) => {
    // Pages outside the precache (posters, staff sheets) are kept once opened, for use offline.
    if (response.ok && response.type === 'basic' && request.mode === 'navigate' && !serwist.getPrecacheKeyForUrl(url.pathname))
      await caches.open(PAGES).then((c) => c.put(url.origin + url.pathname, response.clone()));
    return response;
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slow = new Promise<'slow'>((done) => (timer = setTimeout(() => done('slow'), NETWORK_TIMEOUT_MS)));
  try {
    const first = await Promise.race([network, slow]);
    if (first !== 'slow') return first;
  } catch {
    return (await stored(request, url)) ?? Response.error();
  } finally {
    clearTimeout(timer);
  }
  // Too slow: show the stored copy now, and tell the page if the network's answer turns out newer.
  const copy = await stored(request, url);
  if (!copy) return network;
  event.waitUntil(
    network
      .then(async (fresh) => {
        if (!fresh.ok || !event.resultingClientId || sameVersion(copy, fresh)) return;
        const client = await self.clients.get(event.resultingClientId);
        client?.postMessage({ type: 'page-updated', path: url.pathname });
      })
      .catch(() => undefined),
  );
  return copy;
}

function sameVersion(a: Response, b: Response): boolean {
  const tag = (r: Response) => r.headers.get('etag')?.replace(/^W\//, '');
  const lastModified = (r: Response) => r.headers.get('last-modified');
  return Boolean(tag(a)) && tag(a) === tag(b) && lastModified(a) === lastModified(b);
}
