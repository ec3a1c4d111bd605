/**
 * Filtering, facet counts and distance ordering. Pure and shared by server and client code.
 */
import { isAvailableAnywhere } from '../content/status.ts';
import { nearestVenue } from './distance.ts';
import { facetValues } from './fields.ts';
import type { Hit } from './match.ts';
import { FACETS, type Facet, type SearchState } from './state.ts';
import type { SearchDoc } from './types.ts';

/** Outreach or online for some areas, with no venue: it belongs to its areas, with no point on the map and no distance. */
export const isOutreachOnly = (doc: SearchDoc): boolean => !isAvailableAnywhere(doc) && doc.venues.length === 0;

/** A place to search near: its point, and the area (id) it lies in ('' when unknown). */
export interface NearPlace {
  lat: number;
  lon: number;
  area?: string;
}

/**
 * Where a result stands near a place: available anywhere; local, with the distance to its
 * nearest venue (and that venue's town) or, for outreach in the place's area, none; or
 * `null`, left out: beyond the radius, or outreach in other areas.
 */
export const nearness = (
  doc: SearchDoc,
  place: NearPlace,
  radius: number | null,
): 'anywhere' | { km: number | null; town: number | null } | null => {
  if (isAvailableAnywhere(doc)) return 'anywhere';
  const inArea = place.area !== undefined && place.area !== '' && doc.areas.includes(place.area);
  const nearest = nearestVenue(place, doc.venues);
  if (nearest === null) return inArea ? { km: null, town: null } : null;
  // Outreach from a base still comes to young people anywhere in its areas; online is open from home there.
  if (radius !== null && nearest.km > radius && !(inArea && (doc.delivery === 'outreach' || doc.delivery === 'online')))
    return null;
  return { km: nearest.km, town: doc.venues[nearest.index]?.[2] ?? null };
};

const facetMatches = (doc: SearchDoc, facet: Facet, selected: readonly (string | number)[]): boolean => {
  if (selected.length === 0) return true;
  // A Wales-wide offer is available in every area and region.
  if ((facet === 'areas' || facet === 'regions') && doc.walesWide) return true;
  // Read directly, with no list made for a one-value field: this runs for every hit and chosen facet on every keystroke.
  const value = doc[facet] as unknown;
  if (Array.isArray(value)) return value.some((item) => selected.includes(item));
  return value !== undefined && selected.includes(value as string | number);
};

/** The filters that are not facets: age, start, cost, closed offers, and Wales-wide offers. */
const passesSettings = (doc: SearchDoc, state: SearchState): boolean =>
  (state.age === null || (state.age >= doc.ages[0] && state.age <= doc.ages[1])) &&
  (!state.rolling || doc.starts === 'rolling') &&
  (!state.free || doc.free) &&
  // A temporarily closed offer is left out unless asked for (ended ones are never indexed).
  (state.closed || doc.status !== 'temporarily-closed') &&
  (state.nationalOffers === 'include' || !isAvailableAnywhere(doc));

/** The facets with something chosen: the only ones that can leave a document out. */
const chosenFacets = (state: SearchState): Facet[] =>
  FACETS.filter((facet) => (state[facet] as readonly unknown[]).length > 0);

/** A test for every filter, made once for a search state and run on each hit. */
const filterTest = (state: SearchState, ignore?: Facet): ((doc: SearchDoc) => boolean) => {
  const chosen = chosenFacets(state).filter((facet) => facet !== ignore);
  return (doc) =>
    passesSettings(doc, state) &&
    chosen.every((facet) => facetMatches(doc, facet, state[facet] as readonly (string | number)[]));
};

/** Whether a doc passes every filter, optionally ignoring one facet (for that facet's own counts). */
export const matchesFilters = (doc: SearchDoc, state: SearchState, ignore?: Facet): boolean =>
  filterTest(state, ignore)(doc);

/**
 * Every facet value as a small number (one numbering across facets), shared by every document:
 * counting then adds into one typed array instead of maps keyed by strings. This runs over every
 * hit on every keystroke that changes the results, and was most of a broad query's JavaScript (bench:search).
 */
const valueCodes = FACETS.map(() => new Map<string | number, number>());
/** For each code, its facet (index in FACETS) and value. */
const codeFacet: number[] = [];
const codeValue: string[] = [];

/** A document's value codes, facet by facet in FACETS order: facet f's are codes[bounds[f]] up to codes[bounds[f + 1]]. */
interface DocCodes {
  codes: Int32Array;
  bounds: Int32Array;
}
const docCodes = new WeakMap<SearchDoc, DocCodes>();

const codesOf = (doc: SearchDoc): DocCodes => {
  let coded = docCodes.get(doc);
  if (!coded) {
    const codes: number[] = [];
    const bounds = new Int32Array(FACETS.length + 1);
    FACETS.forEach((facet, f) => {
      bounds[f] = codes.length;
      // A Wales-wide offer is in every area: it counts towards none in particular.
      if (facet === 'areas' && doc.walesWide) return;
      const byValue = valueCodes[f] as Map<string | number, number>;
      for (const value of facetValues(doc, facet)) {
        let code = byValue.get(value);
        if (code === undefined) {
          code = codeFacet.length;
          codeFacet.push(f);
          codeValue.push(String(value));
          byValue.set(value, code);
        }
        codes.push(code);
      }
    });
    bounds[FACETS.length] = codes.length;
    coded = { codes: Int32Array.from(codes), bounds };
    docCodes.set(doc, coded);
  }
  return coded;
};

/**
 * For every facet option, how many results there would be if it were ticked
 * along with everything else (options in the same facet are ORed). One pass:
 * a doc that fails no facet counts everywhere; one that fails exactly one facet
 * counts only towards that facet's options; one that fails two counts nowhere.
 */
export const facetCounts = (hits: readonly Hit[], state: SearchState): Record<Facet, Map<string, number>> => {
  // Only the facets with something chosen can fail a document.
  const chosen = chosenFacets(state).map((facet) => FACETS.indexOf(facet));
  const counted: DocCodes[] = [];
  const only: number[] = [];
  for (const { doc } of hits) {
    if (!passesSettings(doc, state)) continue;
    let failed = -1;
    let failures = 0;
    for (const f of chosen) {
      const facet = FACETS[f] as Facet;
      if (facetMatches(doc, facet, state[facet] as readonly (string | number)[])) continue;
      failures++;
      failed = f;
      if (failures > 1) break;
    }
    if (failures <= 1) {
      counted.push(codesOf(doc));
      only.push(failed);
    }
  }
  // Sized after every counted document is coded, so that every value has its slot.
  const tally = new Uint32Array(codeFacet.length);
  counted.forEach(({ codes, bounds }, i) => {
    const f = only[i] as number;
    const end = f === -1 ? codes.length : (bounds[f + 1] as number);
    for (let k = f === -1 ? 0 : (bounds[f] as number); k < end; k++) {
      const code = codes[k] as number;
      tally[code] = (tally[code] as number) + 1;
    }
  });
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>()])) as Record<
    Facet,
    Map<string, number>
  >;
  tally.forEach((count, code) => {
    if (count > 0) counts[FACETS[codeFacet[code] as number] as Facet].set(codeValue[code] as string, count);
  });
  return counts;
};

export interface Results {
  /** Results matching every word of the query; near a place, those near it, nearest first (outreach in its area at the top). */
  local: { doc: SearchDoc; score: number; km: number | null; town: number | null }[];
  /** Wales-wide offers: shown apart near a place, with no distance. */
  anywhere: { doc: SearchDoc; score: number }[];
  /** Partial matches: some but not all words of a longer query (match.ts), shown after the others under their own heading. */
  partial: { doc: SearchDoc; score: number; km: number | null; town: number | null }[];
  /** Results matching every word: local and anywhere. */
  total: number;
}

export type Nearness = Exclude<ReturnType<typeof nearness>, null>;
/** A hit with where it stands near the place, once worked out (hitsNear), so that filtering does not work it out again. */
export type NearHit = Hit & { near?: Nearness };

/**
 * The hits a place and radius leave in (all of them without a place), each with its nearness:
 * what the filter counts are counted over, and what applyFilters then groups.
 */
export const hitsNear = (hits: readonly Hit[], state: SearchState, place: NearPlace | null): readonly NearHit[] => {
  if (!place) return hits;
  const out: NearHit[] = [];
  for (const hit of hits) {
    const near = nearness(hit.doc, place, state.radius);
    if (near !== null) out.push({ ...hit, near });
  }
  return out;
};

export const applyFilters = (hits: readonly NearHit[], state: SearchState, place: NearPlace | null): Results => {
  const local: Results['local'] = [];
  const anywhere: Results['anywhere'] = [];
  const partial: Results['partial'] = [];
  const passes = filterTest(state);
  for (const hit of hits) {
    if (!passes(hit.doc)) continue;
    const group = hit.partial ? partial : local;
    if (!place) {
      group.push({ doc: hit.doc, score: hit.score, km: null, town: null });
      continue;
    }
    const near = hit.near ?? nearness(hit.doc, place, state.radius);
    if (near === null) continue;
    if (near === 'anywhere') {
      if (hit.partial) partial.push({ doc: hit.doc, score: hit.score, km: null, town: null });
      else anywhere.push({ doc: hit.doc, score: hit.score });
    } else group.push({ doc: hit.doc, score: hit.score, ...near });
  }
  // Outreach in the place's own area (no distance) comes first: it comes to the young person.
  if (place) local.sort((a, b) => (a.km ?? -1) - (b.km ?? -1) || a.score - b.score);
  return { local, anywhere, partial, total: local.length + anywhere.length };
};
