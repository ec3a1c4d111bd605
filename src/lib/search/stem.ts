/**
 * Word forms for search: "leavers" finds "leaver", "mums" finds "mum", "peirianwyr" finds
 * "peirianneg"'s stem. A word's stem keys are its English stem (the Porter stemmer, from the
 * `stemmer` package) and its Welsh stem (the light rules below); two words with a key in common
 * are forms of one word. Works on normalised words (lower case, no accents). Shared by server and
 * client code.
 */
import { stemmer } from 'stemmer';

/** What a Welsh ending or an English agent ending must leave: shorter stems have too many unrelated neighbours. */
export const STEM_MIN_LENGTH = 4;
/** Words shorter than this have no stem keys ("mum" has, "it" has not). */
export const STEMMED_MIN_LENGTH = 3;

/**
 * Welsh derived endings, longest first: plurals (-au, -iau, -ion, -iaid, -wyr, -yddion), the
 * agent (-wr, -ydd), the abstract noun (-iaeth), the name of a subject (-eg) and the verb-noun
 * (-io, -i). What is left must keep STEM_MIN_LENGTH letters. Not -aeth: it would make "cyflog"
 * (a wage) "cyflogaeth" (employment), and "gwasanaeth" (a service) "gwasan"; measured on the judged queries.
 */
const WELSH_ENDINGS = ['yddion', 'iaeth', 'iaid', 'wyr', 'iau', 'ion', 'ydd', 'wr', 'au', 'eg', 'io', 'i'] as const;

/** A word less one Welsh ending, or the word itself. */
const lessEnding = (word: string): string => {
  const ending = WELSH_ENDINGS.find((end) => word.length - end.length >= STEM_MIN_LENGTH && word.endsWith(end));
  return ending ? word.slice(0, -ending.length) : word;
};

/**
 * A Welsh word less its derived endings (at most two: "prentisiaethau" → "prentis"), with a
 * doubled final n or r made single ("peirianneg" → "peirian").
 */
export const welshStem = (word: string): string => {
  const stem = lessEnding(lessEnding(word));
  return stem !== word && /(nn|rr)$/.test(stem) ? stem.slice(0, -1) : stem;
};

/**
 * An English stem, with a short agent noun folded into its verb. Porter takes -er off a long stem
 * ("offender" → "offend") but leaves "leaver", "carer" and "builder" apart from "leaving", "caring"
 * and "building"; so a stem still ending in -er loses it ("leav", "build"), or only its r when that
 * would leave fewer than STEM_MIN_LENGTH letters ("care"). Not -eer: "career" is not one who cares.
 */
export const englishStem = (word: string): string => {
  const stem = stemmer(word);
  if (!stem.endsWith('er') || stem.endsWith('eer') || stem.length <= STEM_MIN_LENGTH) return stem;
  const verb = stem.slice(0, -2);
  return verb.length >= STEM_MIN_LENGTH ? verb : stem.slice(0, -1);
};

/**
 * The keys under which a word is filed: its English stem and its Welsh stem, each marked with its
 * language so that an English stem never meets a Welsh one by chance. None for a short word or
 * one with a digit.
 */
export const stemKeys = (word: string): string[] =>
  word.length < STEMMED_MIN_LENGTH || /\d/.test(word) ? [] : [`e${englishStem(word)}`, `c${welshStem(word)}`];
