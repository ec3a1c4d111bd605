/**
 * The browser's entries, made from the docs part (asset.ts) with as little work and memory as
 * 25,700 entries allow: shared values are built once and shared, and entries are made alike.
 */
import {
  type Column,
  type DocsAsset,
  E4,
  type ListColumn,
  PENDING_ID,
  type VenueColumn,
  type VenueRow,
} from './asset.ts';
import {
  COLUMN_FIELDS,
  type ColumnField,
  LIST_FIELDS,
  type ListField,
  OPTIONAL_FIELDS,
  type SearchDoc,
} from './fields.ts';

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

const NO_VENUES: SearchDoc['venues'] = Object.freeze([]);
const NO_TOWNS: SearchDoc['towns'] = Object.freeze({ en: Object.freeze([]), cy: Object.freeze([]) });
/** The title of an entry until its chunk arrives (applyTitles gives each entry its own). */
const PENDING_TITLE: SearchDoc['title'] = Object.freeze({ en: '' });

/** An entry as the browser holds it: with its position in the docs part, which names its titles chunk. */
export type LoadedDoc = SearchDoc & { position: number };

/**
 * The entries, from the docs part, with their ids and titles still to come (PENDING_ID and
 * empty titles): everything but the card's heading and link is there. Each knows its position
 * (a Map from entry to position cost 30 ms at 25,700 entries, mostly in making object hashes).
 *
 * Entries that share a list (tiers, areas, regions, routes, priority groups) share one frozen
 * array, built once, as do entries with no venue, entries whose one venue is in the same town
 * (their towns), and entries still waiting for their titles: nothing may change them (the
 * types say so too). The columns are read as fields.ts lists them, so a new field needs no
 * code here; every entry is made with its fields in the same order, the optional ones after.
 */
const entryMaker = (asset: DocsAsset): ((i: number) => LoadedDoc) => {
  const shared = <T>(col: ListColumn<T>): (readonly T[])[] =>
    col.lists.map((list) => Object.freeze(list.map((code) => col.values[code] as T)));
  const columns = asset as unknown as Record<ColumnField, Column<unknown>> & Record<ListField, ListColumn<unknown>>;
  // Every entry gets its fields in the same order: the required ones, then the optional ones it has.
  const required = COLUMN_FIELDS.filter((name) => !OPTIONAL_FIELDS.includes(name)).map(
    (name) => [name, columns[name]] as const,
  );
  const optional = COLUMN_FIELDS.filter((name) => OPTIONAL_FIELDS.includes(name)).map(
    (name) => [name, columns[name]] as const,
  );
  const lists = LIST_FIELDS.map((name) => [name, shared(columns[name]), columns[name].codes] as const);
  const venueRows = venueTable(asset.venues);
  // Shared where entries agree, as the lists are: no venues, one town's names, and the title until it arrives.
  const townsOfOne = new Map<number, SearchDoc['towns']>();
  const townsOf = (town: number, en: string, cy: string): SearchDoc['towns'] => {
    let towns = townsOfOne.get(town);
    if (!towns) {
      towns = Object.freeze({ en: Object.freeze([en]), cy: Object.freeze([cy]) });
      townsOfOne.set(town, towns);
    }
    return towns;
  };
  // Every entry starts as a copy of one template with every field in place, then has its values stored: a copy of an
  // object of known shape is one fast step, where adding twenty-odd fields one by one made each entry's shape anew
  // (about three times the time, at 25,700 entries). An optional field an entry lacks is left undefined.
  const template: Record<string, unknown> = { position: 0, id: PENDING_ID, title: PENDING_TITLE, lastReviewed: '' };
  template.venues = NO_VENUES;
  template.towns = NO_TOWNS;
  for (const [name] of required) template[name] = undefined;
  for (const [name] of lists) template[name] = undefined;
  for (const [name] of optional) template[name] = undefined;
  return (i: number): LoadedDoc => {
    const codes = asset.venues.codes[i] as number[];
    let venues: SearchDoc['venues'] = NO_VENUES;
    let towns: SearchDoc['towns'] = NO_TOWNS;
    if (codes.length === 1) {
      const code = codes[0] as number;
      const [lat, lon, en, cy] = venueRows[code] as VenueRow;
      venues = [[lat, lon, 0]];
      towns = townsOf(asset.venues.town[code] as number, en, cy);
    } else if (codes.length > 1) {
      const points: [number, number, number][] = [];
      const en: string[] = [];
      const cy: string[] = [];
      for (const code of codes) {
        const [lat, lon, townEn, townCy] = venueRows[code] as VenueRow;
        let town = en.indexOf(townEn);
        if (town === -1) {
          town = en.push(townEn) - 1;
          cy.push(townCy);
        }
        points.push([lat, lon, town]);
      }
      venues = points;
      towns = { en, cy };
    }
    const doc: Record<string, unknown> = { ...template };
    doc.position = i;
    doc.venues = venues;
    doc.towns = towns;
    for (const [name, col] of required) doc[name] = col.values[col.codes[i] as number];
    for (const [name, table, listCodes] of lists) doc[name] = table[listCodes[i] as number];
    for (const [name, col] of optional) {
      const value = col.values[col.codes[i] as number];
      if (value !== null) doc[name] = value;
    }
    return doc as LoadedDoc;
  };
};

/** The entries, all at once. */
export const hydrateDocs = (asset: DocsAsset): LoadedDoc[] => {
  const make = entryMaker(asset);
  return Array.from({ length: asset.count }, (_, i) => make(i));
};

/**
 * The same entries, made `slice` at a time with `pause` between the slices: on a slow phone, 25,700 entries in one
 * go held the page for a fifth of a second, and a tap meanwhile went unanswered.
 */
export const hydrateDocsInSlices = async (
  asset: DocsAsset,
  pause: () => Promise<void>,
  slice = 2000,
): Promise<LoadedDoc[]> => {
  const make = entryMaker(asset);
  const docs: LoadedDoc[] = [];
  for (let i = 0; i < asset.count; i++) {
    if (i > 0 && i % slice === 0) await pause();
    docs.push(make(i));
  }
  return docs;
};
