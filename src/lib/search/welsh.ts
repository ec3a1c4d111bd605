/**
 * Welsh initial mutations for search: "trydanwr" must find "drydanwr", and
 * "Nghaerdydd" must find Caerdydd. A word's other forms are its radical (what a
 * mutated word would be unmutated) and its soft, nasal and aspirate mutations.
 * Works on normalised words (lower case, no accents). Shared by server and client code.
 */

/** Radical → its mutated forms, for the consonants that mutate. */
const MUTATIONS: readonly (readonly [radical: string, forms: readonly string[]])[] = [
  ['c', ['g', 'ngh', 'ch']],
  ['p', ['b', 'mh', 'ph']],
  ['t', ['d', 'nh', 'th']],
  ['g', ['', 'ng']],
  ['b', ['f', 'm']],
  ['d', ['dd', 'n']],
  ['ll', ['l']],
  ['m', ['f']],
  ['rh', ['r']],
];

/** Mutated start → the radicals it can come from (longest first, so "ngh" is read before "ng"). */
const UNMUTATE = MUTATIONS.flatMap(([radical, forms]) =>
  forms.filter((form) => form !== '').map((form) => [form, radical] as const),
).sort((a, b) => b[0].length - a[0].length);

/** Only words this long are mutated or unmutated: shorter ones would collide with other words. */
export const MUTATION_MIN_LENGTH = 4;

/**
 * The other forms of a word: radicals it may be a mutation of, and its own mutations.
 * Soft mutation of g drops it ("gofal" → "ofal"), so a word starting with a vowel may have lost a g;
 * and h- before a vowel (aspirate after "ei", "ein") comes off.
 */
export const mutationForms = (word: string): string[] => {
  if (word.length < MUTATION_MIN_LENGTH) return [];
  const forms = new Set<string>();
  for (const [mutated, radical] of UNMUTATE)
    if (word.startsWith(mutated)) forms.add(radical + word.slice(mutated.length));
  for (const [radical, mutations] of MUTATIONS) {
    if (!word.startsWith(radical)) continue;
    for (const form of mutations) forms.add(form + word.slice(radical.length));
  }
  if (/^[aeiouwy]/.test(word)) forms.add(`g${word}`);
  if (/^h[aeiouwy]/.test(word)) forms.add(word.slice(1));
  forms.delete(word);
  return [...forms].filter((form) => form.length >= MUTATION_MIN_LENGTH - 1);
};

/**
 * The radicals a word may be a mutation of, whatever its length (a place name is matched whole, so
 * a short first word is safe: "fae" in "i Fae Colwyn" is Bae): for reading a name after a word
 * that mutates it.
 */
export const radicals = (word: string): string[] => {
  const out = new Set<string>();
  for (const [mutated, radical] of UNMUTATE)
    if (word.startsWith(mutated)) out.add(radical + word.slice(mutated.length));
  if (/^[aeiouwy]/.test(word)) out.add(`g${word}`);
  if (/^h[aeiouwy]/.test(word)) out.add(word.slice(1));
  out.delete(word);
  return [...out];
};
