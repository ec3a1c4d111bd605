/// <reference lib="webworker" />
/**
 * The service worker, built from Workbox (src/integrations/service-worker.ts bundles it into
 * dist/sw.js and adds the precache list). Pages and data: the network first, the copy kept
 * from the last visit when offline. Scripts and styles (hashed names): the copy kept. Downloads:
 * the network only. Nothing about the visitor is stored here: only what the site itself served.
 */
import { clientsClaim } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst, NetworkOnly } from 'workbox-strategies';
import {
  CACHE_LIMITS,
  CACHE_NAMES,
  KEEP_MESSAGE,
  type KeepMessage,
  offlinePageFor,
  offlineRule,
} from '../lib/offline/rules.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
// My options opens offline with any list: its ?ids= do not change the page.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });

const sameOrigin = (url: URL) => url.origin === self.location.origin;
// Servers may answer "Vary: Origin", and a module script is fetched with an Origin header that a plain fetch lacks:
// the kept copy is the same file either way.
const matchOptions = { ignoreVary: true };
// Workbox's own types disagree under exactOptionalPropertyTypes; the plugin is one.
const expiry = (rule: keyof typeof CACHE_LIMITS): WorkboxPlugin[] => [
  new ExpirationPlugin({ maxEntries: CACHE_LIMITS[rule], purgeOnQuotaError: true }) as WorkboxPlugin,
];

registerRoute(({ url }) => sameOrigin(url) && offlineRule(url.pathname) === 'never', new NetworkOnly());
// A page or data file a few seconds late comes from the copy kept, so a poor signal still shows something.
registerRoute(
  ({ url, request }) => sameOrigin(url) && (request.mode === 'navigate' || offlineRule(url.pathname) === 'pages'),
  new NetworkFirst({ cacheName: CACHE_NAMES.pages, networkTimeoutSeconds: 5, matchOptions, plugins: expiry('pages') }),
);
registerRoute(
  ({ url }) => sameOrigin(url) && offlineRule(url.pathname) === 'data',
  new NetworkFirst({ cacheName: CACHE_NAMES.data, networkTimeoutSeconds: 5, matchOptions, plugins: expiry('data') }),
);
registerRoute(
  ({ url }) => sameOrigin(url) && offlineRule(url.pathname) === 'assets',
  new CacheFirst({ cacheName: CACHE_NAMES.assets, matchOptions, plugins: expiry('assets') }),
);

// A page neither on the network nor kept: the offline page in its language, at the address asked for, never the
// browser's "site can't be reached". It says what happened and shows what is kept (src/browser/offline-page.ts).
setCatchHandler(async ({ request, url }) => {
  if (request.mode !== 'navigate') return Response.error();
  return (await matchPrecache(offlinePageFor(url.pathname))) ?? Response.error();
});

// The first page a visitor opens loads before this worker is in charge: the page then sends what it loaded (src/browser/offline.ts).
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data = event.data as Partial<KeepMessage> | null;
  if (data?.type !== KEEP_MESSAGE || !Array.isArray(data.urls)) return;
  const keep = async (href: string) => {
    const url = new URL(href);
    const rule = offlineRule(url.pathname);
    if (!sameOrigin(url) || rule === 'never') return;
    const cache = await caches.open(CACHE_NAMES[rule]);
    if (await cache.match(url.href, matchOptions)) return;
    const response = await fetch(url.href);
    if (response.ok) await cache.put(url.href, response);
  };
  event.waitUntil(Promise.allSettled(data.urls.filter((href) => typeof href === 'string').map(keep)));
});
