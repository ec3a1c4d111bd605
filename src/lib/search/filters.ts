/**
 * Filtering, facet counts and distance ordering. Pure and shared by server and client code.
 */
import { nearestKm } from './distance.ts';
import type { Hit } from './match.ts';
import { FACETS, type Facet, type SearchState } from './state.ts';
import type { SearchDoc } from './types.ts';

/**
 * Available anywhere: not tied to one place (Wales-wide, online, or outreach
 * with no venue), so never given a distance or a map marker, and listed apart.
 */
export const isAvailableAnywhere = (doc: SearchDoc): boolean => doc.walesWide || doc.delivery === 'online' || doc.venues.length === 0;

/** What the "Wales-wide and online offers" filter leaves out. Outreach in an area is local to it, so it stays. */
export const isWalesWideOrOnline = (doc: SearchDoc): boolean => doc.walesWide || doc.delivery === 'online';

/**
 * A facet tests the search document field of the same name. Written out field by field
 * rather than as `doc[facet]`: this runs for every document and facet on every keystroke,
 * and named property reads are faster there than a lookup by a changing key.
 */
export const facetValues = (doc: SearchDoc, facet: Facet): readonly (string | number)[] => {
  switch (facet) {
    case 'kind':
      return [doc.kind];
    case 'strand':
      return doc.strand ? [doc.strand] : [];
    case 'tiers':
      return doc.tiers;
    case 'areas':
      return doc.areas;
    case 'regions':
      return doc.regions;
    case 'language':
      return [doc.language];
    case 'level':
      return [doc.level];
    case 'delivery':
      return [doc.delivery];
    case 'routes':
      return doc.routes;
    case 'priorityGroups':
      return doc.priorityGroups;
  }
};

const facetMatches = (doc: SearchDoc, facet: Facet, selected: readonly (string | number)[]): boolean => {
  if (selected.length === 0) return true;
  // A Wales-wide offer is available in every area and region.
  if ((facet === 'areas' || facet === 'regions') && doc.walesWide) return true;
  return facetValues(doc, facet).some((value) => selected.includes(value));
};

/** The filters that are not facets: age, start, cost, and Wales-wide/online. */
const passesSettings = (doc: SearchDoc, state: SearchState): boolean =>
  (state.age === null || (state.age >= doc.ages[0] && state.age <= doc.ages[1])) &&
  (!state.rolling || doc.starts === 'rolling') &&
  (!state.free || doc.free) &&
  (state.walesWideOrOnline === 'include' || !isWalesWideOrOnline(doc));

/** Whether a doc passes every filter, optionally ignoring one facet (for that facet's own counts). */
export const matchesFilters = (doc: SearchDoc, state: SearchState, ignore?: Facet): boolean =>
  passesSettings(doc, state) && FACETS.every((facet) => facet === ignore || facetMatches(doc, facet, state[facet] as readonly (string | number)[]));

/**
 * For every facet option, how many results there would be if it were ticked
 * along with everything else (options in the same facet are ORed). One pass:
 * a doc that fails no facet counts everywhere; one that fails exactly one facet
 * counts only towards that facet's options; one that fails two counts nowhere.
 */
export const facetCounts = (hits: readonly Hit[], state: SearchState): Record<Facet, Map<string, number>> => {
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
  for (const { doc } of hits) {
    if (!passesSettings(doc, state)) continue;
    let failed: Facet | null = null;
    let failures = 0;
    for (const facet of FACETS) {
      if (facetMatches(doc, facet, state[facet] as readonly (string | number)[])) continue;
      failures++;
      failed = facet;
      if (failures > 1) break;
    }
    if (failures > 1) continue;
    for (const facet of failed === null ? FACETS : [failed]) {
      if (facet === 'areas' && doc.walesWide) continue;
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
    if (isAvailableAnywhere(hit.doc)) {
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
