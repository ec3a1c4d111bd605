/**
 * Typo-tolerant matching with Fuse over normalised text in both languages.
 * Exact title hits rank above fuzzy ones. Shared by server and client code.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import { normalise } from './normalise.ts';
import type { SearchDoc } from './types.ts';

export const FUSE_KEYS = [
  { name: 'match.title', weight: 3 },
  { name: 'match.subject', weight: 2 },
  { name: 'match.provider', weight: 1 },
  { name: 'match.place', weight: 1 },
  { name: 'match.summary', weight: 0.5 },
];

export const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: FUSE_KEYS,
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 2,
};

export const createMatcher = (docs: readonly SearchDoc[], index?: unknown): Fuse<SearchDoc> =>
  new Fuse(docs, FUSE_OPTIONS, index ? Fuse.parseIndex<SearchDoc>(index as Parameters<typeof Fuse.parseIndex>[0]) : undefined);

export interface Hit {
  doc: SearchDoc;
  /** 0 is a perfect match; lower is better. */
  score: number;
}

/**
 * Docs matching the query, best first. Every word must match (fuzzily) in some
 * field; a query that appears whole in a title is ranked first.
 * An empty query returns every doc, in the given order, with score 0.
 */
export const searchDocs = (fuse: Fuse<SearchDoc>, docs: readonly SearchDoc[], query: string): Hit[] => {
  const q = normalise(query);
  if (!q) return docs.map((doc) => ({ doc, score: 0 }));
  const words = q.split(' ').filter((word) => word.length > 0);
  // Every word must match, fuzzily, in at least one field: "motor vehical llanelli"
  // can match the title for two words and the place for the third.
  const results = fuse.search({ $and: words.map((word) => ({ $or: FUSE_KEYS.map((key) => ({ [key.name]: word })) })) });
  return results
    .map((result) => {
      const exact = result.item.titleKey.includes(q);
      const score = (result.score ?? 1) - (exact ? 1 : 0);
      return { doc: result.item, score };
    })
    .sort((a, b) => a.score - b.score || a.doc.title.en.localeCompare(b.doc.title.en));
};
