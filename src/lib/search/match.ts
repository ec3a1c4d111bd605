/**
 * Typo-tolerant matching in both languages.
 *
 * Each query word is looked up in the vocabulary (every distinct normalised word
 * in titles, subjects, providers, places and summaries), and an inverted index
 * maps the words found to entries. The rules, from strongest to weakest:
 *
 * - a word matches a vocabulary word exactly; or through the synonym list
 *   (content/synonyms.yaml: "farming" finds agriculture); or as the start of one
 *   ("prentis" finds "prentisiaeth"; only for the word being typed and for words
 *   of PREFIX_MIN_LENGTH or more); or, for words of FUZZY_MIN_LENGTH (typos.ts) or more, with
 *   a typo ("vehical"). Short words never match fuzzily: "care" is one letter from
 *   card, cars and Caer.
 * - a match counts for more in a stronger field: title > subject > summary >
 *   provider > place, with a little more for each further field it is found in.
 * - the kind of match outweighs the field, so an exact word anywhere beats a typo
 *   in the title.
 * - every word must match, apart from little words (and, for, o, yn…). When fewer
 *   than PARTIAL_BELOW entries match every word of a longer query, the entries that
 *   match most of its words follow, marked `partial`, for the page to head as such.
 * - an entry whose title holds every word of the query (firmly: exactly, as a
 *   synonym or as a prefix) comes before one that holds them in other fields.
 * - ties go to the entry whose title the query covers most (the share of its
 *   title's distinct words the query stands for), then to the more recently
 *   reviewed; never to the alphabet.
 *
 * Matching reads only the index (words, postings, title lengths), never the
 * entries' text, so the browser can fetch titles only for the cards it shows.
 *
 * Fuzzy work is done over the vocabulary, not the entries, so a keystroke stays fast
 * at 100× the sample. Shared by server and client code.
 */

import { type Matcher, RECENT_WORDS, type WordMatch } from './matcher.ts';
import { normalise } from './normalise.ts';
import { type Understood, understand } from './query.ts';
import { englishStem, stemKeys } from './stem.ts';
import type { SearchDoc } from './types.ts';
import { allowedTypos, editDistance, isSlip } from './typos.ts';
import { mutationForms } from './welsh.ts';
import { joinCompounds, lowerBound } from './words.ts';

export {
  createMatcher,
  FUSE_OPTIONS,
  type FuzzyMatch,
  type Matcher,
  type MatchIndex,
  useTypos,
  type WordMatch,
} from './matcher.ts';

/** Fields in the order of their bit in a posting's mask, strongest first, with their weight. */
export const FIELDS = ['title', 'subject', 'summary', 'provider', 'place'] as const;
export type Field = (typeof FIELDS)[number];
const FIELD_WEIGHTS = [4, 3, 2, 1.5, 1] as const;
/** Postings hold docIndex × FIELD_SLOTS + a mask of the fields the word is in. */
export const FIELD_SLOTS = 1 << FIELDS.length;

/** How much each kind of match is worth; the kinds are far enough apart that the field never overturns them. */
const KIND = { exact: 30, synonym: 29, stem: 27, concept: 26, related: 22, prefix: 20, fuzzy: 10 } as const;
/** A word before the last matches as a prefix only from this length ("engl" is a word cut short; "of" is not). */
export const PREFIX_MIN_LENGTH = 4;
/** An English stem this long or longer finds the terms it starts ("carpent" finds "carpentry"). */
export const STEM_PREFIX_MIN_LENGTH = 6;
/** A query shorter than this (after normalising) lists everything, as an empty one does. */
export const MIN_QUERY_LENGTH = 2;
/** Partial matches are added when fewer entries than this match every word. */
export const PARTIAL_BELOW = 5;

/**
 * Little words a query may carry that need not match, English and Welsh: articles, prepositions,
 * pronouns, and the verbs of asking ("I want to be a…", "dwi eisiau…", "is there…"). A closed
 * list of the language's function words: never a word chosen to make one query pass. Words that
 * say little because the records are full of them ("support", "course") are weighed by how
 * common they are instead (COMMON_SHARE).
 */
export const STOP_WORDS = new Set(
  [
    // English: articles, prepositions, conjunctions, pronouns, and the verbs of asking
    'a an and the of for to in on at with or from by about into as after before over',
    'but if so because when while than then not no',
    'i im ive me my we you your it its is are am be being was were been can could would should will',
    'do does did dont want wanna like need get got have has some any what where which who how',
    'there this that these those please something anything someone anyone somewhere anywhere thing things near',
    // Welsh
    'y yr r ar ac o yn ym yng am gyda efo neu mewn fy ei eu sy sydd i fi ti ni chi nhw ein eich',
    'ond os achos pan felly na nad ddim dim wedi',
    'dwi dwin dw rwy rwyn rydw rwyf wyf mae maen oes ydy yw bod roedd eisiau isio hoffwn hoffi angen ga gaf cael',
    'beth ble sut pwy pa unrhyw rhywbeth rhywun rhywle rhyw yma ger',
  ]
    .join(' ')
    .split(' '),
);

export interface Hit {
  doc: SearchDoc;
  /** Lower is better: 0 for an empty query, negative for matches (minus the match strength). */
  score: number;
  /** Matches some but not every word of the query (shown apart, under a heading that says so). */
  partial?: true;
}

/** The words a query word stands for as it is: itself, its Welsh mutations either way, and the words of their `same` groups. */
const sameWords = (matcher: Matcher, word: string): string[] =>
  [word, ...mutationForms(word)].flatMap((form) => [form, ...(matcher.same.get(form) ?? [])]);

/**
 * Terms a query word can stand for, with what each match is worth (KIND: exact 30 … a distant typo near 0).
 * A word search does not know in any form is taken for a typo: corrected to the nearest words it
 * knows, then expanded as they would be ("plumbr" → plumber → plumbing, plymwr). A known word is
 * never read as a typo of another ("construction" is not a misspelt "instruction").
 */
export const candidateTerms = (matcher: Matcher, word: string, isLast: boolean): Map<number, number> => {
  const found = new Map<number, number>();
  const offer = (term: number | undefined, worth: number) => {
    if (term !== undefined && (found.get(term) ?? 0) < worth) found.set(term, worth);
  };
  /** A word's own matches: the word, its mutations and synonyms, their other forms (stem.ts), and related words. */
  const expand = (of: string, worth: (kind: number) => number) => {
    const same = sameWords(matcher, of);
    offer(matcher.exact.get(of), worth(KIND.exact));
    for (const other of same) offer(matcher.exact.get(other), worth(KIND.synonym));
    const stems = matcher.stems();
    for (const key of new Set(same.flatMap(stemKeys)))
      for (const term of stems.get(key) ?? []) offer(term, worth(KIND.stem));
    // A long English stem also starts its longer forms: "carpenter" (carpent-) finds "carpentry", as a prefix would.
    const stem = englishStem(of);
    if (stem.length >= STEM_PREFIX_MIN_LENGTH)
      for (let i = lowerBound(matcher.terms, stem); (matcher.terms[i] ?? '').startsWith(stem); i++)
        offer(i, worth(KIND.prefix));
    // Related words of the word or of any word meaning the same ("mecanydd" means mechanic, which is related to motor vehicles).
    for (const form of same)
      for (const other of matcher.related.get(form) ?? []) offer(matcher.exact.get(other), worth(KIND.related));
  };
  expand(word, (kind) => kind);
  if (isLast || word.length >= PREFIX_MIN_LENGTH) {
    for (
      let i = lowerBound(matcher.terms, word);
      i < matcher.terms.length && (matcher.terms[i] as string).startsWith(word);
      i++
    )
      offer(i, KIND.prefix);
  }
  const typos = allowedTypos(word.length);
  const known = matcher.known.has(word) || [...found.values()].some((worth) => worth >= KIND.stem);
  if (typos === 0 || known) return found;
  if (!matcher.fuzzy) {
    matcher.typosWanted = true;
    return found;
  }
  let nearest = typos + 1;
  const near: { word: string; distance: number }[] = [];
  for (const { term } of matcher.fuzzy(word, typos)) {
    const candidate = matcher.lexicon[term] as string;
    const distance = editDistance(word, candidate, typos);
    if (distance === 0 || distance > typos || !isSlip(word, candidate, distance)) continue;
    if (term < matcher.terms.length) offer(term, KIND.fuzzy * (1 - distance / (typos + 1)));
    near.push({ word: candidate, distance });
    nearest = Math.min(nearest, distance);
  }
  // The nearest corrections stand for what they would find, at a typo's worth: those that keep the
  // word's first letter when there are some, as a slip seldom falls on the first ("soilder" is soldier, not builder).
  const nearestWords = near.filter((candidate) => candidate.distance === nearest).map((candidate) => candidate.word);
  const sameStart = nearestWords.filter((candidate) => candidate[0] === word[0]);
  for (const corrected of sameStart.length > 0 ? sameStart : nearestWords)
    expand(corrected, (kind) => (KIND.fuzzy * kind * (1 - nearest / (typos + 1))) / KIND.exact);
  return found;
};

/** What a word found in these fields adds: the strongest field's weight, and half a point for each further field (by mask). */
const FIELD_WORTH: readonly number[] = Array.from({ length: FIELD_SLOTS }, (_, mask) => {
  let best = 0;
  let count = 0;
  for (let bit = 0; bit < FIELDS.length; bit++) {
    if ((mask & (1 << bit)) === 0) continue;
    count++;
    best = Math.max(best, FIELD_WEIGHTS[bit] as number);
  }
  return count === 0 ? 0 : best + 0.5 * (count - 1);
});

/** For one query word's candidate terms: each matching entry and the best its matches are worth. */
const wordScores = (
  matcher: Matcher,
  candidates: ReadonlyMap<number, number>,
): Pick<WordMatch, 'docs' | 'strengths'> => {
  const best = matcher.scratch.strength;
  const touched: number[] = [];
  for (const [term, worth] of candidates) {
    for (const posting of matcher.postings(term)) {
      const doc = (posting / FIELD_SLOTS) | 0;
      const strength = worth + (FIELD_WORTH[posting % FIELD_SLOTS] as number);
      // Every match is worth more than 0, so 0 marks an entry not yet seen.
      if (best[doc] === 0) touched.push(doc);
      if ((best[doc] as number) < strength) best[doc] = strength;
    }
  }
  const docs = Int32Array.from(touched);
  const strengths = new Float64Array(docs.length);
  docs.forEach((doc, i) => {
    strengths[i] = best[doc] as number;
    best[doc] = 0;
  });
  return { docs, strengths };
};

/** A query word's candidates and scores, remembered for the next keystrokes. */
const wordMatch = (matcher: Matcher, word: string, isLast: boolean): WordMatch => {
  const key = `${isLast ? '1' : '0'}${word}`;
  let match = matcher.recent.get(key);
  if (!match) {
    const wanted = matcher.typosWanted;
    matcher.typosWanted = false;
    const candidates = candidateTerms(matcher, word, isLast);
    match = { candidates, ...wordScores(matcher, candidates) };
    // A word that wanted the typo search before it arrived is worked out again once it has.
    if (!matcher.typosWanted) {
      if (matcher.recent.size >= RECENT_WORDS) matcher.recent.clear();
      matcher.recent.set(key, match);
    }
    matcher.typosWanted ||= wanted;
  }
  return match;
};

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

/** One thing the query asks for, a word or a concept, and the entries it matches with what each match is worth. */
interface Unit {
  docs: Int32Array;
  strengths: Float64Array;
  /** A word's candidate terms (none for a concept). */
  candidates?: Map<number, number>;
  concept?: true;
}

/** For each entry some of the matches hold: the sum of what they are worth there, and how many hold it. */
const sumsOf = (matches: readonly Pick<WordMatch, 'docs' | 'strengths'>[]): Map<number, { total: number; count: number }> => {
  const sums = new Map<number, { total: number; count: number }>();
  for (const match of matches)
    match.docs.forEach((doc, i) => {
      const sum = sums.get(doc) ?? { total: 0, count: 0 };
      sum.total += match.strengths[i] as number;
      sum.count++;
      sums.set(doc, sum);
    });
  return sums;
};

/**
 * Two words the query typed apart and the records also write as one ("food bank", foodbank): the
 * entries with the one word, or with both words, at whichever is worth more.
 */
const compoundUnit = (matcher: Matcher, whole: WordMatch, parts: readonly [string, string]): Unit => {
  const worth = new Map<number, number>();
  whole.docs.forEach((doc, i) => worth.set(doc, whole.strengths[i] as number));
  for (const [doc, { total, count }] of sumsOf(parts.map((part) => wordMatch(matcher, part, false))))
    if (count === 2) worth.set(doc, Math.max(worth.get(doc) ?? 0, total / 2));
  const docs = Int32Array.from(worth.keys());
  return { docs, strengths: Float64Array.from(docs, (doc) => worth.get(doc) as number), candidates: whole.candidates };
};

/** What an entry tagged with a named concept is worth: a synonym in its subject, so that a tag outranks a word's other forms in a title. */
const TAGGED = KIND.synonym + (FIELD_WEIGHTS[FIELDS.indexOf('subject')] as number);
/** What a tagged entry gains when its own text also says one of the concept's phrases. */
const SAID = 4;

/**
 * A concept the query names: every entry tagged with it, worth TAGGED, more when its text says
 * one of the concept's phrases and more again for the query's own words in its text; and every
 * entry whose text holds the words as typed (each as a query word would match it), at what they are worth.
 */
const conceptUnit = (matcher: Matcher, named: Understood['concepts'][number]): Unit => {
  const tagged = new Map<number, number>();
  for (const c of named.concepts) {
    const concept = matcher.concepts[c];
    if (!concept) continue;
    for (const doc of concept.tagged()) tagged.set(doc, Math.max(tagged.get(doc) ?? 0, TAGGED));
    for (const doc of concept.said()) if (tagged.get(doc) === TAGGED) tagged.set(doc, TAGGED + SAID);
  }
  const words = named.words.split(' ').filter((word) => !STOP_WORDS.has(word));
  const matches = words.map((word) => wordMatch(matcher, word, false));
  const sums = sumsOf(matches);
  const worth = new Map(tagged);
  for (const [doc, { total, count }] of sums) {
    const tag = tagged.get(doc);
    // An entry the tags already bring gains for each of the words its text holds; one they do not must hold them all.
    if (tag !== undefined) worth.set(doc, tag + total / matches.length / 4);
    else if (count === matches.length) worth.set(doc, total / count);
  }
  const docs = Int32Array.from(worth.keys());
  return { docs, strengths: Float64Array.from(docs, (doc) => worth.get(doc) as number), concept: true };
};

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
    understood.tokens
      .filter((_, i) => place === null || i < place.from || i >= place.to)
      .map((token) => token.word),
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
