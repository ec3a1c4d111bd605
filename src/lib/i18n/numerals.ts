/**
 * How a Welsh word or number begins when read aloud, for the words that change before a vowel
 * ("a" → "ac", "â" → "ag"): "ac un", "ac wyth", "ac un ar ddeg", but "a dau", "a deunaw". A number
 * is read as Welsh speakers say it: 1–19 in the traditional way (11 "un ar ddeg", 16 "un ar
 * bymtheg", 18 "deunaw"), tens in the decimal way (20 "dau ddeg", 80 "wyth deg"), hundreds and
 * thousands by their first figure ("cant", "wyth cant", "mil"). Pure, no imports.
 */

/** The first word of 0–19 read aloud. */
const SMALL = [
  'dim',
  'un',
  'dau',
  'tri',
  'pedwar',
  'pump',
  'chwech',
  'saith',
  'wyth',
  'naw',
  'deg',
  'un ar ddeg',
  'deuddeg',
  'tri ar ddeg',
  'pedwar ar ddeg',
  'pymtheg',
  'un ar bymtheg',
  'dau ar bymtheg',
  'deunaw',
  'pedwar ar bymtheg',
] as const;

/** The first word of a whole number read aloud in Welsh. */
export const spokenStart = (n: number): string => {
  const whole = Math.floor(Math.abs(n));
  if (whole < 20) return SMALL[whole] as string;
  if (whole < 100) return SMALL[Math.floor(whole / 10)] as string;
  if (whole < 1000) return whole < 200 ? 'cant' : (SMALL[Math.floor(whole / 100)] as string);
  if (whole < 1_000_000) return whole < 2000 ? 'mil' : spokenStart(Math.floor(whole / 1000));
  return whole < 2_000_000 ? 'miliwn' : spokenStart(Math.floor(whole / 1_000_000));
};

const VOWEL = /^[aeiouwyâêîôûŵŷáéíóúàèìòù]/i;

/** Whether a word, a name or a number (as digits, with or without thousands commas) begins with a vowel sound. */
export const startsWithVowelSound = (text: string): boolean => {
  const trimmed = text.trimStart();
  // A sum of money is read number first: "£8" is "wyth punt".
  const digits = /^[£$€]?(\d[\d,]*)/.exec(trimmed);
  if (digits) return VOWEL.test(spokenStart(Number((digits[1] as string).replace(/,/g, ''))));
  return VOWEL.test(trimmed);
};
