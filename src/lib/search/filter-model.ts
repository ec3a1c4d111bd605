/**
 * Every search filter and its options, labelled in one language: the one
 * model that the search island's filter panel and the map page's filter form
 * both render, so a filter is added here and appears on both, under the same
 * URL parameter. Shared by server and client code.
 */

import { compareNames } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import type { KeysUnder } from '../i18n/message-keys.ts';
import type { Translator } from '../i18n/translate.ts';
import {
  ACCESS_ROUTES,
  DELIVERY_MODES,
  FINANCIAL_SUPPORT,
  JGW_STRANDS,
  KINDS,
  LANGUAGES,
  LEVELS,
  PRIORITY_GROUPS,
  REGIONS,
  type Region,
  TIERS,
} from '../schema/vocabulary.ts';
import { type Facet, type SearchState, URL_PARAMS } from './state.ts';

/** The dictionary sections the filters' words come from: what a page that draws the filters in the browser must ship (src/dictionaries/subset.ts). */
export const FILTER_STRINGS = [
  'search',
  'kindPlural',
  'tiers',
  'tierWord',
  'vocab.strand',
  'vocab.region',
  'vocab.language',
  'vocab.level',
  'vocab.delivery',
  'vocab.route',
  'vocab.priorityGroup',
  'vocab.financialSupport',
] as const;
/** A translator that knows at least the filters' words. */
export type FilterTranslator = Translator<KeysUnder<(typeof FILTER_STRINGS)[number]>>;

/** An area as a filter offers it: named in the page's language. */
export interface AreaOption {
  id: string;
  name: string;
  region: Region;
}

export interface FilterOption {
  value: string;
  label: string;
  /** A shorter label for a chip, where the full one is long ("Tier 2" for "Tier 2: Not ready for work or learning yet"). */
  short?: string;
}

export interface FacetModel {
  facet: Facet;
  /** The URL parameter, which is also the form field's name. */
  param: string;
  legend: string;
  /** Shown open; the longer, less used facets fold away. */
  open: boolean;
  options: FilterOption[];
}

export interface FilterModel {
  /** Yes/no settings, each one checkbox. */
  switches: { key: 'rolling' | 'free' | 'closed'; param: string; label: string }[];
  nationalOffers: {
    param: string;
    legend: string;
    options: { value: SearchState['nationalOffers']; label: string }[];
  };
  age: { param: string; label: string; anyLabel: string; options: number[] };
  radius: { param: string; label: string; anyLabel: string; options: FilterOption[] };
  /** In the order they are offered. */
  facets: FacetModel[];
}

/** The ages offered in the age list: the years when young people choose what to do after school. */
export const OFFERED_AGES: readonly number[] = Array.from({ length: 12 }, (_, i) => 14 + i);
/** The distances offered, in km. */
export const OFFERED_RADII: readonly number[] = [5, 10, 15, 25, 50];

/** Where each facet sits in the panel, and whether it starts open (the longer, less used ones fold away). Every facet must be here. */
const PANEL: Record<Facet, { order: number; open: boolean }> = {
  kind: { order: 1, open: true },
  strand: { order: 2, open: false },
  tiers: { order: 3, open: true },
  language: { order: 4, open: true },
  regions: { order: 5, open: false },
  areas: { order: 6, open: false },
  delivery: { order: 7, open: false },
  level: { order: 8, open: false },
  routes: { order: 9, open: false },
  priorityGroups: { order: 10, open: false },
  financialSupport: { order: 11, open: false },
};
const FACET_ORDER = (Object.keys(PANEL) as Facet[]).sort((a, b) => PANEL[a].order - PANEL[b].order);

/** Areas named in one language and sorted in it. Done on the server, so browser code never sorts. */
export const areaOptions = (
  areas: readonly { id: string; name: { en: string; cy: string }; region: Region }[],
  lang: Locale,
): AreaOption[] => {
  const compare = compareNames(lang);
  return areas
    .map((area) => ({ id: area.id, name: area.name[lang], region: area.region }))
    .sort((a, b) => compare(a.name, b.name));
};

const facetOptions = (t: FilterTranslator, areas: readonly AreaOption[]): Record<Facet, FilterOption[]> => ({
  kind: KINDS.map((value) => ({ value, label: t(`kindPlural.${value}`) })),
  strand: JGW_STRANDS.map((value) => ({ value, label: t(`vocab.strand.${value}`) })),
  tiers: TIERS.map((tier) => ({
    value: String(tier),
    label: `${t('tierWord', { tier })}: ${t(`tiers.${tier}.short`)}`,
    short: t('tierWord', { tier }),
  })),
  regions: REGIONS.map((value) => ({ value, label: t(`vocab.region.${value}`) })),
  areas: areas.map((area) => ({ value: area.id, label: area.name })),
  language: LANGUAGES.map((value) => ({ value, label: t(`vocab.language.${value}`) })),
  level: LEVELS.map((value) => ({ value, label: t(`vocab.level.${value}`) })),
  delivery: DELIVERY_MODES.map((value) => ({ value, label: t(`vocab.delivery.${value}`) })),
  routes: ACCESS_ROUTES.map((value) => ({ value, label: t(`vocab.route.${value}`) })),
  priorityGroups: PRIORITY_GROUPS.map((value) => ({ value, label: t(`vocab.priorityGroup.${value}`) })),
  financialSupport: FINANCIAL_SUPPORT.map((value) => ({ value, label: t(`vocab.financialSupport.${value}`) })),
});

/** `areas` must already be sorted in the page's language (areaOptions). */
export const filterModel = (t: FilterTranslator, areas: readonly AreaOption[]): FilterModel => {
  const options = facetOptions(t, areas);
  return {
    switches: [
      { key: 'rolling', param: URL_PARAMS.rolling, label: t('search.rolling') },
      { key: 'free', param: URL_PARAMS.free, label: t('search.free') },
      { key: 'closed', param: URL_PARAMS.closed, label: t('search.closed') },
    ],
    nationalOffers: {
      param: URL_PARAMS.nationalOffers,
      legend: t('search.national'),
      options: [
        { value: 'include', label: t('search.nationalInclude') },
        { value: 'exclude', label: t('search.nationalExclude') },
      ],
    },
    age: {
      param: URL_PARAMS.age,
      label: t('search.ageLabel'),
      anyLabel: t('search.anyAge'),
      options: [...OFFERED_AGES],
    },
    radius: {
      param: URL_PARAMS.radius,
      label: t('search.radiusLabel'),
      anyLabel: t('search.radiusAny'),
      options: OFFERED_RADII.map((km) => ({ value: String(km), label: t('search.radiusKm', { km }) })),
    },
    facets: FACET_ORDER.map((facet) => ({
      facet,
      param: URL_PARAMS[facet],
      legend: t(`search.facet.${facet}`),
      open: PANEL[facet].open,
      options: options[facet],
    })),
  };
};

/** A filter that is set, as a removable chip: its words, and the state without it. */
export interface ChosenFilter {
  key: string;
  label: string;
  without: SearchState;
}

/**
 * Every filter that is set, in the order the panel offers them, each with the state that
 * removing it gives: what the chips above the results show. The query and place are not
 * filters (they have their own boxes) and are left out.
 */
export const chosenFilters = (state: SearchState, model: FilterModel): ChosenFilter[] => {
  const chosen: ChosenFilter[] = [];
  for (const { key, label } of model.switches)
    if (state[key]) chosen.push({ key, label, without: { ...state, [key]: false } });
  if (state.nationalOffers === 'exclude') {
    const label = model.nationalOffers.options.find((option) => option.value === 'exclude')?.label ?? '';
    chosen.push({ key: 'nationalOffers', label, without: { ...state, nationalOffers: 'include' } });
  }
  if (state.age !== null)
    chosen.push({ key: 'age', label: `${model.age.label}: ${state.age}`, without: { ...state, age: null } });
  if (state.radius !== null) {
    const label =
      model.radius.options.find((option) => option.value === String(state.radius))?.label ?? `${state.radius} km`;
    chosen.push({ key: 'radius', label, without: { ...state, radius: null } });
  }
  for (const { facet, options } of model.facets) {
    const selected = state[facet] as readonly (string | number)[];
    for (const value of selected) {
      const option = options.find((candidate) => candidate.value === String(value));
      const label = option?.short ?? option?.label ?? String(value);
      chosen.push({
        key: `${facet}:${value}`,
        label,
        without: { ...state, [facet]: selected.filter((other) => other !== value) },
      });
    }
  }
  return chosen;
};
