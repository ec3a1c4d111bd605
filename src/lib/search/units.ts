/**
 * What the query asks for besides single words: two words the records may write as one, and the
 * concepts of content/vocabulary.yaml. Each is a unit of the search, as a word is: the entries it
 * matches and what each match is worth. Shared by server and client code.
 */
import type { Matcher, WordMatch } from './matcher.ts';
import type { Understood } from './query.ts';
import { FIELD_WEIGHTS, FIELDS, KIND, STOP_WORDS, wordMatch } from './word-match.ts';

/** One thing the query asks for, a word or a concept, and the entries it matches with what each match is worth. */
export interface Unit {
  docs: Int32Array;
  strengths: Float64Array;
  /** A word's candidate terms (none for a concept). */
  candidates?: Map<number, number>;
  concept?: true;
}

/** For each entry some of the matches hold: the sum of what they are worth there, and how many hold it. */
const sumsOf = (
  matches: readonly Pick<WordMatch, 'docs' | 'strengths'>[],
): Map<number, { total: number; count: number }> => {
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
export const compoundUnit = (matcher: Matcher, whole: WordMatch, parts: readonly [string, string]): Unit => {
  const worth = new Map<number, number>();
  whole.docs.forEach((doc, i) => {
    worth.set(doc, whole.strengths[i] as number);
  });
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
export const conceptUnit = (matcher: Matcher, named: Understood['concepts'][number]): Unit => {
  // A concept's unit is the same for every keystroke that keeps its words (and whether typos are searched yet).
  let remembered = conceptUnits.get(matcher);
  if (!remembered || remembered.size >= REMEMBERED) {
    remembered = new Map();
    conceptUnits.set(matcher, remembered);
  }
  const key = `${matcher.fuzzy ? 1 : 0}${named.concepts.join(',')} ${named.words}`;
  let unit = remembered.get(key);
  if (!unit) {
    const wanted = matcher.typosWanted;
    matcher.typosWanted = false;
    unit = makeConceptUnit(matcher, named);
    // A unit made while a word wanted the typo search is made again once it is here.
    if (!matcher.typosWanted) remembered.set(key, unit);
    matcher.typosWanted ||= wanted;
  }
  return unit;
};

/** Concept units a matcher has made, up to REMEMBERED before starting afresh. */
const conceptUnits = new WeakMap<Matcher, Map<string, Unit>>();
const REMEMBERED = 32;

const makeConceptUnit = (matcher: Matcher, named: Understood['concepts'][number]): Unit => {
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
    // An entry the tags do not bring ranks below those they do: the concept is what was asked for.
    else if (count === matches.length) worth.set(doc, Math.min(total / count, TAGGED - 1));
  }
  const docs = Int32Array.from(worth.keys());
  return { docs, strengths: Float64Array.from(docs, (doc) => worth.get(doc) as number), concept: true };
};
