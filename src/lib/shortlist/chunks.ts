/**
 * The shortlist page fetches what it shows of each saved option from small files of records
 * (src/pages/shortlist-data/), so that it never loads the whole data set. A record's file is
 * found from its id alone, by a hash: the page knows only ids. Shared by server and client code.
 */

/** Records per file, on average: a shortlist of a few options fetches a few small files. */
export const SHORTLIST_CHUNK_SIZE = 25;

export const shortlistChunkCount = (records: number): number => Math.max(1, Math.ceil(records / SHORTLIST_CHUNK_SIZE));

/** FNV-1a over the id's UTF-16 code units: the same number in every browser and in Node. */
export const shortlistChunkOf = (id: string, chunks: number): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % Math.max(1, chunks);
};

/** The data file of one chunk in one language, under the site root. */
export const shortlistChunkUrl = (lang: 'en' | 'cy', chunk: number): string => `/shortlist-data/${lang}/${chunk}.json`;
