/**
 * Welsh initial mutations for a name placed after a word that mutates it, so that a template
 * never glues a name onto "yn", "o", "i" or "drwy": "yng Nghaerdydd", "o Gaerdydd",
 * "i Gaerdydd", "drwy Gymru’n Gweithio". Names keep their capital letter ("Nghaerdydd").
 * Tested on all 22 council names. Shared by server and client code.
 */

type Mutation = 'soft' | 'nasal';

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
};

/** The name with its first letter(s) mutated, keeping a capital: mutate('Caerdydd', 'nasal') is "Nghaerdydd". */
export const mutate = (name: string, mutation: Mutation): string => {
  const lower = name.toLowerCase();
  for (const [radical, form] of MUTATIONS[mutation]) {
    if (!lower.startsWith(radical)) continue;
    const rest = name.slice(radical.length);
    const mutated = `${form}${rest}`;
    // A capital stays a capital: "Gwynedd" → "Wynedd", "Caerdydd" → "Nghaerdydd".
    return name[0] === name[0]?.toUpperCase() ? `${mutated.charAt(0).toUpperCase()}${mutated.slice(1)}` : mutated;
  }
  return name;
};

export type MutatingWord = 'yn' | 'o' | 'i' | 'drwy' | 'neu';

/**
 * The word and the name as Welsh writes them: "yn" takes the nasal mutation and becomes "yng"
 * before ng- and "ym" before m- ("yng Nghaerdydd", "ym Mhowys", "ym Merthyr Tudful");
 * "o", "i", "drwy" and "neu" take the soft mutation ("o Gaerdydd", "i Gymru’n Gweithio").
 */
export const withWord = (word: MutatingWord, name: string): string => {
  if (word !== 'yn') return `${word} ${mutate(name, 'soft')}`;
  const mutated = mutate(name, 'nasal');
  const start = mutated.toLowerCase();
  return `${start.startsWith('ng') ? 'yng' : start.startsWith('m') ? 'ym' : 'yn'} ${mutated}`;
};
