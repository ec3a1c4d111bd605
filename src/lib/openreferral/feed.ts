/**
 * The whole data set as an Open Referral UK feed (HSDS 3.0, UK profile), as static JSON, in
 * English under /openreferral/ and in Welsh under /openreferral/cy/, with the same ids. Pure: the
 * build passes in the content, the site's address and the labels, and writes the files
 * (src/pages/openreferral/). docs/openreferral.md maps every field of a record to the profile,
 * or says why it has no place there.
 *
 * Ids are UUID v5 of our record ids (and of a record id and a part, for nested objects)
 * under one fixed namespace, so an id never changes from one build to the next.
 */

import type { Locale } from '../i18n/locales.ts';
import type { Provision } from '../schema/schema.ts';
import { FEED_PAGE_SIZE, FEED_ROOT, feedId, OPENAPI_URL, PROFILE_URL } from './ids.ts';
import { type FeedContext, fullService, serviceAtLocations, serviceListItem } from './service.ts';
import { buildTaxonomies } from './taxonomies.ts';

export { type FeedContext, fullService, organizationOf, serviceListItem } from './service.ts';

/** The feed's folder for a language: English at the profile's usual place, Welsh beside it. */
export const feedRoot = (lang: Locale): string => (lang === 'en' ? FEED_ROOT : `${FEED_ROOT}/${lang}`);

/** The lists the feed publishes, each as pages and as one file per item (the profile's API paths). */
export const FEED_LISTS = ['services', 'service_at_locations', 'taxonomies', 'taxonomy_terms'] as const;
export type FeedList = (typeof FEED_LISTS)[number];

/** `to` (a path on the site) as seen from a file in the folder `from`: "../../en/provision/x/". */
export const relativePath = (from: string, to: string): string => {
  const base = from.split('/').filter(Boolean);
  const target = to.split('/');
  const file = target.pop() ?? '';
  const dirs = target.filter(Boolean);
  let same = 0;
  while (same < base.length && same < dirs.length && base[same] === dirs[same]) same += 1;
  return `${'../'.repeat(base.length - same)}${[...dirs.slice(same), file].join('/')}` || './';
};

/**
 * Addresses on the site for the files in a folder: absolute under SITE_URL, else relative to
 * that folder, so that a copy built without SITE_URL links to itself wherever it is served.
 */
export const linker =
  (siteUrl: string | undefined, folder: string) =>
  (path: string): string =>
    siteUrl ? `${siteUrl}${path}` : relativePath(folder, path);

// ---- Pages and the index -------------------------------------------------------------------

export interface Page<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

/** The profile's paging envelope over a list, numbered from 1. An empty list has one empty page. */
export const pages = <T>(items: readonly T[], size = FEED_PAGE_SIZE): Page<T>[] => {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => {
    const contents = items.slice(i * size, (i + 1) * size);
    return {
      total_items: items.length,
      total_pages: total,
      page_number: i + 1,
      size: contents.length,
      first_page: i === 0,
      last_page: i === total - 1,
      empty: items.length === 0,
      contents,
    };
  });
};

export const pagePath = (root: string, list: FeedList, page: number) => `${root}/${list}/page-${page}.json`;
export const itemPath = (root: string, list: FeedList, id: string) => `${root}/${list}/${id}.json`;

/**
 * index.json: the version, the profile, the language, and for each list every page's address in
 * order, so that a consumer can follow the feed from here alone.
 */
export const feedIndex = (
  lang: Locale,
  link: (path: string) => string,
  counts: Record<FeedList, number>,
  languages: readonly Locale[],
) => {
  const root = feedRoot(lang);
  return {
    version: '3.0',
    profile: PROFILE_URL,
    openapi_url: OPENAPI_URL,
    language: lang,
    // The same feed in each language, with the same ids (docs/openreferral.md, "Welsh").
    languages: Object.fromEntries(languages.map((other) => [other, link(`${feedRoot(other)}/index.json`)])),
    ...Object.fromEntries(
      FEED_LISTS.map((list) => {
        const total = pages(new Array(counts[list])).length;
        const all = Array.from({ length: total }, (_, i) => link(pagePath(root, list, i + 1)));
        return [
          list,
          {
            total_items: counts[list],
            total_pages: total,
            first_page: all[0],
            pages: all,
            item: link(itemPath(root, list, '{id}')),
          },
        ];
      }),
    ),
  };
};

export interface FeedInput {
  provision: readonly Provision[];
  /** The site's public address without a trailing slash, or undefined when SITE_URL is not set. */
  siteUrl: string | undefined;
  /** The languages to publish; the first is the one at FEED_ROOT. */
  languages: readonly Locale[];
  ctx: (lang: Locale) => Omit<FeedContext, 'taxonomies' | 'link' | 'lang'>;
}

/** Every file of the feed in one language, by its path on the site, in a stable order. */
const buildLanguage = (input: FeedInput, lang: Locale, files: Map<string, unknown>) => {
  const root = feedRoot(lang);
  const base = input.ctx(lang);
  // Every file but the index lies one folder down (services/, taxonomies/…): links are made from a
  // folder at that depth that no list shares, so each goes up to the root and works from any of them.
  const link = linker(input.siteUrl, `${root}/-`);
  const taxonomies = buildTaxonomies(base.t, link, root);
  const ctx: FeedContext = { ...base, lang, link, taxonomies };
  const terms = taxonomies.flatMap((taxonomy) => taxonomy.taxonomy_terms);
  const listItems = input.provision.map((entry) => serviceListItem(entry, ctx));
  const byId = new Map(listItems.map((item) => [item.id as string, item]));
  const atLocations = input.provision.flatMap((entry) =>
    serviceAtLocations(entry, ctx).map((sal) => ({
      id: sal.id,
      ...sal,
      service: byId.get(feedId('service', entry.id)),
    })),
  );
  const lists: Record<FeedList, readonly { id: unknown }[]> = {
    services: listItems as { id: unknown }[],
    service_at_locations: atLocations,
    taxonomies,
    taxonomy_terms: terms,
  };
  files.set(
    `${root}/index.json`,
    feedIndex(
      lang,
      linker(input.siteUrl, root),
      Object.fromEntries(FEED_LISTS.map((list) => [list, lists[list].length])) as Record<FeedList, number>,
      input.languages,
    ),
  );
  for (const list of FEED_LISTS) {
    for (const page of pages(lists[list])) files.set(pagePath(root, list, page.page_number), page);
    if (list === 'services')
      for (const entry of input.provision)
        files.set(itemPath(root, list, feedId('service', entry.id)), fullService(entry, ctx));
    else for (const item of lists[list]) files.set(itemPath(root, list, String(item.id)), item);
  }
};

/** Every file of the feed, in every language, by its path on the site, in a stable order. */
export const buildFeed = (input: FeedInput): Map<string, unknown> => {
  const files = new Map<string, unknown>();
  for (const lang of input.languages) buildLanguage(input, lang, files);
  return files;
};
