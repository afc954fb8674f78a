/// <reference lib="webworker" />
// The service worker: the site works offline after a first visit. Built into <base>sw.js by
// src/integrations/service-worker.ts, which defines VERSION and SHELL. One cache per build:
// - on install, the shell (SHELL: the home page, the stylesheet and scripts every page loads, the
//   icon, the datasets) and the pages open at that moment;
// - pages are fetched from the network first, so a reader online always gets the latest, and kept;
// - anything else (sql.js, its wasm, the editor, the search index, any engine a page loads later)
//   is kept the first time a page fetches it, then served from the cache: within one build every
//   file is fixed, since VERSION is a hash of them all.
// A new build is a new sw.js: it installs, takes over at once and deletes the old build's cache,
// after taking from it the pages the reader had (fetched again) and the built files both share.

/** A hash of every file of the build. */
declare const VERSION: string;
/** URLs, relative to this script, cached on install. */
declare const SHELL: string[];
/** The build's files under _astro/, relative to this script: a name there is a hash of the content. */
declare const ASSETS: string[];

const sw = self as unknown as ServiceWorkerGlobalScope;
// The scope tells apart two builds of the site on one origin (e.g. two GitHub Pages sub-paths).
const CACHE_PREFIX = `handbook ${sw.registration.scope} `;
const CACHE = `${CACHE_PREFIX}${VERSION}`;

const withoutQuery = (url: string) => url.replace(/[?#].*$/, '');

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(SHELL);
      // The page that registered this worker loaded before it existed: keep it too.
      const open = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
      await Promise.all(open.map((client) => cache.add(withoutQuery(client.url)).catch(() => {})));
      await carryOver(cache);
      await sw.skipWaiting();
    })(),
  );
});

/**
 * What the reader kept from an older build stays available offline: its pages and the JSON files
 * they fetched (such as an ORM example's PostgreSQL SQL and rows), fetched again from this build
 * (those it still has), and the built files this build has too (sql.js, scripts), copied,
 * since the same name is the same content.
 */
async function carryOver(cache: Cache): Promise<void> {
  const shared = new Set(ASSETS.map((path) => new URL(path, sw.location.href).href));
  for (const name of await caches.keys()) {
    if (!name.startsWith(CACHE_PREFIX) || name === CACHE) continue;
    const older = await caches.open(name);
    for (const request of await older.keys()) {
      if (await cache.match(request)) continue;
      const response = (await older.match(request))!;
      if (shared.has(request.url)) await cache.put(request, response);
      else if (/^(text\/html|application\/json)/.test(response.headers.get('Content-Type') ?? '')) await cache.add(request.url).catch(() => {});
    }
  }
}

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(sw.registration.scope)) return;
  event.respondWith(request.mode === 'navigate' ? networkFirst(event) : cacheFirst(event));
});

/** Keeps a complete, successful response (not an error page, not a range of bytes), in the background. */
function keep(event: FetchEvent, url: string, response: Response): void {
  if (response.status !== 200) return;
  const copy = response.clone();
  event.waitUntil(caches.open(CACHE).then((cache) => cache.put(url, copy)));
}

async function networkFirst(event: FetchEvent): Promise<Response> {
  try {
    const response = await fetch(event.request);
    keep(event, withoutQuery(event.request.url), response);
    return response;
  } catch (error) {
    // Offline: the page as last seen. Its query (?topic=, ?interview=…) is read by its scripts.
    const cached = await caches.match(event.request, { cacheName: CACHE, ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(event: FetchEvent): Promise<Response> {
  const cached = await caches.match(event.request, { cacheName: CACHE });
  if (cached) return cached;
  const response = await fetch(event.request);
  keep(event, event.request.url, response);
  return response;
}
