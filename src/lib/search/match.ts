/**
 * Typo-tolerant matching in both languages.
 *
 * Fuse.js matches each query word against the vocabulary (every distinct
 * normalised word in titles, subjects, providers, places and summaries), and an
 * inverted index maps the matching words to entries. Fuzzy work is therefore
 * done over a few thousand short words whatever the number of entries, which
 * keeps a keystroke fast at 100× the sample. Every query word must match; the
 * last word also matches as a prefix while it is being typed; a query found
 * whole in a title ranks first. Shared by server and client code.
 */
import Fuse from 'fuse.js';
import { normalise } from './normalise.ts';
import type { SearchDoc } from './types.ts';

/** Fields in the order their bit is encoded in a posting, with their weight. */
export const FIELDS = ['title', 'subject', 'provider', 'place', 'summary'] as const;
export type Field = (typeof FIELDS)[number];
const WEIGHTS: Record<Field, number> = { title: 3, subject: 2, provider: 1, place: 1, summary: 0.5 };
const FIELD_COUNT = FIELDS.length;

export const FUSE_OPTIONS = { includeScore: true, threshold: 0.3, ignoreLocation: true, minMatchCharLength: 2 } as const;

/** What the browser receives to search: built once at build time (build-index.ts). */
export interface MatchIndex {
  /** Every distinct word, sorted. */
  terms: string[];
  /**
   * For each term, the entries containing it, as docIndex × 5 + field (its best
   * field), ascending and delta-encoded (each number is the gap from the previous
   * one) so that the JSON compresses well.
   */
  postings: number[][];
  /** Fuse.createIndex([], terms).toJSON(). */
  fuseIndex: unknown;
}

export interface Matcher {
  docs: readonly SearchDoc[];
  /** Normalised titles (both languages), for ranking exact title hits first. */
  titleKeys: readonly string[];
  terms: readonly string[];
  postings: readonly Int32Array[];
  fuse: Fuse<string>;
  exact: Map<string, number>;
}

export const encodePostings = (ascending: readonly number[]): number[] => ascending.map((value, i) => value - (i > 0 ? (ascending[i - 1] as number) : 0));

export const decodePostings = (deltas: readonly number[]): Int32Array => {
  const out = new Int32Array(deltas.length);
  let value = 0;
  deltas.forEach((delta, i) => {
    value += delta;
    out[i] = value;
  });
  return out;
};

export const createMatcher = (docs: readonly SearchDoc[], index: MatchIndex): Matcher => ({
  docs,
  titleKeys: docs.map((doc) => normalise(`${doc.title.en} ${doc.title.cy ?? ''}`)),
  terms: index.terms,
  postings: index.postings.map(decodePostings),
  fuse: new Fuse(index.terms, FUSE_OPTIONS, Fuse.parseIndex<string>(index.fuseIndex as Parameters<typeof Fuse.parseIndex>[0])),
  exact: new Map(index.terms.map((term, i) => [term, i])),
});

export interface Hit {
  doc: SearchDoc;
  /** Lower is better: 0 for an empty query, negative for matches (minus the match strength). */
  score: number;
}

/** First index in the sorted terms at or after `prefix`. */
const lowerBound = (terms: readonly string[], prefix: string): number => {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((terms[mid] as string) < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** Terms a query word can stand for, with how close each is (1 exact … near 0 distant). */
export const candidateTerms = (matcher: Matcher, word: string, isLast: boolean): Map<number, number> => {
  const found = new Map<number, number>();
  const exact = matcher.exact.get(word);
  if (exact !== undefined) found.set(exact, 1);
  if (isLast || word.length >= 4) {
    // Prefixes: "prentis" finds "prentisiaeth" and "prentisiaethau".
    for (let i = lowerBound(matcher.terms, word); i < matcher.terms.length && (matcher.terms[i] as string).startsWith(word); i++) {
      if (!found.has(i)) found.set(i, 0.9);
    }
  }
  if (word.length >= 3) {
    for (const result of matcher.fuse.search(word, { limit: 25 })) {
      const closeness = 0.8 * (1 - (result.score ?? 1));
      if ((found.get(result.refIndex) ?? 0) < closeness) found.set(result.refIndex, closeness);
    }
  }
  return found;
};

/**
 * Entries matching the query, best first. An empty query returns every entry
 * in the order given, with score 0.
 */
export const searchDocs = (matcher: Matcher, query: string): Hit[] => {
  const q = normalise(query);
  if (!q) return matcher.docs.map((doc) => ({ doc, score: 0 }));
  const words = q.split(' ');
  let totals: Map<number, number> | null = null;
  words.forEach((word, w) => {
    const best = new Map<number, number>();
    for (const [term, closeness] of candidateTerms(matcher, word, w === words.length - 1)) {
      for (const posting of matcher.postings[term] ?? new Int32Array()) {
        const doc = Math.floor(posting / FIELD_COUNT);
        const strength = closeness * WEIGHTS[FIELDS[posting % FIELD_COUNT] as Field];
        if ((best.get(doc) ?? 0) < strength) best.set(doc, strength);
      }
    }
    const previous: Map<number, number> | null = totals;
    if (previous === null) totals = best;
    else {
      const next = new Map<number, number>();
      for (const [doc, strength] of best) {
        const before = previous.get(doc);
        if (before !== undefined) next.set(doc, before + strength);
      }
      totals = next;
    }
  });
  const hits: Hit[] = [];
  for (const [index, strength] of totals ?? new Map<number, number>()) {
    const doc = matcher.docs[index] as SearchDoc;
    const exactTitle = (matcher.titleKeys[index] as string).includes(q) ? 10 : 0;
    hits.push({ doc, score: -(strength + exactTitle) });
  }
  return hits.sort((a, b) => a.score - b.score || a.doc.title.en.localeCompare(b.doc.title.en));
};
