/**
 * Search state and its URL form: everything a visitor chose lives in the
 * query string, so reload, back/forward and shared links give the same view.
 * Shared by server and client code.
 */
import { AGE_RANGE } from '../schema/vocabulary.ts';
import { FACETS, type Facet, type FacetValue, facetSpec, type SEARCH_FIELDS } from './fields.ts';

export { FACETS, type Facet };

/** Each facet holds the chosen values of the search document field of the same name (fields.ts). */
export type FacetState = { [F in Facet]: FacetValue<F>[] };

/** The settings that are not facets, each with its URL parameter. */
const SETTING_PARAMS = {
  q: 'q',
  age: 'age',
  rolling: 'rolling',
  free: 'free',
  closed: 'closed',
  nationalOffers: 'national',
  near: 'near',
  radius: 'radius',
  pro: 'pro',
} as const;

export interface SearchState extends FacetState {
  q: string;
  /** The visitor's age: entries whose age range includes it. */
  age: number | null;
  /** Only offers you can start at any time. */
  rolling: boolean;
  free: boolean;
  /** Include offers that are temporarily closed: left out unless asked for. */
  closed: boolean;
  /** Include or leave out offers that are Wales-wide (isAvailableAnywhere, content/status.ts). */
  nationalOffers: 'include' | 'exclude';
  /** A town (English or Welsh) or postcode district to sort by distance from. */
  near: string;
  radius: number | null;
  /** Professional view: tiers, access routes, priority groups and review dates on each result. */
  pro: boolean;
}

type FacetParams = { [F in Facet]: (typeof SEARCH_FIELDS)[F]['facet']['param'] };

/**
 * The URL parameter of every setting: the facets' from fields.ts, the others' above. They are
 * short, and they are what shared links and bookmarks already carry, so they do not follow
 * renames in the code.
 */
export const URL_PARAMS = {
  ...(Object.fromEntries(FACETS.map((facet) => [facet, facetSpec(facet).param])) as FacetParams),
  ...SETTING_PARAMS,
} as const satisfies Record<keyof SearchState, string>;

/** The map page's own parameter, after the search's: `view=list` opens the list view. */
export const MAP_VIEW_PARAM = 'view';

/** The ages a visitor can give: the ages a record may give (lib/schema/vocabulary.ts). */
export type { AGE_RANGE };
/** The distances, in km, a visitor can limit a place search to. */
export const RADIUS_RANGE = { min: 1, max: 200 } as const;

export const emptyState = (): SearchState => ({
  ...(Object.fromEntries(FACETS.map((facet) => [facet, []])) as unknown as FacetState),
  q: '',
  age: null,
  rolling: false,
  free: false,
  closed: false,
  nationalOffers: 'include',
  near: '',
  radius: null,
  pro: false,
});

/** `tier=2,3` (what encodeState writes) and `tier=2&tier=3` (what a plain HTML form sends) mean the same. */
const list = (params: URLSearchParams, name: string): string[] =>
  params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);

const number = (value: string | null, range: { min: number; max: number }): number | null => {
  if (value === null || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= range.min && n <= range.max ? n : null;
};

/**
 * A facet's chosen values from their text (a URL or a form), typed as the field holds them (tiers
 * are numbers), in the order given, each once. Values the facet does not allow are dropped.
 */
export const facetChoice = <F extends Facet>(
  facet: F,
  texts: readonly string[],
  areaIds: readonly string[] = [],
): FacetState[F] => {
  const allowed = facetSpec(facet).values;
  if (allowed === 'areas') return [...new Set(texts.filter((text) => areaIds.includes(text)))] as FacetState[F];
  const rank = (value: string | number) => texts.indexOf(String(value));
  return (allowed as readonly (string | number)[])
    .filter((value) => rank(value) !== -1)
    .sort((a, b) => rank(a) - rank(b)) as FacetState[F];
};

/** Reads a query string. Unknown values are dropped, never trusted. `areaIds` limits the area filter to real areas. */
export const decodeState = (search: string, areaIds: readonly string[] = []): SearchState => {
  const params = new URLSearchParams(search);
  const get = (key: keyof SearchState) => params.get(URL_PARAMS[key]);
  const state = emptyState();
  state.q = (get('q') ?? '').slice(0, 200);
  for (const facet of FACETS) {
    (state[facet] as FacetState[Facet]) = facetChoice(facet, list(params, URL_PARAMS[facet]), areaIds);
  }
  state.age = number(get('age'), AGE_RANGE);
  state.rolling = get('rolling') === '1';
  state.free = get('free') === '1';
  state.closed = get('closed') === '1';
  state.nationalOffers = get('nationalOffers') === 'exclude' ? 'exclude' : 'include';
  state.near = (get('near') ?? '').slice(0, 80);
  state.radius = number(get('radius'), RADIUS_RANGE);
  state.pro = get('pro') === '1';
  return state;
};

/** Writes the state as a short, stable query string (defaults left out, keys in a fixed order). */
export const encodeState = (state: SearchState): string => {
  const params = new URLSearchParams();
  const set = (key: keyof SearchState, value: string) => params.set(URL_PARAMS[key], value);
  if (state.q.trim()) set('q', state.q.trim());
  for (const facet of FACETS) {
    const values = state[facet] as readonly (string | number)[];
    if (values.length > 0) set(facet, [...values].map(String).sort().join(','));
  }
  if (state.age !== null) set('age', String(state.age));
  if (state.rolling) set('rolling', '1');
  if (state.free) set('free', '1');
  if (state.closed) set('closed', '1');
  if (state.nationalOffers === 'exclude') set('nationalOffers', 'exclude');
  if (state.near.trim()) set('near', state.near.trim());
  if (state.radius !== null) set('radius', String(state.radius));
  if (state.pro) set('pro', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
};
