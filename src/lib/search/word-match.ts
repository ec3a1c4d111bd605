/**
 * One query word's matches: the terms it can stand for (exactly, as a synonym, in another form, as a
 * related word, as a prefix, or corrected from a typo and then expanded), and the entries they are
 * in with what each is worth. The rules are in match.ts's header. Shared by server and client code.
 */
import { type Matcher, RECENT_WORDS, type WordMatch } from './matcher.ts';
import { englishStem, stemKeys } from './stem.ts';
import { allowedTypos, editDistance, isSlip } from './typos.ts';
import { mutationForms } from './welsh.ts';
import { lowerBound } from './words.ts';

/** Fields in the order of their bit in a posting's mask, strongest first, with their weight. */
export const FIELDS = ['title', 'subject', 'summary', 'provider', 'place'] as const;
export type Field = (typeof FIELDS)[number];
export const FIELD_WEIGHTS = [4, 3, 2, 1.5, 1] as const;
/** Postings hold docIndex × FIELD_SLOTS + a mask of the fields the word is in. */
export const FIELD_SLOTS = 1 << FIELDS.length;

/** How much each kind of match is worth; the kinds are far enough apart that the field never overturns them. */
export const KIND = { exact: 30, synonym: 29, stem: 27, related: 22, prefix: 20, fuzzy: 10 } as const;
/** A word before the last matches as a prefix only from this length ("engl" is a word cut short; "of" is not). */
export const PREFIX_MIN_LENGTH = 4;
/** An English stem this long or longer finds the terms it starts ("carpent" finds "carpentry"). */
export const STEM_PREFIX_MIN_LENGTH = 6;
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
    'do does did dont want wanna like need get got have has find look looking search know tell show',
    'some any what where which who how',
    'there this that these those please something anything someone anyone somewhere anywhere thing things near',
    // Welsh
    'y yr r ar ac o yn ym yng am gyda gydag efo neu mewn fy ei eu sy sydd i fi ti ni chi nhw ein eich',
    'ond os achos pan felly na nad ddim dim wedi',
    'dwi dwin dw rwy rwyn rydw rwyf wyf mae maen oes ydy yw bod roedd eisiau isio hoffwn hoffi angen ga gaf cael',
    'chwilio dod hyd gwybod dangos beth ble sut pwy pa unrhyw rhywbeth rhywun rhywle rhyw yma ger',
  ]
    .join(' ')
    .split(' '),
);

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
export const wordMatch = (matcher: Matcher, word: string, isLast: boolean): WordMatch => {
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
