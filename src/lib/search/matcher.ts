/** The matcher: the shipped match index made ready to search (match.ts). Shared by server and client code. */
import Fuse from 'fuse.js';
import { decodePostings } from './postings.ts';
import type { SearchDoc, Synonyms } from './types.ts';
import { synonymMap } from './words.ts';

export const FUSE_OPTIONS = { includeScore: true, threshold: 0.3, ignoreLocation: true, minMatchCharLength: 2 } as const;

/** What the browser receives to search: built once at build time (build-index.ts). */
export interface MatchIndex {
  /** Every distinct word, sorted. */
  terms: string[];
  /**
   * For each term, the entries containing it as docIndex × FIELD_SLOTS + field mask, ascending,
   * delta-encoded, in base 36 and joined by commas (encodePostings): a string parses far faster
   * than an array of numbers, and each term is decoded only when a query first needs it.
   */
  postings: string[];
  /** For each entry, how many distinct words its title has (both languages): for the coverage tie-break. */
  titleLengths: number[];
  /** For each entry, the month of its last review (year × 12 + month − 1): the last tie-break, the more recent first. */
  reviewed: number[];
  /** Words that mean the same, and related words, normalised (content/synonyms.yaml). */
  synonyms: Synonyms;
}

export interface Matcher {
  docs: readonly SearchDoc[];
  titleLengths: readonly number[];
  reviewed: readonly number[];
  terms: readonly string[];
  /** A term's postings, decoded on first use. */
  postings: (term: number) => Int32Array;
  fuse: Fuse<string>;
  exact: Map<string, number>;
  /** Each word to the other words of its `same` group. */
  same: Map<string, readonly string[]>;
  /** Each word to the other words of its `related` groups. */
  related: Map<string, readonly string[]>;
  /**
   * What each query word recently stood for: typing "motor vehical" key by key asks for
   * "motor" eleven times, and its typo search and postings are the costly part.
   */
  recent: Map<string, WordMatch>;
}

/** One query word's candidate terms, and each entry they match with the best its matches are worth. */
export interface WordMatch {
  candidates: Map<number, number>;
  scores: Map<number, number>;
}

/** How many words a matcher remembers (a few queries' worth) before it starts afresh. */
export const RECENT_WORDS = 64;

export const createMatcher = (docs: readonly SearchDoc[], index: MatchIndex): Matcher => {
  const decoded: (Int32Array | undefined)[] = [];
  return {
    docs,
    titleLengths: index.titleLengths,
    reviewed: index.reviewed,
    terms: index.terms,
    postings: (term) => {
      let postings = decoded[term];
      if (!postings) {
        postings = decodePostings(index.postings[term] ?? '');
        decoded[term] = postings;
      }
      return postings;
    },
    // Indexing a few thousand words takes milliseconds: cheaper than shipping the index.
    fuse: new Fuse(index.terms, FUSE_OPTIONS),
    exact: new Map(index.terms.map((term, i) => [term, i])),
    same: synonymMap(index.synonyms?.same ?? []),
    related: synonymMap(index.synonyms?.related ?? []),
    recent: new Map(),
  };
};
