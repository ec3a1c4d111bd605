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
 * Shared by server code (the build writes the parts) and client code (the loader reads them).
 */
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
type VenueRow = [lat: number, lon: number, townEn: string, townCy: string];

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

export interface DocsAsset {
  count: number;
  chunkSize: number;
  kind: Column<SearchDoc['kind']>;
  strand: Column<NonNullable<SearchDoc['strand']> | null>;
  provider: Column<SearchDoc['provider']>;
  tiers: ListColumn<SearchDoc['tiers'][number]>;
  areas: ListColumn<string>;
  regions: ListColumn<SearchDoc['regions'][number]>;
  walesWide: Column<boolean>;
  language: Column<SearchDoc['language']>;
  ages: Column<SearchDoc['ages']>;
  level: Column<SearchDoc['level']>;
  delivery: Column<SearchDoc['delivery']>;
  starts: Column<SearchDoc['starts']>;
  routes: ListColumn<SearchDoc['routes'][number]>;
  priorityGroups: ListColumn<SearchDoc['priorityGroups'][number]>;
  free: Column<boolean>;
  venues: VenueColumn;
  status: Column<NonNullable<SearchDoc['status']> | null>;
  illustrative: Column<boolean>;
}

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
  doc.venues.map(([lat, lon, town]) => [lat, lon, doc.towns.en[town] ?? '', doc.towns.cy[town] ?? doc.towns.en[town] ?? '']);

const E4 = 1e4;

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

/** The venue table back as rows. */
const venueTable = (venues: VenueColumn): VenueRow[] => {
  let lat = 0;
  let lon = 0;
  return venues.town.map((town, i) => {
    lat += venues.lat[i] as number;
    lon += venues.lon[i] as number;
    const [en, cy] = venues.towns[town] as [string, string];
    return [lat / E4, lon / E4, en, cy];
  });
};

/** Splits the index into its three parts (see the top of this file). */
export const splitSearchAsset = (asset: SearchIndexAsset, chunkSize = CHUNK_SIZE): SplitAsset => {
  const { docs } = asset;
  const pick = <K extends keyof SearchDoc>(key: K) => docs.map((doc) => doc[key]);
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
  return {
    docs: {
      count: docs.length,
      chunkSize,
      kind: column(pick('kind')),
      strand: column(docs.map((doc) => doc.strand ?? null)),
      provider: column(pick('provider')),
      tiers: listColumn(pick('tiers')),
      areas: listColumn(pick('areas')),
      regions: listColumn(pick('regions')),
      walesWide: column(pick('walesWide')),
      language: column(pick('language')),
      ages: column(pick('ages')),
      level: column(pick('level')),
      delivery: column(pick('delivery')),
      starts: column(pick('starts')),
      routes: listColumn(pick('routes')),
      priorityGroups: listColumn(pick('priorityGroups')),
      free: column(pick('free')),
      venues: venueColumn(docs),
      status: column(docs.map((doc) => doc.status ?? null)),
      illustrative: column(pick('illustrative')),
    },
    match: {
      terms: asset.terms,
      postings: asset.postings,
      titleLengths: asset.titleLengths,
      reviewed: asset.reviewed,
      synonyms: asset.synonyms,
    },
    titles,
  };
};

/** The id an entry carries until its titles chunk arrives (with empty titles and review date): never shown, as cards wait for their chunk. */
export const PENDING_ID = '';

/**
 * The entries, from the docs part, with their ids and titles still to come (PENDING_ID and
 * empty titles): everything but the card's heading and link is there.
 *
 * Entries that share a list (tiers, areas, regions, routes, priority groups) share one frozen
 * array, built once: nothing may change an entry's lists. Every entry is made with the same
 * fields in the same order (optional ones added after), which keeps this fast at 25,000 entries.
 */
export const hydrateDocs = (asset: DocsAsset): SearchDoc[] => {
  const at = <T>(col: Column<T>, i: number): T => col.values[col.codes[i] as number] as T;
  const shared = <T>(col: ListColumn<T>): T[][] => col.lists.map((list) => Object.freeze(list.map((code) => col.values[code] as T)) as T[]);
  const tiers = shared(asset.tiers);
  const areas = shared(asset.areas);
  const regions = shared(asset.regions);
  const routes = shared(asset.routes);
  const priorityGroups = shared(asset.priorityGroups);
  const list = <T>(lists: T[][], col: ListColumn<unknown>, i: number): T[] => lists[col.codes[i] as number] as T[];
  const venueRows = venueTable(asset.venues);
  const docs: SearchDoc[] = new Array(asset.count);
  for (let i = 0; i < asset.count; i++) {
    const codes = asset.venues.codes[i] as number[];
    const venues: SearchDoc['venues'] = [];
    const towns: SearchDoc['towns'] = { en: [], cy: [] };
    for (const code of codes) {
      const [lat, lon, en, cy] = venueRows[code] as VenueRow;
      let town = towns.en.indexOf(en);
      if (town === -1) {
        town = towns.en.push(en) - 1;
        towns.cy.push(cy);
      }
      venues.push([lat, lon, town]);
    }
    const doc: SearchDoc = {
      id: PENDING_ID,
      kind: at(asset.kind, i),
      title: { en: '' },
      provider: at(asset.provider, i),
      tiers: list(tiers, asset.tiers, i),
      areas: list(areas, asset.areas, i),
      regions: list(regions, asset.regions, i),
      walesWide: at(asset.walesWide, i),
      language: at(asset.language, i),
      ages: at(asset.ages, i),
      level: at(asset.level, i),
      delivery: at(asset.delivery, i),
      starts: at(asset.starts, i),
      routes: list(routes, asset.routes, i),
      priorityGroups: list(priorityGroups, asset.priorityGroups, i),
      free: at(asset.free, i),
      venues,
      towns,
      lastReviewed: '',
      illustrative: at(asset.illustrative, i),
    };
    const strand = at(asset.strand, i);
    if (strand !== null) doc.strand = strand;
    const status = at(asset.status, i);
    if (status !== null) doc.status = status;
    docs[i] = doc;
  }
  return docs;
};

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
