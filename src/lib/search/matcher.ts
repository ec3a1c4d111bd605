/** The matcher: the shipped match index made ready to search (match.ts). Shared by server and client code. */
import type Fuse from 'fuse.js';
import { normalise } from './normalise.ts';
import { decodePostings } from './postings.ts';
import { stemKeys } from './stem.ts';
import type { PlaceRow, SearchDoc, Synonyms } from './types.ts';
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
  /** Each concept of content/vocabulary.yaml: its words and phrases, normalised, the entries tagged with it, and the entries whose text says one of its phrases (encodePostings). */
  concepts: [phrases: string[], tagged: string, said: string][];
  /** The towns and cities a query may name, with their points, so that "courses in Bangor" searches near Bangor at once. */
  towns: PlaceRow[];
}

export interface Matcher {
  docs: readonly SearchDoc[];
  titleLengths: readonly number[];
  reviewed: readonly number[];
  terms: readonly string[];
  /** A term's postings, decoded on first use. */
  postings: (term: number) => Int32Array;
  /**
   * Every word search knows: the terms (same index), then the words of the synonyms and of the
   * concepts that no record uses. A typo is corrected to one of these, then expanded ("plumbr" →
   * plumber → plumbing, plymwr).
   */
  lexicon: readonly string[];
  /** Each lexicon word to its index. */
  known: Map<string, number>;
  /**
   * Lexicon words near a query word, best first (at most TYPO_CANDIDATES): Fuse over only the
   * words whose length is within `typos` of the word's, as no other word is within that many edits.
   * Null until the typo search's code has arrived (giveTypos): the page loads it apart.
   */
  fuzzy: ((word: string, typos: number) => FuzzyMatch[]) | null;
  /** Set when a search wanted the typo search before it arrived: its results are to be redone once it has. */
  typosWanted: boolean;
  /**
   * Does one more piece of work ahead of need (the word forms, then one length's typo index); true
   * while some is left. For the page to call when idle, so that no keystroke waits for it.
   */
  prepare: () => boolean;
  exact: Map<string, number>;
  /** Each word to the other words of its `same` group. */
  same: Map<string, readonly string[]>;
  /** Each word to the other words of its `related` groups. */
  related: Map<string, readonly string[]>;
  /** Each stem key (stem.ts) to the terms filed under it, made on first use. */
  stems: () => Map<string, number[]>;
  /**
   * The concepts of content/vocabulary.yaml: each one's phrases as words, the entries tagged with
   * it, and the entries whose text says one of its phrases, decoded on first use.
   */
  concepts: readonly { phrases: readonly string[][]; tagged: () => Int32Array; said: () => Int32Array }[];
  /** Towns and cities a query may name, by each name normalised, with and without its article ("yr wyddgrug", "wyddgrug"). */
  towns: Map<string, PlaceRow>;
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

/** Fuse's class, as the page passes it in once its code has arrived (the typo search is loaded apart: giveTypos). */
export type FuseClass = typeof Fuse;

/**
 * The typo search: one Fuse index per word length, each made when a query first needs it, or
 * earlier by `prepare`. Searching 3 or 5 lengths instead of the whole vocabulary is most of a
 * keystroke's matching time saved.
 */
const lengthBands = (
  words: readonly string[],
  FuseClass: FuseClass,
): { fuzzy: NonNullable<Matcher['fuzzy']>; prepare: () => boolean } => {
  const byLength = new Map<number, number[]>();
  words.forEach((word, i) => {
    const band = byLength.get(word.length);
    if (band) band.push(i);
    else byLength.set(word.length, [i]);
  });
  const indexes = new Map<number, Fuse<string>>();
  const fuseFor = (length: number, band: readonly number[]) => {
    let fuse = indexes.get(length);
    if (!fuse) {
      fuse = new FuseClass(
        band.map((i) => words[i] as string),
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
    // As one Fuse over every word would rank them: by score, then by place in the lexicon.
    return found.sort((a, b) => a.score - b.score || a.term - b.term).slice(0, TYPO_CANDIDATES);
  };
  return { fuzzy, prepare };
};

/** Gives the matcher its typo search, once Fuse's code is here; the words a search already remembers are worked out again. */
export const giveTypos = (matcher: Matcher, FuseClass: FuseClass): void => {
  if (matcher.fuzzy) return;
  const bands = lengthBands(matcher.lexicon, FuseClass);
  const before = matcher.prepare;
  matcher.fuzzy = bands.fuzzy;
  matcher.prepare = () => before() || bands.prepare();
  matcher.recent.clear();
};

/** The articles a Welsh place name may start with ("Y Barri", "Yr Wyddgrug"): a query may leave them out. */
const ARTICLE = /^(?:y|yr|the) /;

export const createMatcher = (docs: readonly SearchDoc[], index: MatchIndex): Matcher => {
  const decoded: (Int32Array | undefined)[] = [];
  const synonyms = index.synonyms ?? { same: [], related: [] };
  const phrases = (index.concepts ?? []).flatMap(([list]) => list);
  const lexicon = [...index.terms];
  const known = new Map(index.terms.map((term, i) => [term, i]));
  // Words of the synonyms and concepts that no record uses: a typo can be corrected to them.
  for (const word of [...synonyms.same.flat(), ...synonyms.related.flat(), ...phrases.flatMap((p) => p.split(' '))]) {
    if (word.length > 0 && !known.has(word)) {
      known.set(word, lexicon.length);
      lexicon.push(word);
    }
  }
  let stems: Map<string, number[]> | null = null;
  const stemsOf = () => {
    if (stems === null) {
      stems = new Map();
      index.terms.forEach((term, i) => {
        for (const key of stemKeys(term)) {
          const list = stems?.get(key);
          if (list) list.push(i);
          else stems?.set(key, [i]);
        }
      });
    }
    return stems;
  };
  const towns = new Map<string, PlaceRow>();
  for (const row of index.towns ?? []) {
    for (const name of [normalise(row[0]), normalise(row[1])]) {
      if (!towns.has(name)) towns.set(name, row);
      const bare = name.replace(ARTICLE, '');
      if (!towns.has(bare)) towns.set(bare, row);
    }
  }
  const decode = (encoded: string) => {
    let list: Int32Array | undefined;
    return () => {
      list ??= decodePostings(encoded);
      return list;
    };
  };
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
    lexicon,
    known,
    fuzzy: null,
    typosWanted: false,
    // Until the typo search arrives, the one piece of work ahead of need is filing the words by stem.
    prepare: () => {
      stemsOf();
      return false;
    },
    exact: new Map(index.terms.map((term, i) => [term, i])),
    same: synonymMap(synonyms.same),
    related: synonymMap(synonyms.related),
    stems: stemsOf,
    concepts: (index.concepts ?? []).map(([list, tagged, said]) => ({
      phrases: list.map((phrase) => phrase.split(' ')),
      tagged: decode(tagged),
      said: decode(said),
    })),
    towns,
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
