/**
 * The options of each search filter, labelled in one language. Shared by the
 * search island's filter panel and the map page's filter form, so both offer
 * exactly the same choices under the same URL parameters.
 */
import { ACCESS_ROUTES, DELIVERY_MODES, JGW_STRANDS, KINDS, LANGUAGES, LEVELS, PRIORITY_GROUPS, REGIONS, type Region, TIERS } from '../content/vocabulary.ts';
import type { Translator } from '../i18n/translate.ts';
import type { MultiFacet } from './state.ts';

export interface FilterOption {
  value: string;
  label: string;
}

/** The order the facets are offered in. */
export const FACET_ORDER: readonly MultiFacet[] = ['kind', 'strand', 'tier', 'lang', 'region', 'area', 'delivery', 'level', 'route', 'group'];

/** Facets shown open; the longer ones fold away. */
export const OPEN_FACETS: readonly MultiFacet[] = ['kind', 'tier', 'lang'];

/** Areas named in one language and sorted in it, as the filter panels list them. Done on the server, so browser code never sorts. */
export const areaOptions = (
  areas: readonly { id: string; name: { en: string; cy: string }; region: Region }[],
  lang: 'en' | 'cy',
): { id: string; name: string; region: Region }[] =>
  areas.map((area) => ({ id: area.id, name: area.name[lang], region: area.region })).sort((a, b) => a.name.localeCompare(b.name, lang));

/** `areas` must already be sorted in the page's language (areaOptions). */
export const filterOptions = (t: Translator, areas: readonly { id: string; name: string; region: Region }[]): Record<MultiFacet, FilterOption[]> => ({
  kind: KINDS.map((value) => ({ value, label: t(`kindPlural.${value}`) })),
  strand: JGW_STRANDS.map((value) => ({ value, label: t(`vocab.strand.${value}`) })),
  tier: TIERS.map((tier) => ({ value: String(tier), label: `${t('tierWord', { tier })}: ${t(`tiers.${tier}.short`)}` })),
  region: REGIONS.map((value) => ({ value, label: t(`vocab.region.${value}`) })),
  area: areas.map((area) => ({ value: area.id, label: area.name })),
  lang: LANGUAGES.map((value) => ({ value, label: t(`vocab.language.${value}`) })),
  level: LEVELS.map((value) => ({ value, label: t(`vocab.level.${value}`) })),
  delivery: DELIVERY_MODES.map((value) => ({ value, label: t(`vocab.delivery.${value}`) })),
  route: ACCESS_ROUTES.map((value) => ({ value, label: t(`vocab.route.${value}`) })),
  group: PRIORITY_GROUPS.map((value) => ({ value, label: t(`vocab.priorityGroup.${value}`) })),
});
