/**
 * Every page's path in each language. The language switch, hreflang
 * alternates and internal links are all computed from this one table,
 * so a page can never link to a path that does not exist in the other language.
 */
import type { Kind, Tier } from '../content/vocabulary.ts';
import type { Locale } from './locales.ts';

export const KIND_SLUGS: Record<Kind, Record<Locale, string>> = {
  course: { en: 'study', cy: 'astudio' },
  apprenticeship: { en: 'train-and-earn', cy: 'hyfforddi-ac-ennill' },
  jgw: { en: 'get-ready-for-work', cy: 'paratoi-am-waith' },
  volunteering: { en: 'volunteer', cy: 'gwirfoddoli' },
  support: { en: 'get-support', cy: 'cael-cymorth' },
};

/** Route shapes: `:name` segments are filled from params. */
const ROUTE_PATTERNS = {
  home: { en: '', cy: '' },
  browse: { en: 'provision', cy: 'darpariaeth' },
  detail: { en: 'provision/:id', cy: 'darpariaeth/:id' },
  kind: { en: ':kindSlug', cy: ':kindSlug' },
  areas: { en: 'areas', cy: 'ardaloedd' },
  area: { en: 'areas/:slug', cy: 'ardaloedd/:slug' },
  tiers: { en: 'tiers', cy: 'haenau' },
  tier: { en: 'tiers/:tier', cy: 'haenau/:tier' },
  about: { en: 'about-the-data', cy: 'am-y-data' },
  search: { en: 'search', cy: 'chwilio' },
} as const satisfies Record<string, Record<Locale, string>>;

export type RouteKey = keyof typeof ROUTE_PATTERNS;

export type RouteParams = { id?: string; kind?: Kind; slug?: string; tier?: Tier };

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
    const value = params[name as keyof RouteParams];
    if (value === undefined) throw new Error(`route "${page.route}" needs the parameter "${name}"`);
    return encodeURIComponent(String(value));
  });
  return `/${lang}/${filled ? `${filled}/` : ''}`;
};
