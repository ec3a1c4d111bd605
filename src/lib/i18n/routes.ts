/**
 * Every page's path in each language. The language switch, hreflang
 * alternates and internal links are all computed from this one table,
 * so a page can never link to a path that does not exist in the other language.
 */
import { isTier, type Kind, type Region, type Tier } from '../schema/vocabulary.ts';
import type { Locale } from './locales.ts';

export const KIND_SLUGS: Record<Kind, Record<Locale, string>> = {
  course: { en: 'study', cy: 'astudio' },
  apprenticeship: { en: 'train-and-earn', cy: 'hyfforddi-ac-ennill' },
  jgw: { en: 'get-ready-for-work', cy: 'paratoi-am-waith' },
  volunteering: { en: 'volunteer', cy: 'gwirfoddoli' },
  support: { en: 'get-support', cy: 'cael-cymorth' },
};

/** Regions in the gap analysis's URLs, in each language. */
export const REGION_SLUGS: Record<Region, Record<Locale, string>> = {
  north: { en: 'north', cy: 'gogledd' },
  mid: { en: 'mid', cy: 'canolbarth' },
  'south-west': { en: 'south-west', cy: 'de-orllewin' },
  'south-east': { en: 'south-east', cy: 'de-ddwyrain' },
};

/** Route shapes: `:name` segments are filled from params. */
const ROUTE_PATTERNS = {
  home: { en: '', cy: '' },
  browse: { en: 'provision', cy: 'darpariaeth' },
  browsePage: { en: 'provision/page/:page', cy: 'darpariaeth/tudalen/:page' },
  detail: { en: 'provision/:id', cy: 'darpariaeth/:id' },
  kind: { en: ':kindSlug', cy: ':kindSlug' },
  areas: { en: 'areas', cy: 'ardaloedd' },
  area: { en: 'areas/:slug', cy: 'ardaloedd/:slug' },
  areaTier: { en: 'areas/:slug/tiers/:tier', cy: 'ardaloedd/:slug/haenau/:tier' },
  areaTierPage: { en: 'areas/:slug/tiers/:tier/page/:page', cy: 'ardaloedd/:slug/haenau/:tier/tudalen/:page' },
  tiers: { en: 'tiers', cy: 'haenau' },
  tier: { en: 'tiers/:tier', cy: 'haenau/:tier' },
  tierPage: { en: 'tiers/:tier/page/:page', cy: 'haenau/:tier/tudalen/:page' },
  about: { en: 'about-the-data', cy: 'am-y-data' },
  glossary: { en: 'glossary', cy: 'geirfa' },
  accessibility: { en: 'accessibility', cy: 'hygyrchedd' },
  shortlist: { en: 'my-options', cy: 'fy-opsiynau' },
  // What the service worker shows offline for a page it has not kept (never in the sitemap).
  offline: { en: 'offline', cy: 'all-lein' },
  search: { en: 'search', cy: 'chwilio' },
  map: { en: 'map', cy: 'map' },
  gaps: { en: 'gaps', cy: 'bylchau' },
  // A region's slug is tried before an area's: no area is called after a region.
  gapsRegion: { en: 'gaps/:regionSlug', cy: 'bylchau/:regionSlug' },
  gapsArea: { en: 'gaps/:slug', cy: 'bylchau/:slug' },
} as const satisfies Record<string, Record<Locale, string>>;

export type RouteKey = keyof typeof ROUTE_PATTERNS;

/** `page` is a list's page number, from 2 (page 1 is the list's own route). */
export type RouteParams = { id?: string; kind?: Kind; slug?: string; tier?: Tier; region?: Region; page?: number };

/** A page's identity, independent of language: what the language switch keeps. */
export interface PageRef {
  route: RouteKey;
  params?: RouteParams;
}

export const pathFor = (lang: Locale, page: PageRef): string => {
  const pattern: string = ROUTE_PATTERNS[page.route][lang];
  const params = page.params ?? {};
  const filled = pattern.replace(/:(\w+)/g, (_, name: string) => {
    if (name === 'kindSlug') {
      if (!params.kind) throw new Error(`route "${page.route}" needs a kind`);
      return KIND_SLUGS[params.kind][lang];
    }
    if (name === 'regionSlug') {
      if (!params.region) throw new Error(`route "${page.route}" needs a region`);
      return REGION_SLUGS[params.region][lang];
    }
    const value = params[name as keyof RouteParams];
    if (value === undefined) throw new Error(`route "${page.route}" needs the parameter "${name}"`);
    return encodeURIComponent(String(value));
  });
  return `/${lang}/${filled ? `${filled}/` : ''}`;
};

/** Each paged list's route, and the route of its pages after the first. */
const PAGE_ROUTES = { browse: 'browsePage', tier: 'tierPage', areaTier: 'areaTierPage' } as const satisfies Partial<
  Record<RouteKey, RouteKey>
>;

/** Page `page` of a paged list: the list's own page for 1, its /page/n route after that. */
export const listPage = (first: PageRef & { route: keyof typeof PAGE_ROUTES }, page: number): PageRef =>
  page === 1 ? first : { route: PAGE_ROUTES[first.route], params: { ...first.params, page } };

/** The detail page's path with ":id" left in, for browser code to fill with fillDetailPath. */
export const detailPathTemplate = (lang: Locale): string =>
  pathFor(lang, { route: 'detail', params: { id: ':id' } }).replace('%3Aid', ':id');

export const fillDetailPath = (template: string, id: string): string => template.replace(':id', encodeURIComponent(id));

/**
 * The page a path shows, or null for paths outside the route table (the
 * chooser at /, the 404, assets). The inverse of pathFor.
 */
export const pageForPath = (path: string): { lang: Locale; page: PageRef } | null => {
  const match = /^\/(en|cy)\/(.*?)\/?$/.exec(path);
  if (!match) return null;
  const lang = match[1] as Locale;
  const segments = (match[2] ?? '').split('/').filter(Boolean).map(decodeURIComponent);
  for (const route of Object.keys(ROUTE_PATTERNS) as RouteKey[]) {
    const pattern = ROUTE_PATTERNS[route][lang].split('/').filter(Boolean);
    if (pattern.length !== segments.length) continue;
    const params: RouteParams = {};
    const fits = pattern.every((part, i) => {
      const segment = segments[i] as string;
      if (part === ':kindSlug') {
        const kind = (Object.keys(KIND_SLUGS) as Kind[]).find((k) => KIND_SLUGS[k][lang] === segment);
        if (kind) params.kind = kind;
        return kind !== undefined;
      }
      if (part === ':regionSlug') {
        const region = (Object.keys(REGION_SLUGS) as Region[]).find((r) => REGION_SLUGS[r][lang] === segment);
        if (region) params.region = region;
        return region !== undefined;
      }
      if (part === ':tier') {
        const tier = Number(segment);
        if (isTier(tier)) params.tier = tier;
        return params.tier !== undefined;
      }
      if (part === ':page') {
        const page = Number(segment);
        if (Number.isInteger(page) && page >= 2 && String(page) === segment) params.page = page;
        return params.page !== undefined;
      }
      if (part === ':id') params.id = segment;
      else if (part === ':slug') params.slug = segment;
      else return part === segment;
      return true;
    });
    if (fits) return { lang, page: Object.keys(params).length > 0 ? { route, params } : { route } };
  }
  return null;
};
