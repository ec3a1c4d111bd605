/**
 * Search state and its URL form: everything a visitor chose lives in the
 * query string, so reload, back/forward and shared links give the same view.
 * Shared by server and client code.
 */
import {
  ACCESS_ROUTES,
  type AccessRoute,
  DELIVERY_MODES,
  type DeliveryLanguage,
  type DeliveryMode,
  JGW_STRANDS,
  type JgwStrand,
  KINDS,
  type Kind,
  LANGUAGES,
  LEVELS,
  type Level,
  PRIORITY_GROUPS,
  type PriorityGroup,
  REGIONS,
  type Region,
  TIERS,
  type Tier,
} from '../content/vocabulary.ts';

export interface SearchState {
  q: string;
  kind: Kind[];
  strand: JgwStrand[];
  tier: Tier[];
  area: string[];
  region: Region[];
  lang: DeliveryLanguage[];
  level: Level[];
  delivery: DeliveryMode[];
  route: AccessRoute[];
  group: PriorityGroup[];
  /** The visitor's age: entries whose age range includes it. */
  age: number | null;
  /** Only offers you can start at any time. */
  rolling: boolean;
  free: boolean;
  /** Include or leave out Wales-wide and online offers. */
  national: 'include' | 'exclude';
  /** A town (English or Welsh) or postcode district to sort by distance from. */
  near: string;
  radius: number | null;
  /** Professional view: tiers, access routes, priority groups and review dates on each result. */
  pro: boolean;
}

export const MULTI_FACETS = ['kind', 'strand', 'tier', 'area', 'region', 'lang', 'level', 'delivery', 'route', 'group'] as const;
export type MultiFacet = (typeof MULTI_FACETS)[number];

export const emptyState = (): SearchState => ({
  q: '',
  kind: [],
  strand: [],
  tier: [],
  area: [],
  region: [],
  lang: [],
  level: [],
  delivery: [],
  route: [],
  group: [],
  age: null,
  rolling: false,
  free: false,
  national: 'include',
  near: '',
  radius: null,
  pro: false,
});

const allowed = {
  kind: KINDS,
  strand: JGW_STRANDS,
  tier: TIERS.map(String),
  region: REGIONS,
  lang: LANGUAGES,
  level: LEVELS,
  delivery: DELIVERY_MODES,
  route: ACCESS_ROUTES,
  group: PRIORITY_GROUPS,
} as const;

/** `tier=2,3` (what encodeState writes) and `tier=2&tier=3` (what a plain HTML form sends) mean the same. */
const list = (params: URLSearchParams, name: string): string[] =>
  params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);

const number = (value: string | null, min: number, max: number): number | null => {
  if (value === null || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
};

/** Reads a query string. Unknown values are dropped, never trusted. `areaIds` limits the area filter to real areas. */
export const decodeState = (search: string, areaIds: readonly string[] = []): SearchState => {
  const params = new URLSearchParams(search);
  const state = emptyState();
  state.q = (params.get('q') ?? '').slice(0, 200);
  for (const facet of MULTI_FACETS) {
    const values = list(params, facet);
    const valid = facet === 'area' ? values.filter((v) => areaIds.includes(v)) : values.filter((v) => (allowed[facet] as readonly string[]).includes(v));
    (state[facet] as (string | number)[]) = facet === 'tier' ? [...new Set(valid)].map(Number) : [...new Set(valid)];
  }
  state.age = number(params.get('age'), 11, 25);
  state.rolling = params.get('rolling') === '1';
  state.free = params.get('free') === '1';
  state.national = params.get('national') === 'exclude' ? 'exclude' : 'include';
  state.near = (params.get('near') ?? '').slice(0, 80);
  state.radius = number(params.get('radius'), 1, 200);
  state.pro = params.get('pro') === '1';
  return state;
};

/** Writes the state as a short, stable query string (defaults left out, keys in a fixed order). */
export const encodeState = (state: SearchState): string => {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const facet of MULTI_FACETS) {
    const values = state[facet] as readonly (string | number)[];
    if (values.length > 0) params.set(facet, [...values].map(String).sort().join(','));
  }
  if (state.age !== null) params.set('age', String(state.age));
  if (state.rolling) params.set('rolling', '1');
  if (state.free) params.set('free', '1');
  if (state.national === 'exclude') params.set('national', 'exclude');
  if (state.near.trim()) params.set('near', state.near.trim());
  if (state.radius !== null) params.set('radius', String(state.radius));
  if (state.pro) params.set('pro', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
};
