// zkscope's service worker: after one visit the app, its worker chunk, the scenario presets (bundled in
// the app), the icons and the schema are in one cache, so a classroom without internet still runs it.
// The build prepends `const VERSION = …; const PRECACHE = [...]` (vite-service-worker.ts); a new build
// changes VERSION, so the browser installs the new worker beside the old one. The new one waits until the
// page's update prompt asks it to take over: code is never swapped under a class that is running.

const CACHE = `zkscope-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const stale = (await caches.keys()).filter((key) => key.startsWith('zkscope-') && key !== CACHE);
    await Promise.all(stale.map((key) => caches.delete(key)));
    // The first visit's page starts controlled, so it works offline without a reload.
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(respond(request));
});

/** Cache first: every cached file has a content hash in its name, except the page, which VERSION covers. */
async function respond(request) {
  const cache = await caches.open(CACHE);
  // A page may be opened as ?classroom=1 or ?embed=1; they are all the same index.html.
  const cached = request.mode === 'navigate'
    ? (await cache.match(request, { ignoreSearch: true })) ?? (await cache.match(new URL('./', self.registration.scope).href))
    : await cache.match(request);
  return cached ?? fetch(request);
}
