/**
 * The search data as the browser fetches it, in three parts, so that neither the search
 * page nor the map parses everything before its first result:
 *
 * - **docs** (`/search-data/docs.json`): what filters, counts, distances and map markers
 *   read, for every entry, as columns of small numbers into tables of distinct values (a
 *   provider or a venue is written once however many entries share it).
 * - **match** (`/search-data/match.json`): the vocabulary, the synonyms, the postings (one
 *   string per word, decoded when a query first needs it), title lengths and review months:
 *   everything ranking reads. Fuse indexes the vocabulary in the browser, in milliseconds.
 * - **titles** (`/search-data/titles-<n>.json`): what only a card shows (id, titles, review
 *   date), in chunks of CHUNK_SIZE entries by position. The search page fetches only the chunks of the cards it
 *   shows; the map fetches them all, for its markers' labels.
 *
 * Shared by server code (the build writes the parts) and client code (the loader reads them;
 * hydrate.ts makes the entries from the docs part).
 */
import { type ColumnField, type FieldName, type ListField, SEARCH_FIELDS } from './fields.ts';
import type { MatchIndex } from './match.ts';
import type { SearchDoc, SearchIndexAsset } from './types.ts';

/** Entries per titles chunk: a first page of 20 cards fetches at most 20 chunks of a few KB. */
export const CHUNK_SIZE = 250;

/** A column of one value per entry: each entry's code into a table of the distinct values, in first-seen order. */
export interface Column<T> {
  values: T[];
  codes: number[];
}
/**
 * A column of several values per entry (tiers, areas…): one table of distinct values, one table
 * of the distinct lists of them (as codes into the values), and each entry's code into the lists.
 * Many entries share a list ([2, 3] for tiers), so each list is written, parsed and built once.
 */
export interface ListColumn<T> {
  values: T[];
  lists: number[][];
  codes: number[];
}

/** A venue while the table is made: latitude, longitude, and its town in English and Welsh. */
export type VenueRow = [lat: number, lon: number, townEn: string, townCy: string];

/**
 * The venues, as a table of distinct venues in columns: coordinates in ten-thousandths of a
 * degree (as the index rounds them), each the difference from the venue before it, which is
 * usually nearby; towns as codes into a table of [English, Welsh]. Entries hold venue codes.
 */
export interface VenueColumn {
  towns: [string, string][];
  lat: number[];
  lon: number[];
  town: number[];
  codes: number[][];
}

type Item<T> = T extends readonly (infer V)[] ? V : never;
/** An optional field is shipped as null where it is missing. */
type Shipped<V> = undefined extends V ? Exclude<V, undefined> | null : V;

/** The docs part: a column per `column` and `list` field of the search document (fields.ts), in its order, and the venues. */
export type DocsAsset = { count: number; chunkSize: number; venues: VenueColumn } & {
  [K in ColumnField]: Column<Shipped<SearchDoc[K]>>;
} & { [K in ListField]: ListColumn<Item<SearchDoc[K]>> };

/** One chunk of what only a card shows: ids, titles (English alone, or [English, Welsh]) and review dates. */
export interface TitlesChunk {
  start: number;
  ids: string[];
  titles: (string | [string, string])[];
  reviewed: string[];
}

export interface SplitAsset {
  docs: DocsAsset;
  match: MatchIndex;
  titles: TitlesChunk[];
}

const column = <T>(items: readonly T[]): Column<T> => {
  const table = new Map<string, number>();
  const values: T[] = [];
  const codes = items.map((item) => {
    const key = JSON.stringify(item);
    let code = table.get(key);
    if (code === undefined) {
      code = values.length;
      values.push(item);
      table.set(key, code);
    }
    return code;
  });
  return { values, codes };
};

/** Each entry's list as value codes (one table of values for the whole column), before the lists are tabled. */
const listCodes = <T>(lists: readonly (readonly T[])[]): { values: T[]; codes: number[][] } => {
  const flat = column(lists.flat());
  let next = 0;
  return { values: flat.values, codes: lists.map((list) => list.map(() => flat.codes[next++] as number)) };
};

const listColumn = <T>(items: readonly (readonly T[])[]): ListColumn<T> => {
  const { values, codes } = listCodes(items);
  const lists = column(codes);
  return { values, lists: lists.values, codes: lists.codes };
};

const venueRows = (doc: SearchDoc): VenueRow[] =>
  doc.venues.map(([lat, lon, town]) => [
    lat,
    lon,
    doc.towns.en[town] ?? '',
    doc.towns.cy[town] ?? doc.towns.en[town] ?? '',
  ]);

/** Coordinates are written in ten-thousandths of a degree. */
export const E4 = 1e4;

const venueColumn = (docs: readonly SearchDoc[]): VenueColumn => {
  const table = listCodes(docs.map(venueRows));
  const towns = column(table.values.map(([, , en, cy]): [string, string] => [en, cy]));
  const delta = (values: number[]) => values.map((value, i) => value - (i > 0 ? (values[i - 1] as number) : 0));
  return {
    towns: towns.values,
    lat: delta(table.values.map(([lat]) => Math.round(lat * E4))),
    lon: delta(table.values.map(([, lon]) => Math.round(lon * E4))),
    town: towns.codes,
    codes: table.codes,
  };
};

/** Splits the index into its three parts (see the top of this file). */
export const splitSearchAsset = (asset: SearchIndexAsset, chunkSize = CHUNK_SIZE): SplitAsset => {
  const { docs } = asset;
  const titles: TitlesChunk[] = [];
  for (let start = 0; start < docs.length; start += chunkSize) {
    const chunk = docs.slice(start, start + chunkSize);
    titles.push({
      start,
      ids: chunk.map((doc) => doc.id),
      titles: chunk.map((doc) => (doc.title.cy === undefined ? doc.title.en : [doc.title.en, doc.title.cy])),
      reviewed: chunk.map((doc) => doc.lastReviewed),
    });
  }
  const columns: Record<string, unknown> = { count: docs.length, chunkSize };
  // In the table's order, so that the part is written the same way each build.
  for (const [name, spec] of Object.entries(SEARCH_FIELDS) as [FieldName, (typeof SEARCH_FIELDS)[FieldName]][]) {
    if (spec.ship === 'column') columns[name] = column(docs.map((doc) => doc[name as ColumnField] ?? null));
    else if (spec.ship === 'list')
      columns[name] = listColumn(docs.map((doc) => doc[name as ListField] as readonly unknown[]));
    else if (name === 'venues') columns[name] = venueColumn(docs);
  }
  return {
    docs: columns as DocsAsset,
    match: {
      terms: asset.terms,
      postings: asset.postings,
      titleLengths: asset.titleLengths,
      reviewed: asset.reviewed,
      synonyms: asset.synonyms,
      concepts: asset.concepts,
      towns: asset.towns,
    },
    titles,
  };
};

/** The id an entry carries until its titles chunk arrives (with empty titles and review date): never shown, as cards wait for their chunk. */
export const PENDING_ID = '';

/** Puts a chunk's ids and titles into the entries it covers. */
export const applyTitles = (docs: readonly SearchDoc[], chunk: TitlesChunk): void => {
  chunk.ids.forEach((id, offset) => {
    const doc = docs[chunk.start + offset];
    const title = chunk.titles[offset];
    if (!doc || title === undefined) return;
    doc.id = id;
    doc.title = typeof title === 'string' ? { en: title } : { en: title[0], cy: title[1] };
    doc.lastReviewed = chunk.reviewed[offset] ?? '';
  });
};

/** The titles chunks that the given entries (by position) need and that have not arrived. */
export const chunksNeeded = (positions: Iterable<number>, chunkSize: number, loaded: ReadonlySet<number>): number[] => {
  const needed = new Set<number>();
  for (const position of positions) {
    const chunk = Math.floor(position / chunkSize);
    if (!loaded.has(chunk)) needed.add(chunk);
  }
  return [...needed].sort((a, b) => a - b);
};
