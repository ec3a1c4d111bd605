/**
 * Welsh initial mutations for a name or phrase placed after a word that mutates it, so that a
 * template never glues a name onto a preposition or a conjunction: "yng Nghaerdydd", "o Gaerdydd",
 * "drwy Gymru’n Gweithio", "a Chymorth i deuluoedd", "o’r Barri", "yn y Rhyl". Names keep their
 * capital letter ("Nghaerdydd"). Shared by server and client code.
 *
 * Rules, each tested (tests/unit/mutate.test.ts):
 * - ch, ph and th are letters of their own and never mutate ("yn Theatr Clwyd", not "yn Nhheatr");
 * - a name with the article ("Y Barri", "Yr Wyddgrug") keeps it, in lower case after a word
 *   ending in a consonant ("yn y Barri", "ar yr Wyddgrug") and as ’r after a vowel ("o’r Barri",
 *   "i’r Rhyl", "a’r Fenni"); the article, not the word before it, decides what follows;
 * - "a", "â", "gyda" and "tua" become "ac", "ag", "gydag" and "tuag" before a vowel sound, numbers
 *   read aloud included ("ac 8", said "ac wyth"), and take the aspirate mutation otherwise;
 * - a name listed in NO_MUTATION, or an acronym (PAVO, C3SC), is never mutated: listed, not guessed.
 */
import { startsWithVowelSound } from './numerals.ts';

type Mutation = 'soft' | 'nasal' | 'aspirate';

/** Radical → mutated start, longest radical first so "ll" and "rh" are read before "l" and "r". */
const MUTATIONS: Record<Mutation, readonly (readonly [string, string])[]> = {
  soft: [
    ['ll', 'l'],
    ['rh', 'r'],
    ['c', 'g'],
    ['p', 'b'],
    ['t', 'd'],
    ['g', ''],
    ['b', 'f'],
    ['d', 'dd'],
    ['m', 'f'],
  ],
  nasal: [
    ['c', 'ngh'],
    ['p', 'mh'],
    ['t', 'nh'],
    ['g', 'ng'],
    ['b', 'm'],
    ['d', 'n'],
  ],
  aspirate: [
    ['c', 'ch'],
    ['p', 'ph'],
    ['t', 'th'],
  ],
};

/**
 * Names that keep their first letter whatever comes before them: names in English or another
 * language, and brands written one way. Add a name here when a page mutates it wrongly.
 */
export const NO_MUTATION: readonly string[] = ['Prince’s Trust', "Prince's Trust", 'Cross Hands', 'Crosskeys'];

/** Listed, or an acronym (C3SC, PAVO, TVA): written as it is, whatever comes before it. */
const unmutated = (name: string) => /^[A-Z][A-Z0-9]/.test(name) || NO_MUTATION.some((fixed) => name.startsWith(fixed));

/** The name with its first letter(s) mutated, keeping a capital: mutate('Caerdydd', 'nasal') is "Nghaerdydd". */
export const mutate = (name: string, mutation: Mutation): string => {
  const lower = name.toLowerCase();
  // Ch, ph and th are single letters in Welsh: none of them mutates.
  if (/^(ch|ph|th)/.test(lower) || unmutated(name)) return name;
  for (const [radical, form] of MUTATIONS[mutation]) {
    if (!lower.startsWith(radical)) continue;
    const rest = name.slice(radical.length);
    const mutated = `${form}${rest}`;
    // A capital stays a capital: "Gwynedd" → "Wynedd", "Caerdydd" → "Nghaerdydd".
    return name[0] === name[0]?.toUpperCase() ? `${mutated.charAt(0).toUpperCase()}${mutated.slice(1)}` : mutated;
  }
  return name;
};

/** Prepositions that take the soft mutation. */
export const SOFT_WORDS = [
  'am',
  'ar',
  'at',
  'gan',
  'heb',
  'i',
  'o',
  'dan',
  'dros',
  'drwy',
  'trwy',
  'wrth',
  'hyd',
  'neu',
] as const;
/** Words that take the aspirate mutation, and their form before a vowel sound. */
/**
 * Words that take the aspirate mutation, each with its form before a vowel sound. "na" is "than"
 * ("mwy na chant", "mwy nag 8"), the sense templates use before a number; "na" meaning "nor" is
 * "nac" before a vowel and is written by hand.
 */
export const ASPIRATE_WORDS = { a: 'ac', â: 'ag', gyda: 'gydag', tua: 'tuag', na: 'nag' } as const;

export type MutatingWord = 'yn' | (typeof SOFT_WORDS)[number] | keyof typeof ASPIRATE_WORDS;

const endsInVowel = (word: string) => /[aeiouwyâêîôûŵŷ]$/i.test(word);

/** "Y Barri" → ["y", "Barri"]; "Yr Wyddgrug" → ["yr", "Wyddgrug"]; a name without the article → null. */
const article = (name: string): [string, string] | null => {
  const found = /^(Y|Yr) (\S.*)$/.exec(name);
  return found ? [(found[1] as string).toLowerCase(), found[2] as string] : null;
};

/**
 * The word and the name as Welsh writes them: "yn" takes the nasal mutation and becomes "yng"
 * before ng- and "ym" before m- ("yng Nghaerdydd", "ym Mhowys", "ym Merthyr Tudful"); the soft
 * prepositions mutate softly ("o Gaerdydd", "i Gymru’n Gweithio"); "a", "â", "gyda" and "tua"
 * aspirate, or become "ac", "ag", "gydag" and "tuag" before a vowel sound.
 */
export const withWord = (word: MutatingWord, name: string): string => {
  const withArticle = article(name);
  if (withArticle) {
    const [the, rest] = withArticle;
    // "yn y Barri", "o’r Barri", "a’r Fenni": the article goes with the word before it.
    return endsInVowel(word) ? `${word}’r ${rest}` : `${word} ${the} ${rest}`;
  }
  if (word === 'yn') {
    const mutated = mutate(name, 'nasal');
    const start = mutated.toLowerCase();
    return `${start.startsWith('ng') ? 'yng' : start.startsWith('m') ? 'ym' : 'yn'} ${mutated}`;
  }
  if (word in ASPIRATE_WORDS) {
    const before = ASPIRATE_WORDS[word as keyof typeof ASPIRATE_WORDS];
    // "tua" before a number means "about", and stays "tua" ("tua 8"); "tuag" is "towards" a place.
    const vowel = startsWithVowelSound(name) && !(word === 'tua' && /^\D?\d/.test(name));
    return vowel ? `${before} ${name}` : `${word} ${mutate(name, 'aspirate')}`;
  }
  return `${word} ${mutate(name, 'soft')}`;
};

/**
 * "ei" meaning "her": the aspirate mutation ("ei chwrs", "ei thîm"), and h- before a vowel ("ei
 * henw", "ei hardal"). "ei" meaning "his" is soft ("ei gwrs"): `withWord` has no "ei", since the
 * word alone cannot say which is meant.
 */
export const withHer = (name: string): string =>
  unmutated(name) ? `ei ${name}` : /^[aeiouwyâêîôûŵŷ]/i.test(name) ? `ei h${name}` : `ei ${mutate(name, 'aspirate')}`;
