/**
 * Search in both languages: what the query asks for, matched against the index.
 *
 * First the query is read (query.ts): a place it names ("courses in Bangor", "ym Mangor", "Y
 * Barri", "CF10") is searched near, as the place field would be; the phrases of
 * content/vocabulary.yaml it names ("care experienced", "need a job", "ADY") become concepts;
 * the rest are words. Each word and each concept is a unit that entries must match:
 *
 * - a word matches a vocabulary word exactly; through its Welsh mutations either way; through
 *   content/synonyms.yaml (same: "farming" finds agriculture; related: "builder" finds
 *   construction, lower); in another form (stem.ts: "leavers" finds leaver, "peirianwyr" finds
 *   peirianneg); as the start of one ("prentis" finds prentisiaeth; only for the word being typed
 *   and for words of PREFIX_MIN_LENGTH or more). A word search does not know in any of these ways
 *   is taken for a typo (from FUZZY_MIN_LENGTH letters, typos.ts): corrected to the nearest words it
 *   knows, then expanded as they would be ("plumbr" finds what plumber finds). A known word is never
 *   read as a typo of another.
 * - a concept matches every entry tagged with it, even when its text never uses the words;
 *   entries whose text also says one of its phrases, or the words typed, come first (units.ts).
 * - a match counts for more in a stronger field: title > subject > summary > provider > place,
 *   with a little more for each further field; the kind of match outweighs the field.
 * - each unit counts for more the rarer it is among the entries (an IDF weight), so in "support
 *   with money worries" the money outweighs the support. Little words (STOP_WORDS: and, for, I
 *   want, dwi eisiau…) need not match; nor need a plain word found in more than COMMON_SHARE of
 *   the entries, when the query has a rarer one.
 * - every other unit must match. When fewer than PARTIAL_BELOW entries match them all, the
 *   entries that firmly match at least half follow, marked `partial`, for the page to head as such.
 * - an entry whose title holds every word of the query as typed comes first; ties go to the
 *   title the query covers most, then to the more recently reviewed; never to the alphabet.
 *
 * Matching reads only the index (words, postings, title lengths, concepts), never the entries'
 * text, so the browser can fetch titles only for the cards it shows. Typo work is done over the
 * vocabulary, not the entries, so a keystroke stays fast at 100× the sample. Shared by server and
 * client code.
 */

import type { Matcher } from './matcher.ts';
import { normalise } from './normalise.ts';
import { type Understood, understand } from './query.ts';
import type { SearchDoc } from './types.ts';
import { compoundUnit, conceptUnit, type Unit } from './units.ts';
import { candidateTerms, FIELD_SLOTS, FIELDS, KIND, STOP_WORDS, wordMatch } from './word-match.ts';
import { joinCompounds } from './words.ts';

export {
  createMatcher,
  FUSE_OPTIONS,
  type FuzzyMatch,
  giveTypos,
  type Matcher,
  type MatchIndex,
  type WordMatch,
} from './matcher.ts';
export {
  candidateTerms,
  FIELD_SLOTS,
  FIELDS,
  type Field,
  PREFIX_MIN_LENGTH,
  STEM_PREFIX_MIN_LENGTH,
  STOP_WORDS,
} from './word-match.ts';

/** A query shorter than this (after normalising) lists everything, as an empty one does. */
export const MIN_QUERY_LENGTH = 2;
/** Partial matches are added when fewer entries than this match every word. */
export const PARTIAL_BELOW = 5;

export interface Hit {
  doc: SearchDoc;
  /** Lower is better: 0 for an empty query, negative for matches (minus the match strength). */
  score: number;
  /** Matches some but not every word of the query (shown apart, under a heading that says so). */
  partial?: true;
}

/** A match worth at least a prefix: what a word needs for a partial match to count it (a typo alone is too weak). */
const FIRM = KIND.prefix;

const TITLE_BIT = 1 << FIELDS.indexOf('title');

/**
 * How many of each entry's distinct title words the given terms are, added into `covered`
 * (the caller zeroes what it reads): with each query word's firm candidates (itself, its synonyms
 * and mutations, words it starts), the share of the title the query stands for, so
 * "Health and Social Care" beats a longer title.
 */
const titleWordsCovered = (matcher: Matcher, terms: Iterable<number>, covered: Uint16Array): void => {
  for (const term of terms) {
    for (const posting of matcher.postings(term)) {
      const doc = (posting / FIELD_SLOTS) | 0;
      if ((posting & TITLE_BIT) !== 0) covered[doc] = (covered[doc] as number) + 1;
    }
  }
};

/**
 * The entries whose title holds every word of the query as typed, little words too: each
 * exactly, or as the start of a title word. Synonyms and typos do not count: this is the
 * title that says what the visitor wrote. Marked in `holds` (the caller zeroes what it reads):
 * an entry holds them all when its count reaches the number of words.
 */
const titleHoldsAll = (
  matcher: Matcher,
  candidates: readonly ReadonlyMap<number, number>[],
  holds: Uint16Array,
): void => {
  candidates.forEach((found, word) => {
    for (const [term, worth] of found) {
      if (worth !== KIND.exact && worth !== KIND.prefix) continue;
      for (const posting of matcher.postings(term)) {
        const doc = (posting / FIELD_SLOTS) | 0;
        // Counted once per word, and only for an entry whose title held every word before it.
        if ((posting & TITLE_BIT) !== 0 && holds[doc] === word) holds[doc] = word + 1;
      }
    }
  });
};

/**
 * What a query searches for: its normalised form, or '' when it is too short to search on (it
 * lists everything, as an empty one does). Two queries with the same key have the same results,
 * so a keystroke that does not change the key ("" → "m", a trailing space) has nothing to redo.
 */
export const searchKey = (query: string): string => {
  const q = normalise(query);
  return q.length < MIN_QUERY_LENGTH ? '' : q;
};

/** A share of the entries above which a word says little ("support", "course"): it ranks, but need not match. */
export const COMMON_SHARE = 0.2;

/**
 * Entries matching the query, best first: those matching every word and concept, then (for a
 * longer query with few such entries) those matching most of them, marked partial. Each word or
 * concept counts for more the rarer it is among the entries (an IDF weight), so "money" outweighs
 * "support"; a plain word in more than COMMON_SHARE of the entries need not match when the query
 * has a rarer one. A query given as text is searched with any place in it as words (the place
 * field is filled in); the pages pass what `understand` made of it, place apart.
 * A query with nothing to search (empty, one letter, or only a place) returns every entry in the
 * order given, with score 0.
 */
export const searchDocs = (matcher: Matcher, query: string | Understood): Hit[] => {
  const understood = typeof query === 'string' ? understand(matcher, searchKey(query), false) : query;
  // Set again by any word of this search that wants the typo search before it has arrived.
  matcher.typosWanted = false;
  const all = joinCompounds(matcher.exact, understood.words);
  const everything = () => matcher.docs.map((doc) => ({ doc, score: 0 }));
  // One letter says too little to search on (it would match most of the data as a prefix): show everything until there are two.
  if (understood.concepts.length === 0 && all.join(' ').length < MIN_QUERY_LENGTH) return everything();
  // Little words need not match, unless the query has nothing else.
  const words = all.filter((word) => !STOP_WORDS.has(word));
  const required = words.length > 0 || understood.concepts.length > 0 ? words : all;
  const lastToken = understood.tokens.at(-1)?.word;
  const wordUnits: Unit[] = required.map((word, i) => {
    const match = wordMatch(matcher, word, i === required.length - 1 && word === all.at(-1) && word === lastToken);
    const parts = understood.compounds.get(word);
    return parts ? compoundUnit(matcher, match, parts) : match;
  });
  const units = [...understood.concepts.map((named) => conceptUnit(matcher, named)), ...wordUnits];
  if (units.length === 0) return everything();
  const count = matcher.docs.length;
  const common = units.map((unit) => !unit.concept && unit.docs.length > count * COMMON_SHARE);
  const optional = common.every(Boolean) ? common.map(() => false) : common;
  const requiredCount = optional.filter((isOptional) => !isOptional).length;
  // The rarer a word, the more it says: from 0.5 for a word in every entry to 1.5 for a word in one.
  const weights = units.map((unit) => 0.5 + Math.log(1 + count / Math.max(1, unit.docs.length)) / Math.log(1 + count));

  const candidates = wordUnits.map((unit) => unit.candidates as Map<number, number>);
  // The query as typed, less its place, concept words too: what a title holding the whole query holds.
  const { place } = understood;
  const typed = joinCompounds(
    matcher.exact,
    understood.tokens.filter((_, i) => place === null || i < place.from || i >= place.to).map((token) => token.word),
  );
  const asTyped = typed.map((word, i) =>
    required.includes(word)
      ? (candidates[required.indexOf(word)] as Map<number, number>)
      : candidateTerms(matcher, word, i === typed.length - 1),
  );
  const firmTerms = new Set(
    candidates.flatMap((found) => [...found].filter(([, worth]) => worth >= FIRM).map(([term]) => term)),
  );
  const { strength, matched, firm, covered, holds } = matcher.scratch;
  titleWordsCovered(matcher, firmTerms, covered);
  if (asTyped.length > 0) titleHoldsAll(matcher, asTyped, holds);

  const touched: number[] = [];
  units.forEach((unit, u) => {
    const weight = weights[u] as number;
    unit.docs.forEach((doc, i) => {
      const worth = unit.strengths[i] as number;
      // Every match is worth more than 0, so 0 marks an entry not yet seen.
      if (strength[doc] === 0) touched.push(doc);
      strength[doc] = (strength[doc] as number) + worth * weight;
      if (optional[u]) return;
      matched[doc] = (matched[doc] as number) + 1;
      if (worth >= FIRM) firm[doc] = (firm[doc] as number) + 1;
    });
  });
  let fullCount = 0;
  for (const doc of touched) if (matched[doc] === requiredCount) fullCount++;
  // A longer query with few complete matches also shows the entries that firmly match most of its words.
  const partialFrom =
    requiredCount >= 2 && fullCount < PARTIAL_BELOW ? Math.ceil(requiredCount / 2) : Number.POSITIVE_INFINITY;

  const ranked: { hit: Hit; coverage: number; reviewed: number; index: number }[] = [];
  for (const index of touched) {
    const complete = matched[index] === requiredCount;
    if (complete || (firm[index] as number) >= partialFrom) {
      const doc = matcher.docs[index] as SearchDoc;
      const wholeQueryInTitle = asTyped.length > 0 && holds[index] === asTyped.length ? 100 : 0;
      const hit: Hit = { doc, score: -((strength[index] as number) + wholeQueryInTitle) };
      if (!complete) hit.partial = true;
      const coverage = (covered[index] as number) / Math.max(1, matcher.titleLengths[index] ?? 1);
      ranked.push({ hit, coverage, reviewed: matcher.reviewed[index] ?? 0, index });
    }
  }
  // Leave the working space zeroed for the next search.
  for (const index of touched) {
    strength[index] = 0;
    matched[index] = 0;
    firm[index] = 0;
  }
  covered.fill(0);
  holds.fill(0);
  ranked.sort(
    (a, b) =>
      Number(a.hit.partial ?? false) - Number(b.hit.partial ?? false) ||
      a.hit.score - b.hit.score ||
      b.coverage - a.coverage ||
      b.reviewed - a.reviewed ||
      a.index - b.index,
  );
  return ranked.map((row) => row.hit);
};
