/**
 * The search document, declared once. Each row of SEARCH_FIELDS is one field of what search,
 * filters, cards and map markers read: how it is built from a record, how it travels to the
 * browser, and, for a filter, its URL parameter. The SearchDoc type, the shipped columns
 * (asset.ts), the browser's entries (hydrate.ts), the facets with their URL parameters and
 * empty state (state.ts) and facet counting (filters.ts) are all derived from this table.
 *
 * Adding a field is one row here. Making it a filter is a `facet` on its row, its option
 * labels in filter-model.ts (the type checker asks for them) and a legend in each dictionary.
 *
 * Shared by server and client code: `build` runs only at build time, and needs nothing the
 * browser lacks.
 */
import type { Provision } from '../schema/schema.ts';
import {
  ACCESS_ROUTES,
  type AccessRoute,
  DELIVERY_MODES,
  type DeliveryLanguage,
  type DeliveryMode,
  FINANCIAL_SUPPORT,
  type FinancialSupport,
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
  type Status,
  TIERS,
  type Tier,
} from '../schema/vocabulary.ts';

/** What building a search document needs besides the record: names and regions from other collections. */
export interface IndexContext {
  providerName: (id: string) => { en: string; cy: string };
  area: (id: string) => { name: { en: string; cy: string }; region: Region } | undefined;
  /** Labels in both languages for the subject (sector or service type), e.g. ["Motor vehicle", "Cerbydau modur"]. */
  subjectLabels: (entry: Provision) => string[];
  /** Welsh form of a town name, where it differs. */
  welshTown: (town: string) => string;
}

/**
 * How a field reaches the browser:
 * - `column`: one value per entry, as a code into a table of distinct values;
 * - `list`: several values per entry, as a code into a table of distinct lists;
 * - `venues`: the venue table (points and towns, asset.ts VenueColumn);
 * - `titles`: the titles chunks, fetched only for the cards shown.
 */
export type Shipping = 'column' | 'list' | 'venues' | 'titles';

/** A multi-choice filter on the field: its URL parameter, and its allowed values ('areas': the real areas, known at run time). */
export interface FacetSpec {
  param: string;
  values: readonly string[] | readonly number[] | 'areas';
}

interface FieldSpec<T> {
  build: (entry: Provision, ctx: IndexContext) => T;
  ship: Shipping;
  /** Left out of the document when `build` gives undefined (shipped as null in a column). */
  optional?: true;
  facet?: FacetSpec;
}

/** A row of the table, typed by the field's value. */
const field =
  <T>() =>
  <const S extends Omit<FieldSpec<T>, 'build'>>(
    spec: S & { build: FieldSpec<T>['build'] },
  ): S & { build: FieldSpec<T>['build'] } =>
    spec;

/** A venue point: [lat, lon, town], rounded; town is the index of the venue's town in `towns`. */
export type VenuePoint = readonly [number, number, number];

const sortedTiers = (tiers: readonly number[]): readonly Tier[] => [...tiers].sort() as Tier[];
const distinctTowns = (entry: Provision): string[] => [...new Set(entry.venues.map((venue) => venue.town))];

/**
 * Every field, in the order the docs part ships them (and encodeState writes facets).
 * Field names are the schema's, so one idea has one name (docs/architecture.md).
 */
export const SEARCH_FIELDS = {
  id: field<string>()({ build: (entry) => entry.id, ship: 'titles' }),
  kind: field<Kind>()({ build: (entry) => entry.kind, ship: 'column', facet: { param: 'kind', values: KINDS } }),
  strand: field<JgwStrand | undefined>()({
    build: (entry) => (entry.kind === 'jgw' ? entry.strand : undefined),
    ship: 'column',
    optional: true,
    facet: { param: 'strand', values: JGW_STRANDS },
  }),
  /** Display title in each language (Welsh missing → English shown, marked). */
  title: field<{ en: string; cy?: string }>()({
    build: (entry) => ({ en: entry.title.en, ...(entry.title.cy === undefined ? {} : { cy: entry.title.cy }) }),
    ship: 'titles',
  }),
  /** The provider's name in each language (a record's `provider` is the provider's id). */
  providerName: field<{ en: string; cy: string }>()({
    build: (entry, ctx) => ctx.providerName(entry.provider),
    ship: 'column',
  }),
  tiers: field<readonly Tier[]>()({
    build: (entry) => sortedTiers(entry.tiers),
    ship: 'list',
    facet: { param: 'tier', values: TIERS },
  }),
  areas: field<readonly string[]>()({
    build: (entry) => entry.areas,
    ship: 'list',
    facet: { param: 'area', values: 'areas' },
  }),
  regions: field<readonly Region[]>()({
    build: (entry, ctx) => [...new Set(entry.areas.flatMap((id) => ctx.area(id)?.region ?? []))],
    ship: 'list',
    facet: { param: 'region', values: REGIONS },
  }),
  walesWide: field<boolean>()({ build: (entry) => entry.walesWide, ship: 'column' }),
  language: field<DeliveryLanguage>()({
    build: (entry) => entry.language,
    ship: 'column',
    facet: { param: 'lang', values: LANGUAGES },
  }),
  ages: field<readonly [number, number]>()({ build: (entry) => [entry.ages.min, entry.ages.max], ship: 'column' }),
  level: field<Level>()({
    build: (entry) => entry.level,
    ship: 'column',
    facet: { param: 'level', values: LEVELS },
  }),
  delivery: field<DeliveryMode>()({
    build: (entry) => entry.delivery,
    ship: 'column',
    facet: { param: 'delivery', values: DELIVERY_MODES },
  }),
  /** 'september', 'rolling', or the start dates (YYYY-MM-DD) as listed. */
  starts: field<'september' | 'rolling' | readonly string[]>()({
    build: (entry) => (typeof entry.starts === 'string' ? entry.starts : [...entry.starts.dates]),
    ship: 'column',
  }),
  routes: field<readonly AccessRoute[]>()({
    build: (entry) => entry.access.routes,
    ship: 'list',
    facet: { param: 'route', values: ACCESS_ROUTES },
  }),
  priorityGroups: field<readonly PriorityGroup[]>()({
    build: (entry) => entry.priorityGroups,
    ship: 'list',
    facet: { param: 'group', values: PRIORITY_GROUPS },
  }),
  /** Only the priority groups can take part (the card says "Only for" rather than "Especially for"). */
  onlyForPriorityGroups: field<boolean>()({ build: (entry) => entry.onlyForPriorityGroups, ship: 'column' }),
  free: field<boolean>()({ build: (entry) => entry.cost.free, ship: 'column' }),
  /** Help with money while taking part (EMA, a training allowance, a wage, travel…). */
  financialSupport: field<readonly FinancialSupport[]>()({
    build: (entry) => entry.financialSupport,
    ship: 'list',
    facet: { param: 'help', values: FINANCIAL_SUPPORT },
  }),
  /** Venue points; town is the index of the venue's town in `towns`. */
  venues: field<readonly VenuePoint[]>()({
    build: (entry) => {
      const towns = distinctTowns(entry);
      return entry.venues.map(
        (venue) => [Number(venue.lat.toFixed(4)), Number(venue.lon.toFixed(4)), towns.indexOf(venue.town)] as const,
      );
    },
    ship: 'venues',
  }),
  /** The distinct venue towns in English and Welsh, for the result card. */
  towns: field<{ readonly en: readonly string[]; readonly cy: readonly string[] }>()({
    build: (entry, ctx) => {
      const en = distinctTowns(entry);
      return { en, cy: en.map(ctx.welshTown) };
    },
    ship: 'venues',
  }),
  lastReviewed: field<string>()({ build: (entry) => entry.lastReviewed, ship: 'titles' }),
  /** Left out when active, which almost every record is, to keep the index small. */
  status: field<Exclude<Status, 'active'> | undefined>()({
    build: (entry) => (entry.status === 'active' ? undefined : entry.status),
    ship: 'column',
    optional: true,
  }),
  illustrative: field<boolean>()({ build: (entry) => entry.illustrative, ship: 'column' }),
};

type Fields = typeof SEARCH_FIELDS;
export type FieldName = keyof Fields;
type Value<K extends FieldName> = Exclude<ReturnType<Fields[K]['build']>, undefined>;
type OptionalField = { [K in FieldName]: Fields[K] extends { optional: true } ? K : never }[FieldName];
type ShippedAs<S extends Shipping> = { [K in FieldName]: Fields[K] extends { ship: S } ? K : never }[FieldName];

/** One provision record, reduced to what search, filters, cards and map markers need (the table above). */
export type SearchDoc = { -readonly [K in Exclude<FieldName, OptionalField>]: Value<K> } & {
  -readonly [K in OptionalField]?: Value<K>;
};

/** The fields shipped one value per entry, and several per entry. */
export type ColumnField = ShippedAs<'column'>;
export type ListField = ShippedAs<'list'>;

/** The fields a visitor can filter by, several values at once. */
export type Facet = { [K in FieldName]: Fields[K] extends { facet: FacetSpec } ? K : never }[FieldName];
/** The value a facet tests: the field's value, or one of its list. */
export type FacetValue<F extends Facet> = F extends Facet
  ? Value<F> extends readonly (infer V)[]
    ? V
    : Value<F>
  : never;

const names = Object.keys(SEARCH_FIELDS) as FieldName[];
const shipped = <S extends Shipping>(ship: S) =>
  names.filter((name) => SEARCH_FIELDS[name].ship === ship) as ShippedAs<S>[];
export const COLUMN_FIELDS: readonly ColumnField[] = shipped('column');
export const LIST_FIELDS: readonly ListField[] = shipped('list');
export const OPTIONAL_FIELDS: readonly FieldName[] = names.filter((name) => 'optional' in SEARCH_FIELDS[name]);

/** The facets, in table order (the order encodeState writes them). */
export const FACETS = names.filter((name) => 'facet' in SEARCH_FIELDS[name]) as Facet[];
export const facetSpec = (facet: Facet): FacetSpec => (SEARCH_FIELDS[facet] as { facet: FacetSpec }).facet;

/** The search document of a record, with full titles: what cards, filters and map markers read. */
export const toSearchDoc = (entry: Provision, ctx: IndexContext): SearchDoc => {
  const doc: Record<string, unknown> = {};
  for (const name of names) {
    const value = SEARCH_FIELDS[name].build(entry, ctx);
    if (value !== undefined) doc[name] = value;
  }
  return doc as SearchDoc;
};

/**
 * The values a facet tests in a document: the field itself, as a list. Facet counting codes them
 * once per document (filters.ts codesOf); the per-keystroke filter test reads the field directly.
 */
export const facetValues = <F extends Facet>(doc: SearchDoc, facet: F): readonly FacetValue<F>[] => {
  const value = doc[facet] as unknown;
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]) as readonly FacetValue<F>[];
};
