/**
 * Finding the phrases of content/vocabulary.yaml in a run of words: in a query (query.ts) and, at
 * build time, in each record's own text (build-index.ts). A phrase's word matches a word of the
 * text when one of the text word's keys is the phrase word or one of its stem keys: its keys are
 * its Welsh mutation forms and their stems (wordKeys), and, in a query, what a typo meant.
 * Shared by server and client code.
 */
import { stemKeys } from './stem.ts';
import { mutationForms } from './welsh.ts';

/** A phrase: each of its words with its stem keys, and its concept. */
export interface Phrase {
  concept: number;
  words: string[][];
}

/** A run of words that spells a phrase: the concepts with that phrase, and where it stands (from ≤ i < to). */
export interface PhraseFound {
  concepts: number[];
  from: number;
  to: number;
}

/** A word and its Welsh mutations either way ("mangor" → "bangor"). */
export const forms = (word: string): string[] => [word, ...mutationForms(word)];

/** A mutated form this short is never read as a phrase's word: "heal" less its h is not "EAL". */
const FORM_MIN_LENGTH = 4;

/** What a word of a text may stand for when phrases are read: its forms and their stems. */
export const wordKeys = (word: string, also: readonly string[] = []): Set<string> =>
  new Set(
    [...forms(word).filter((form) => form === word || form.length >= FORM_MIN_LENGTH), ...also].flatMap((form) => [
      form,
      ...stemKeys(form),
    ]),
  );

/** The concepts' phrases (each a list of words) filed under every key of their first word. */
export const phraseIndex = (concepts: readonly (readonly (readonly string[])[])[]): Map<string, Phrase[]> => {
  const index = new Map<string, Phrase[]>();
  concepts.forEach((phrases, concept) => {
    for (const phrase of phrases) {
      // A short word ("ALN", "EAL", "CV") matches only as written: its stems and mutations would be other words.
      const words = phrase.map((word) => (word.length < FORM_MIN_LENGTH ? [word] : [word, ...stemKeys(word)]));
      for (const key of words[0] ?? []) {
        const list = index.get(key);
        if (list) list.push({ concept, words });
        else index.set(key, [{ concept, words }]);
      }
    }
  });
  return index;
};

/**
 * The phrases spelt in a text given as each word's keys, left to right, never overlapping: at each
 * word the longest phrase that starts there (every concept with that phrase), skipping the words
 * `skip` marks (a place in a query).
 */
export const findPhrases = (
  index: ReadonlyMap<string, readonly Phrase[]>,
  keys: readonly ReadonlySet<string>[],
  skip: (i: number) => boolean = () => false,
): PhraseFound[] => {
  const found: PhraseFound[] = [];
  for (let i = 0; i < keys.length; i++) {
    if (skip(i)) continue;
    let length = 0;
    // Whether the phrases kept are spelt word for word (not only by stem): those win over stem matches of the
    // same length, so that "mechanic" names the motor trade and not, through its stem, "mechanical" engineering.
    let exact = false;
    let concepts: number[] = [];
    const seen = new Set<Phrase>();
    for (const key of keys[i] as ReadonlySet<string>) {
      for (const phrase of index.get(key) ?? []) {
        if (seen.has(phrase)) continue;
        seen.add(phrase);
        const n = phrase.words.length;
        if (n < length || i + n > keys.length) continue;
        let all = true;
        let spelt = true;
        for (let k = 0; k < n && all; k++) {
          const have = keys[i + k] as ReadonlySet<string>;
          const words = phrase.words[k] as string[];
          all = (k === 0 || !skip(i + k)) && words.some((word) => have.has(word));
          spelt &&= have.has(words[0] as string);
        }
        if (!all) continue;
        if (n > length || (spelt && !exact)) {
          length = n;
          exact = spelt;
          concepts = [phrase.concept];
        } else if (spelt === exact && !concepts.includes(phrase.concept)) concepts.push(phrase.concept);
      }
    }
    if (length === 0) continue;
    found.push({ concepts, from: i, to: i + length });
    i += length - 1;
  }
  return found;
};
