/** The matcher: the shipped match index made ready to search (match.ts). Shared by server and client code. */
import Fuse from 'fuse.js';
import { decodePostings } from './postings.ts';
import type { SearchDoc, Synonyms } from './types.ts';
import { allowedTypos, FUZZY_MIN_LENGTH } from './typos.ts';
import { synonymMap } from './words.ts';

/**
 * Fuse's settings for the typo search. Its matches are then checked by edit distance (typos.ts), so
 * it needs no match positions: minMatchCharLength 1 spares it working them out for every word.
 */
export const FUSE_OPTIONS = {
  includeScore: true,
  threshold: 0.3,
  ignoreLocation: true,
  minMatchCharLength: 1,
} as const;

/** How many of Fuse's best matches a typo search checks, over all the lengths it looks at. */
export const TYPO_CANDIDATES = 25;

/** A vocabulary word Fuse found for a query word, and its Fuse score (0 is exact, lower is better). */
export interface FuzzyMatch {
  term: number;
  score: number;
}

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
  /**
   * Vocabulary words near a query word, best first (at most TYPO_CANDIDATES): Fuse over only the
   * words whose length is within `typos` of the word's, as no other word is within that many edits.
   */
  fuzzy: (word: string, typos: number) => FuzzyMatch[];
  /**
   * Makes one more length's typo index ahead of need; true while some are left. For the page to
   * call when idle, so that the first typo search of a length does not wait for its index.
   */
  prepare: () => boolean;
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
  scratch: Scratch;
}

/** One query word's candidate terms, and each entry they match (`docs`) with the best its matches are worth (`strengths`, in step). */
export interface WordMatch {
  candidates: Map<number, number>;
  docs: Int32Array;
  strengths: Float64Array;
}

/**
 * Working space for one search, one slot per entry, left zeroed after each use: adding up a broad
 * query's thousands of postings in typed arrays is several times faster than in maps.
 */
export interface Scratch {
  strength: Float64Array;
  matched: Uint16Array;
  firm: Uint16Array;
  covered: Uint16Array;
  holds: Uint16Array;
}

/** How many words a matcher remembers (a few queries' worth) before it starts afresh. */
export const RECENT_WORDS = 64;

/**
 * The typo search: one Fuse index per word length, each made when a query first needs it, or
 * earlier by `prepare`. Searching 3 or 5 lengths instead of the whole vocabulary is most of a
 * keystroke's matching time saved.
 */
const lengthBands = (terms: readonly string[]): Pick<Matcher, 'fuzzy' | 'prepare'> => {
  const byLength = new Map<number, number[]>();
  terms.forEach((term, i) => {
    const band = byLength.get(term.length);
    if (band) band.push(i);
    else byLength.set(term.length, [i]);
  });
  const indexes = new Map<number, Fuse<string>>();
  const fuseFor = (length: number, band: readonly number[]) => {
    let fuse = indexes.get(length);
    if (!fuse) {
      fuse = new Fuse(
        band.map((i) => terms[i] as string),
        FUSE_OPTIONS,
      );
      indexes.set(length, fuse);
    }
    return fuse;
  };
  // Only the lengths a typo search can reach: a word of FUZZY_MIN_LENGTH letters less its typos, and up.
  const unprepared = [...byLength.keys()].filter(
    (length) => length >= FUZZY_MIN_LENGTH - allowedTypos(FUZZY_MIN_LENGTH),
  );
  const prepare = () => {
    const length = unprepared.shift();
    if (length !== undefined) fuseFor(length, byLength.get(length) ?? []);
    return unprepared.length > 0;
  };
  const fuzzy = (word: string, typos: number) => {
    const found: FuzzyMatch[] = [];
    for (let length = Math.max(1, word.length - typos); length <= word.length + typos; length++) {
      const band = byLength.get(length);
      if (!band) continue;
      for (const result of fuseFor(length, band).search(word, { limit: TYPO_CANDIDATES })) {
        found.push({ term: band[result.refIndex] as number, score: result.score ?? 1 });
      }
    }
    // As one Fuse over every word would rank them: by score, then by place in the vocabulary.
    return found.sort((a, b) => a.score - b.score || a.term - b.term).slice(0, TYPO_CANDIDATES);
  };
  return { fuzzy, prepare };
};

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
    // Indexing a few hundred words of one length takes a millisecond: cheaper than shipping the index.
    ...lengthBands(index.terms),
    exact: new Map(index.terms.map((term, i) => [term, i])),
    same: synonymMap(index.synonyms?.same ?? []),
    related: synonymMap(index.synonyms?.related ?? []),
    recent: new Map(),
    scratch: {
      strength: new Float64Array(docs.length),
      matched: new Uint16Array(docs.length),
      firm: new Uint16Array(docs.length),
      covered: new Uint16Array(docs.length),
      holds: new Uint16Array(docs.length),
    },
  };
};
