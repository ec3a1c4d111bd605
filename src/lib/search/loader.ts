/**
 * The browser's side of asset.ts: the entries from the docs part, and their ids and titles
 * fetched a chunk at a time, each chunk once, when cards or markers need them.
 * The fetching is passed in, so this is tested without a network.
 */
import { applyTitles, chunksNeeded, type DocsAsset, type TitlesChunk } from './asset.ts';
import { hydrateDocs, hydrateDocsInSlices, type LoadedDoc } from './hydrate.ts';
import { createMatcher, type Matcher, type MatchIndex } from './match.ts';
import type { SearchDoc } from './types.ts';

export interface SearchData {
  docs: readonly SearchDoc[];
  /** Whether every one of these entries has its id and titles. */
  ready: (docs: Iterable<SearchDoc>) => boolean;
  /** Fetches the titles chunks these entries need (each chunk once, however often asked). */
  load: (docs: Iterable<SearchDoc>) => Promise<void>;
  /** Fetches every titles chunk. */
  loadAll: () => Promise<void>;
}

/** The file of a titles chunk under the search data directory (`/search-data/`). */
export const titlesFile = (chunk: number): string => `titles-${chunk}.json`;

export const createSearchData = (
  asset: DocsAsset,
  fetchChunk: (chunk: number) => Promise<TitlesChunk>,
  docs: LoadedDoc[] = hydrateDocs(asset),
): SearchData => {
  const loaded = new Set<number>();
  const inFlight = new Map<number, Promise<void>>();
  const chunkCount = Math.ceil(asset.count / asset.chunkSize);
  const positionsOf = function* (of: Iterable<SearchDoc>) {
    for (const doc of of) {
      // Only entries of this data know their place in it.
      const position = (doc as Partial<LoadedDoc>).position;
      if (position !== undefined && docs[position] === doc) yield position;
    }
  };
  const fetchChunks = async (chunks: readonly number[]) => {
    await Promise.all(
      chunks.map((chunk) => {
        let pending = inFlight.get(chunk);
        if (!pending) {
          pending = fetchChunk(chunk).then((titles) => {
            applyTitles(docs, titles);
            loaded.add(chunk);
          });
          // A failed fetch may be tried again.
          pending.catch(() => inFlight.delete(chunk));
          inFlight.set(chunk, pending);
        }
        return pending;
      }),
    );
  };
  return {
    docs,
    ready: (of) => chunksNeeded(positionsOf(of), asset.chunkSize, loaded).length === 0,
    load: (of) => fetchChunks(chunksNeeded(positionsOf(of), asset.chunkSize, loaded)),
    loadAll: () =>
      fetchChunks(Array.from({ length: chunkCount }, (_, chunk) => chunk).filter((chunk) => !loaded.has(chunk))),
  };
};

/** The parts every search needs, under the search data directory: docs, then match (the page may fetch them early, lib/search/early.ts). */
export const eagerUrls = (dataUrl: string): [docs: string, match: string] => [
  `${dataUrl}docs.json`,
  `${dataUrl}match.json`,
];

/**
 * Fetches the docs and match parts from the search data directory (`/search-data/`) and makes
 * the matcher; titles follow per chunk. `fetchJson` is the page's fetch, passed in.
 */
export const loadSearch = async (
  dataUrl: string,
  fetchJson: <T>(url: string) => Promise<T>,
  /** Lets the page answer input between slices of the work (browser/idle.ts, yieldToMain); none in tests. */
  pause?: () => Promise<void>,
): Promise<{ data: SearchData; matcher: Matcher }> => {
  const [docsUrl, matchUrl] = eagerUrls(dataUrl);
  const [docs, match] = await Promise.all([fetchJson<DocsAsset>(docsUrl), fetchJson<MatchIndex>(matchUrl)]);
  // Two parts of different builds (a deploy between the two fetches, or one from the offline cache) would rank the wrong entries.
  if (match.titleLengths.length !== docs.count) {
    throw new Error(
      `The search data is out of step: ${docsUrl} has ${docs.count} entries and ${matchUrl} has ${match.titleLengths.length}`,
    );
  }
  const entries = pause ? await hydrateDocsInSlices(docs, pause) : hydrateDocs(docs);
  const data = createSearchData(docs, (chunk) => fetchJson<TitlesChunk>(`${dataUrl}${titlesFile(chunk)}`), entries);
  return { data, matcher: createMatcher(data.docs, match) };
};
