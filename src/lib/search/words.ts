/** Helpers over the vocabulary for match.ts: the synonym maps, prefix lookup in the sorted words, and compound words. Shared by server and client code. */

/** Each word of the groups to the other words of its groups. */
export const synonymMap = (groups: readonly (readonly string[])[]): Map<string, readonly string[]> => {
  const map = new Map<string, readonly string[]>();
  for (const group of groups)
    for (const word of group) map.set(word, [...(map.get(word) ?? []), ...group.filter((other) => other !== word)]);
  return map;
};

/** First index in the sorted terms at or after `prefix`. */
export const lowerBound = (terms: readonly string[], prefix: string): number => {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((terms[mid] as string) < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** Two neighbouring words that the records write as one ("child care" → childcare) are searched as that word. */
export const joinCompounds = (exact: ReadonlyMap<string, number>, words: readonly string[]): string[] => {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const joined = `${words[i]}${words[i + 1] ?? ''}`;
    if (i + 1 < words.length && exact.has(joined)) {
      out.push(joined);
      i++;
    } else out.push(words[i] as string);
  }
  return out;
};
