import type { Provision } from '../schema/schema.ts';

/** Counts provision by one or more keys per entry (an entry serving tiers 2 and 3 counts once under each). */
export const countBy = (
  entries: readonly Provision[],
  keysOf: (entry: Provision) => readonly (string | number)[],
): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    for (const key of keysOf(entry)) counts.set(String(key), (counts.get(String(key)) ?? 0) + 1);
  }
  return new Map([...counts].sort(([a], [b]) => a.localeCompare(b)));
};

/** Share of entries delivered in Welsh or bilingually, 0–1. */
export const welshShare = (entries: readonly Provision[]): number =>
  entries.length === 0 ? 0 : entries.filter((entry) => entry.language !== 'english').length / entries.length;
