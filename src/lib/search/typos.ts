/** How many typos a query word may have, and the edit distance that counts them. Shared by server and client code. */
/** Below this length a word never matches with a typo: 4-letter words have too many real neighbours one letter away. */
export const FUZZY_MIN_LENGTH = 5;
/** Typos allowed: one in a word of 5 or 6 letters, two from 7 ("vehical" is two from "vehicle"). */
export const allowedTypos = (length: number): number => (length < FUZZY_MIN_LENGTH ? 0 : length < 7 ? 1 : 2);

/** Edits (insert, delete, change, or swap two neighbours) from one word to another, stopping early past `limit`. */
export const editDistance = (a: string, b: string, limit = Number.POSITIVE_INFINITY): number => {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] as number) + 1);
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
};

/** How many letters of one word the other lacks, counted as bags of letters ("gofodwr" lacks the a and l of "gofalwr": 2). */
const lettersLacking = (a: string, b: string): number => {
  const counts = new Map<string, number>();
  for (const letter of a) counts.set(letter, (counts.get(letter) ?? 0) + 1);
  let lacking = 0;
  for (const letter of b) {
    const left = counts.get(letter) ?? 0;
    if (left > 0) counts.set(letter, left - 1);
    else lacking++;
  }
  return lacking;
};

/**
 * Whether a word `distance` edits from a known word is a slip for it rather than another word.
 * One edit always is. Two are, in a word of 8 letters or more, or when one of them only moves a
 * letter ("soilder" for soldier, "vehical" for vehicle); two different letters wrong in a shorter
 * word make another word ("gofodwr", astronaut, is not "gofalwr", carer).
 */
export const isSlip = (word: string, known: string, distance: number): boolean =>
  distance <= 1 || word.length >= 8 || Math.max(lettersLacking(word, known), lettersLacking(known, word)) <= 1;
