/**
 * The offline page (OfflineView.astro), which the service worker shows at the address asked
 * for when that page was not kept and there is no connection. It fills in what this device has
 * kept: the option asked for (from My options' data, with how to apply; else its title and
 * provider from the search data), and the pages opened before, in this language.
 * Browser code; text only, never HTML.
 */

import { pageTranslator } from '../lib/i18n/translate.ts';
import { CACHE_NAMES } from '../lib/offline/rules.ts';
import type { DocsAsset, TitlesChunk } from '../lib/search/asset.ts';
import { byIdOn, make } from './dom.ts';
import type { OfflinePageConfig, OfflinePageKey } from './shortlist-config.ts';
import { entryLookup, entryParts } from './shortlist-entries.ts';

const byId = byIdOn('offline page');

const config = JSON.parse(byId('offline-page-config').dataset.config ?? '{}') as OfflinePageConfig;
const t = pageTranslator<OfflinePageKey>(config.strings, config.fallbackStrings, config.lang);
/** Pages listed at most: the pages cache holds up to 150 across both languages. */
const VISITED_SHOWN = 50;

// "Try again" opens the address that was asked for, which is this one.
byId<HTMLAnchorElement>('offline-retry').href = window.location.href;

const json = async <T>(url: string): Promise<T> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
};

/** The option's title and provider, from the search data if this device kept it (the search or map was used). */
const fromSearchData = async (id: string): Promise<HTMLElement[] | null> => {
  const docs = await json<DocsAsset>(`${config.dataUrl}docs.json`);
  const chunks = Math.ceil(docs.count / docs.chunkSize);
  for (let n = 0; n < chunks; n++) {
    // Only the chunks of cards that were shown are kept: the others fail offline, quickly.
    const chunk = await json<TitlesChunk>(`${config.dataUrl}titles-${n}.json`).catch(() => null);
    const at = chunk?.ids.indexOf(id) ?? -1;
    if (!chunk || at < 0) continue;
    const title = chunk.titles[at] as TitlesChunk['titles'][number];
    const heading = make('h3', typeof title === 'string' ? title : config.lang === 'cy' ? title[1] : title[0]);
    if (typeof title === 'string' && config.lang !== 'en') heading.lang = 'en';
    const provider = docs.providerName.values[docs.providerName.codes[chunk.start + at] ?? -1];
    const parts: HTMLElement[] = [heading];
    if (provider) parts.push(make('p', provider[config.lang]));
    parts.push(make('p', t('offline.recordPartial')));
    return parts;
  }
  return null;
};

const showRecord = async (id: string) => {
  const [found] = await entryLookup(config.lang, config.chunks)([id]).catch(() => []);
  const parts = found?.entry ? entryParts(found.entry, t, 'h3') : await fromSearchData(id).catch(() => null);
  if (!parts) return;
  byId('offline-record-card').replaceChildren(...parts);
  byId('offline-record').hidden = false;
};

/** The pages this device kept in this language, by their titles. */
const showVisited = async () => {
  const list = byId('offline-visited');
  const found: { href: string; title: string }[] = [];
  if ('caches' in window) {
    const cache = await caches.open(CACHE_NAMES.pages);
    for (const request of await cache.keys()) {
      const url = new URL(request.url);
      if (!url.pathname.startsWith(`/${config.lang}/`) || url.pathname === config.path) continue;
      const html = (await (await cache.match(request))?.text()) ?? '';
      const raw = /<title>([^<]*)<\/title>/.exec(html)?.[1];
      // The title's entities decoded by the browser's parser, which runs nothing; the result is used as text.
      const title = raw ? new DOMParser().parseFromString(`<title>${raw}</title>`, 'text/html').title : url.pathname;
      found.push({ href: url.pathname + url.search, title });
      if (found.length >= VISITED_SHOWN) break;
    }
  }
  found.sort((a, b) => a.title.localeCompare(b.title, config.lang));
  list.replaceChildren(
    ...found.map(({ href, title }) => {
      const link = make('a', title);
      link.href = href;
      const item = make('li');
      item.append(link);
      return item;
    }),
  );
  byId('offline-none-visited').hidden = found.length > 0;
};

/**
 * The option's id when the address asked for is a detail page's. Read from the page's own template,
 * not the route table, which would make every page's search and map scripts larger (a shared chunk).
 */
const detailId = (path: string): string | null => {
  const [before = '', after = ''] = config.detailPath.split(':id');
  if (!path.startsWith(before) || !path.endsWith(after) || path.length <= before.length + after.length) return null;
  const id = path.slice(before.length, path.length - after.length);
  return id.includes('/') ? null : decodeURIComponent(id);
};
const id = detailId(window.location.pathname);
if (id) void showRecord(id);
void showVisited().catch(() => {
  byId('offline-none-visited').hidden = false;
});
