/**
 * Filtering, facet counts and distance ordering. Pure and shared by server and client code.
 */
import { nearestKm } from './distance.ts';
import type { Hit } from './match.ts';
import { MULTI_FACETS, type MultiFacet, type SearchState } from './state.ts';
import type { SearchDoc } from './types.ts';

/** Available anywhere: not tied to a place, so never given a distance. */
export const isAnywhere = (doc: SearchDoc): boolean => doc.walesWide || doc.delivery === 'online' || doc.venues.length === 0;

export const facetValues = (doc: SearchDoc, facet: MultiFacet): readonly (string | number)[] => {
  switch (facet) {
    case 'kind':
      return [doc.kind];
    case 'strand':
      return doc.strand ? [doc.strand] : [];
    case 'tier':
      return doc.tiers;
    case 'area':
      return doc.areas;
    case 'region':
      return doc.regions;
    case 'lang':
      return [doc.language];
    case 'level':
      return [doc.level];
    case 'delivery':
      return [doc.delivery];
    case 'route':
      return doc.routes;
    case 'group':
      return doc.groups;
  }
};

const facetMatches = (doc: SearchDoc, facet: MultiFacet, selected: readonly (string | number)[]): boolean => {
  if (selected.length === 0) return true;
  // A Wales-wide offer is available in every area and region.
  if ((facet === 'area' || facet === 'region') && doc.walesWide) return true;
  return facetValues(doc, facet).some((value) => selected.includes(value));
};

/** The filters that are not facets: age, start, cost, and Wales-wide/online. */
const passesSettings = (doc: SearchDoc, state: SearchState): boolean =>
  (state.age === null || (state.age >= doc.ages[0] && state.age <= doc.ages[1])) &&
  (!state.rolling || doc.starts === 'rolling') &&
  (!state.free || doc.free) &&
  (state.national === 'include' || !(doc.walesWide || doc.delivery === 'online'));

/** Whether a doc passes every filter, optionally ignoring one facet (for that facet's own counts). */
export const matchesFilters = (doc: SearchDoc, state: SearchState, ignore?: MultiFacet): boolean =>
  passesSettings(doc, state) && MULTI_FACETS.every((facet) => facet === ignore || facetMatches(doc, facet, state[facet] as readonly (string | number)[]));

/**
 * For every facet option, how many results there would be if it were ticked
 * along with everything else (options in the same facet are ORed). One pass:
 * a doc that fails no facet counts everywhere; one that fails exactly one facet
 * counts only towards that facet's options; one that fails two counts nowhere.
 */
export const facetCounts = (hits: readonly Hit[], state: SearchState): Record<MultiFacet, Map<string, number>> => {
  const counts = Object.fromEntries(MULTI_FACETS.map((facet) => [facet, new Map<string, number>()])) as Record<MultiFacet, Map<string, number>>;
  for (const { doc } of hits) {
    if (!passesSettings(doc, state)) continue;
    let failed: MultiFacet | null = null;
    let failures = 0;
    for (const facet of MULTI_FACETS) {
      if (facetMatches(doc, facet, state[facet] as readonly (string | number)[])) continue;
      failures++;
      failed = facet;
      if (failures > 1) break;
    }
    if (failures > 1) continue;
    for (const facet of failed === null ? MULTI_FACETS : [failed]) {
      if (facet === 'area' && doc.walesWide) continue;
      const map = counts[facet];
      for (const value of facetValues(doc, facet)) map.set(String(value), (map.get(String(value)) ?? 0) + 1);
    }
  }
  return counts;
};

export interface Results {
  /** Results with a place, nearest first when a place is given. */
  local: { doc: SearchDoc; score: number; km: number | null }[];
  /** Online, outreach and Wales-wide offers: shown apart, with no distance, when searching near a place. */
  anywhere: { doc: SearchDoc; score: number }[];
  total: number;
}

export const applyFilters = (hits: readonly Hit[], state: SearchState, place: { lat: number; lon: number } | null): Results => {
  const kept = hits.filter(({ doc }) => matchesFilters(doc, state));
  if (!place) return { local: kept.map((hit) => ({ ...hit, km: null })), anywhere: [], total: kept.length };
  const local: Results['local'] = [];
  const anywhere: Results['anywhere'] = [];
  for (const hit of kept) {
    if (isAnywhere(hit.doc)) {
      anywhere.push(hit);
      continue;
    }
    const km = nearestKm(place, hit.doc.venues);
    if (state.radius !== null && km !== null && km > state.radius) continue;
    local.push({ ...hit, km });
  }
  local.sort((a, b) => (a.km ?? Number.POSITIVE_INFINITY) - (b.km ?? Number.POSITIVE_INFINITY) || a.score - b.score);
  return { local, anywhere, total: local.length + anywhere.length };
};
