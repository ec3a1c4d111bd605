/**
 * What a query says, before any record is looked at: the place it names ("courses in Bangor",
 * "ym Mangor", "Y Barri", "CF10"), the concepts of content/vocabulary.yaml it names ("care
 * experienced", "need a job", "ADY"), and the words left to search the records' text for.
 * Reads only the matcher's word lists. Shared by server and client code.
 */
import type { Matcher } from './matcher.ts';
import { normalise } from './normalise.ts';
import { findPhrases, forms, type Phrase, phraseIndex, wordKeys } from './phrases.ts';
import { stemKeys } from './stem.ts';
import type { PlaceRow } from './types.ts';
import { allowedTypos, editDistance, isSlip } from './typos.ts';
import { radicals } from './welsh.ts';

/** One word of the query: normalised, and where it stands in the text typed. */
export interface Token {
  word: string;
  start: number;
  end: number;
  /** For two words read as one ("food bank" → foodbank), the two words. */
  parts?: [string, string];
}

export interface Understood {
  /** The query's words, in order. */
  tokens: Token[];
  /**
   * The place the query names, as the place field would be given it (the town's English name, or a
   * postcode), the town with its point (null for a postcode, which the places file resolves), and the tokens it took, with the little words before it ("in", "ym"): from ≤ i < to;
   * the name itself starts at nameFrom.
   */
  place: { name: string; from: number; to: number; nameFrom: number; town: PlaceRow | null } | null;
  /** The concepts named, each by its index in the matcher, with the words that named it. */
  concepts: { concepts: number[]; words: string; from: number; to: number }[];
  /** The words left for the records' text, in order: neither place nor concept (a query of only a place keeps its words). */
  words: string[];
  /** The two words each word read as one stands for: a record may write them apart ("food bank"). */
  compounds: Map<string, [string, string]>;
}

/** A query's words with where each stands in the text: what normalise keeps of each run of letters. */
export const tokenise = (query: string): Token[] => {
  const tokens: Token[] = [];
  for (const m of query.matchAll(/[\p{L}\p{M}\p{N}’'`]+/gu)) {
    const word = normalise(m[0]);
    if (word !== '') tokens.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
};

/**
 * Little words that say where, and the articles: before a place they are part of it ("courses in
 * Bangor", "yn y Barri", "close to Bala", "i'r Rhyl") and are taken with it.
 */
const PLACE_WORDS = new Set(
  'in near nr at around by from close to the y yr r yn ym yng ger o i ir or wrth ar bwys ymyl'.split(' '),
);

/** Welsh words after which a place name is mutated: prepositions, "a" and the possessives. */
const MUTATES_NEXT = new Set(
  'yn ym yng o i am ar at gan dan trwy drwy wrth heb hyd tua a ac gyda fy dy ei ein'.split(' '),
);

/** The postcode areas of Wales and its borders: a query word such as "cf10" or "ll57" is a postcode district there. */
const POSTCODE_DISTRICT = /^(?:cf|ch|ld|ll|np|sa|sy)\d{1,2}$/;
const INWARD_CODE = /^\d[a-z]{2}$/;

/** The longest run of words a place or concept may have. */
const LONGEST = 6;

/**
 * The place named at token i, if any: a postcode district (with its inward code, if given), or a
 * town or city in either language, whole, with or without its article, its first word perhaps
 * mutated ("ym Mangor", "o Fangor", "yng Nghaerdydd"). The longest name wins.
 */
const placeAt = (
  matcher: Matcher,
  tokens: readonly Token[],
  i: number,
): { name: string; to: number; town: PlaceRow | null } | null => {
  const first = tokens[i]?.word ?? '';
  if (POSTCODE_DISTRICT.test(first)) {
    const inward = tokens[i + 1]?.word ?? '';
    return INWARD_CODE.test(inward)
      ? { name: `${first} ${inward}`.toUpperCase(), to: i + 2, town: null }
      : { name: first.toUpperCase(), to: i + 1, town: null };
  }
  // A name is read mutated only after a word that mutates it ("ym Mangor", "o Fangor", "i Fae Colwyn"):
  // elsewhere "death" is not Neath, nor "bold" Mold.
  const before = tokens[i - 1]?.word ?? '';
  const firstForms = MUTATES_NEXT.has(before) ? [first, ...radicals(first)] : [first];
  for (let to = Math.min(tokens.length, i + LONGEST); to > i; to--) {
    const rest = tokens.slice(i + 1, to).map((token) => token.word);
    for (const form of firstForms) {
      const town = matcher.towns.get([form, ...rest].join(' '));
      if (town !== undefined) return { name: town[0], to, town };
    }
  }
  return null;
};

/** The first place the query names, with the little words before it; null when it names none. */
const findPlace = (matcher: Matcher, tokens: readonly Token[]): Understood['place'] => {
  for (let i = 0; i < tokens.length; i++) {
    const found = placeAt(matcher, tokens, i);
    if (!found) continue;
    let from = i;
    while (from > 0 && PLACE_WORDS.has(tokens[from - 1]?.word ?? '')) from--;
    return { name: found.name, from, nameFrom: i, to: found.to, town: found.town };
  }
  return null;
};

/**
 * The word a misspelt query word most likely meant: the nearest word search knows, within the
 * typos its length allows; null when the word is known or nothing is near (or the typo search has
 * not arrived).
 */
export const correction = (matcher: Matcher, word: string, extraTypos = 0): string | null => {
  if (!matcher.fuzzy) return null;
  // Asked on every keystroke for every word of the query: remembered, as word matches are.
  let remembered = corrections.get(matcher);
  if (!remembered || remembered.size >= REMEMBERED) {
    remembered = new Map();
    corrections.set(matcher, remembered);
  }
  const key = `${extraTypos} ${word}`;
  let found = remembered.get(key);
  if (found === undefined) {
    found = nearestKnown(matcher, word, extraTypos);
    remembered.set(key, found);
  }
  return found;
};

/** Corrections a matcher has worked out (only once its typo search is here), up to REMEMBERED before starting afresh. */
const corrections = new WeakMap<Matcher, Map<string, string | null>>();
const REMEMBERED = 64;

const nearestKnown = (matcher: Matcher, word: string, extraTypos: number): string | null => {
  if (isKnown(matcher, word) || !matcher.fuzzy) return null;
  const typos = allowedTypos(word.length) + extraTypos;
  if (typos === 0) return null;
  let best: string | null = null;
  let bestDistance = typos + 1;
  for (const { term } of matcher.fuzzy(word, typos)) {
    const candidate = matcher.lexicon[term] as string;
    const distance = editDistance(word, candidate, typos);
    // At one distance, a word with the same first letter: a slip seldom falls on the first.
    const better =
      distance < bestDistance || (distance === bestDistance && best?.[0] !== word[0] && candidate[0] === word[0]);
    // A suggestion (extra typos) is only offered, so it need not look like a slip; a correction searched on must.
    if (distance > 0 && better && (extraTypos > 0 || isSlip(word, candidate, distance))) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
};

/** Whether search knows the word: as it is, as a Welsh mutation, or by its stem. */
export const isKnown = (matcher: Matcher, word: string): boolean =>
  forms(word).some((form) => matcher.known.has(form) || stemKeys(form).some((key) => matcher.stems().has(key)));

/** The vocabulary's phrases filed by their first word, made once per matcher. */
const phraseIndexes = new WeakMap<Matcher, Map<string, Phrase[]>>();
const phrasesOf = (matcher: Matcher): Map<string, Phrase[]> => {
  let index = phraseIndexes.get(matcher);
  if (!index) {
    index = phraseIndex(matcher.concepts.map((concept) => concept.phrases));
    phraseIndexes.set(matcher, index);
  }
  return index;
};

/**
 * The concepts named in the tokens outside the place: at each word, the longest phrase of the
 * vocabulary that the words there spell (each word as it is, mutated, in another form, or
 * corrected); every concept with that phrase is named.
 */
const findConcepts = (
  matcher: Matcher,
  tokens: readonly Token[],
  skip: (i: number) => boolean,
): Understood['concepts'] => {
  const keys = tokens.map((token) => {
    const corrected = correction(matcher, token.word);
    return wordKeys(token.word, corrected ? [corrected] : []);
  });
  return findPhrases(phrasesOf(matcher), keys, skip).map((found) => ({
    ...found,
    words: tokens
      .slice(found.from, found.to)
      .map((token) => token.word)
      .join(' '),
  }));
};

/** What the query says: `withPlace` false when the place field is filled in (it names the place; the query's words stay words). */
/** Two neighbouring words that the records write as one ("food bank" → foodbank) are read as that word. */
const joinTokens = (matcher: Matcher, tokens: readonly Token[]): Token[] => {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    if (next && matcher.exact.has(token.word + next.word)) {
      out.push({ word: token.word + next.word, start: token.start, end: next.end, parts: [token.word, next.word] });
      i++;
    } else out.push(token);
  }
  return out;
};

export const understand = (matcher: Matcher, query: string, withPlace = true): Understood => {
  const tokens = joinTokens(matcher, tokenise(query));
  const place = withPlace ? findPlace(matcher, tokens) : null;
  const inPlace = (i: number) => place !== null && i >= place.from && i < place.to;
  const concepts = findConcepts(matcher, tokens, inPlace);
  const inConcept = (i: number) => concepts.some((concept) => i >= concept.from && i < concept.to);
  const left = tokens.filter((_, i) => !inPlace(i) && !inConcept(i));
  const compounds = new Map(left.flatMap((token) => (token.parts ? [[token.word, token.parts] as const] : [])));
  // A query that is only a town ("Caerdydd") also asks for what names it: its name is searched too, nearest first.
  // Only a postcode asks for everything near it.
  const onlyPlace = place !== null && left.length === 0 && concepts.length === 0;
  const words =
    onlyPlace && place.town !== null
      ? tokens.slice(place.nameFrom, place.to).map((token) => token.word)
      : left.map((token) => token.word);
  return { tokens, place, concepts, words, compounds };
};

/** The query as typed, less the place it names and the little words before it: what is left when the place is let go. */
export const withoutPlace = (query: string, understood: Understood): string => {
  const { place, tokens } = understood;
  if (!place) return query;
  const start = tokens[place.from]?.start ?? 0;
  const end = tokens[place.to - 1]?.end ?? query.length;
  return `${query.slice(0, start)} ${query.slice(end)}`.replace(/\s+/g, ' ').trim();
};

/**
 * "Did you mean": for each word of the query search does not know, the query with that word
 * changed to the nearest word search knows, allowing one typo more than matching does.
 */
export const suggestions = (matcher: Matcher, query: string): { label: string; query: string }[] => {
  const understood = understand(matcher, query, false);
  const inConcept = (i: number) => understood.concepts.some((concept) => i >= concept.from && i < concept.to);
  const out: { label: string; query: string }[] = [];
  understood.tokens.forEach((token, i) => {
    if (inConcept(i) || token.word.length < 3) return;
    const better = correction(matcher, token.word, 1);
    if (better === null) return;
    const changed = `${query.slice(0, token.start)}${better}${query.slice(token.end)}`;
    if (!out.some((suggestion) => suggestion.query === changed)) out.push({ label: changed, query: changed });
  });
  return out;
};

/**
 * Where to search near, for the search page and the map alike: the place field when it is filled
 * in; otherwise a town the query names, which comes with its point (`town`); otherwise a postcode
 * it names, which the places file resolves (`near`, the text to look up; '' for none).
 */
export const whereToSearch = (
  understood: Understood | null,
  field: string,
): { town: PlaceRow | null; near: string } => {
  if (field.trim() !== '') return { town: null, near: field };
  const place = understood?.place ?? null;
  return place?.town ? { town: place.town, near: '' } : { town: null, near: place?.name ?? '' };
};
