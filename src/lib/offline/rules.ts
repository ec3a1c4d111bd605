/**
 * What the service worker (src/sw/service-worker.ts) keeps for offline use, decided once:
 * the pages a visitor has opened, the data the search, map and My options read, and the
 * site's scripts and styles. Downloads (the CSVs, the gap data and the Open Referral feed)
 * are never kept: they are always fetched fresh. Shared by the worker, the page and the tests.
 */

/** Where a same-origin GET goes: a cache, or always the network. */
export type OfflineRule = 'never' | 'pages' | 'data' | 'assets';

/** The caches, named with a version so that a new format can replace them. */
export const CACHE_NAMES = {
  pages: 'llwybrau-pages-v1',
  data: 'llwybrau-data-v1',
  assets: 'llwybrau-assets-v1',
} as const;

/** How many entries each cache keeps before the oldest go. */
export const CACHE_LIMITS = { pages: 150, data: 400, assets: 120 } as const;

/**
 * Kept at install: My options, so that it opens offline even before the visitor has opened it online,
 * and the offline page, shown for any page not kept (OFFLINE_PAGES).
 */
export const PRECACHE_GLOBS = [
  'en/my-options/index.html',
  'cy/fy-opsiynau/index.html',
  'en/offline/index.html',
  'cy/all-lein/index.html',
  'favicon.svg',
  'manifest-*.webmanifest',
];

/** The offline page in each language (routes.ts, 'offline'), as the precache names it. */
export const OFFLINE_PAGES = { en: '/en/offline/index.html', cy: '/cy/all-lein/index.html' } as const;

/** The offline page for a page asked for: in its language, English for anything else. */
export const offlinePageFor = (pathname: string): string =>
  pathname.startsWith('/cy/') ? OFFLINE_PAGES.cy : OFFLINE_PAGES.en;

/** The editor (/admin/) is never kept: it must always be the one deployed, and it is no page for a visitor. */
const DOWNLOADS = [
  /^\/admin\//,
  /\.csv$/i,
  /^\/openreferral\//,
  /^\/data\//,
  /\/(gaps|bylchau)\/data\//,
  /^\/sitemap[^/]*\.xml$/,
];
const DATA = [/^\/search-data\//, /^\/shortlist-data\//, /^\/places\.json$/, /^\/boundaries\.json$/];

export const offlineRule = (pathname: string): OfflineRule => {
  if (DOWNLOADS.some((pattern) => pattern.test(pathname))) return 'never';
  if (DATA.some((pattern) => pattern.test(pathname))) return 'data';
  if (pathname.startsWith('/_astro/')) return 'assets';
  // Pages are folders (trailing slash) or their index.html; anything else is a file like the favicon.
  if (pathname.endsWith('/') || pathname.endsWith('.html')) return 'pages';
  return 'assets';
};

/** The message a page sends so that the worker keeps the page and what it loaded before the worker was in charge. */
export const KEEP_MESSAGE = 'llwybrau:keep';
export interface KeepMessage {
  type: typeof KEEP_MESSAGE;
  urls: string[];
}

/** Of the URLs a page loaded, those worth keeping: same origin, fetched with GET, and not downloads. */
export const urlsToKeep = (urls: readonly string[], origin: string): string[] => [
  ...new Set(
    urls.flatMap((raw) => {
      try {
        const url = new URL(raw, origin);
        if (url.origin !== origin || offlineRule(url.pathname) === 'never') return [];
        url.hash = '';
        return [url.href];
      } catch {
        return [];
      }
    }),
  ),
];
