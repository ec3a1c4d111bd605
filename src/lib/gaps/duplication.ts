/**
 * Section 5: duplication. Within one area only (never across Wales, so the
 * cost grows with the size of each area, not the square of the data set),
 * offers are compared when they share kind, sector or service type (or JGW+
 * strand), and language; a pair is a duplicate when its titles and summaries
 * share at least one distinctive word (so a music studio and a street outreach
 * team, both "youth work", are not), it overlaps in tiers, ages and priority
 * groups, and its similarity reaches the configured score.
 * Duplicates are joined into groups. Pure.
 */
import type { Provision } from '../schema/schema.ts';
import type {
  DeliveryLanguage,
  JgwStrand,
  Kind,
  PriorityGroup,
  Sector,
  ServiceType,
  Tier,
} from '../schema/vocabulary.ts';
import { isLocalTo, round } from './common.ts';
import type { GapConfig } from './config.ts';

/** The attribute two offers must share to duplicate each other. */
export type Focus =
  | { field: 'sector'; value: Sector }
  | { field: 'serviceType'; value: ServiceType }
  | { field: 'strand'; value: JgwStrand };

export interface DuplicationGroup {
  area: string;
  /** Entry ids, sorted. */
  members: string[];
  /** What the members share: the reasons they were grouped. */
  shared: {
    kind: Kind;
    /** Sector, service type or JGW+ strand, or null when none is recorded. */
    focus: Focus | null;
    language: DeliveryLanguage;
    tiers: Tier[];
    /** The age range every member takes, or null if the chain of overlaps has no common age. */
    ages: [number, number] | null;
    /** Priority groups every member targets (empty: all open to everyone, or no common group). */
    priorityGroups: PriorityGroup[];
  };
  /** The mean similarity of the grouped pairs, 0–1. */
  score: number;
}

/** The attribute that must match: sector, service type or strand. */
export const focusOf = (entry: Provision): Focus | null => {
  if (entry.kind === 'support') return { field: 'serviceType', value: entry.serviceType };
  if (entry.kind === 'jgw') return { field: 'strand', value: entry.strand };
  return 'sector' in entry && entry.sector ? { field: 'sector', value: entry.sector } : null;
};

/** Little words, and words nearly every offer here uses, which say nothing about what an offer is. */
export const COMMON_WORDS = new Set(
  (
    'the and for with you your are can who what how from into about all any more our their them they this that its not has have will ' +
    'young people person youth work worker workers working help helps support service services week weeks weekly one two new get find'
  ).split(' '),
);

/** The distinctive words of an offer's English title and summary: three letters or more, not in COMMON_WORDS. */
export const distinctiveWords = (entry: Provision): Set<string> =>
  new Set(
    `${entry.title.en} ${entry.summary.en}`
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 3 && !COMMON_WORDS.has(word)),
  );

/** The distinctive words two offers share, sorted. */
export const sharedWords = (a: ReadonlySet<string>, b: ReadonlySet<string>): string[] =>
  [...a].filter((word) => b.has(word)).sort();

const jaccard = <T>(a: readonly T[], b: readonly T[]): number => {
  if (a.length === 0 && b.length === 0) return 1;
  const inB = new Set(b);
  const both = a.filter((x) => inB.has(x)).length;
  return both / (a.length + b.length - both);
};

/**
 * How alike two offers are, 0–1, or null when they cannot be duplicates
 * (no distinctive word in common, no shared tier, no shared age, or different
 * priority groups). The score is the mean of three overlaps: tiers (Jaccard),
 * ages (shared years ÷ years covered by either) and priority groups (Jaccard;
 * both open to all counts as 1). `words` are the offers' distinctiveWords, when
 * the caller has them.
 */
export const similarity = (
  a: Provision,
  b: Provision,
  words?: [ReadonlySet<string>, ReadonlySet<string>],
): number | null => {
  const [wordsA, wordsB] = words ?? [distinctiveWords(a), distinctiveWords(b)];
  if (sharedWords(wordsA, wordsB).length === 0) return null;
  const tiers = jaccard(a.tiers, b.tiers);
  const sharedAges = Math.min(a.ages.max, b.ages.max) - Math.max(a.ages.min, b.ages.min) + 1;
  const spanAges = Math.max(a.ages.max, b.ages.max) - Math.min(a.ages.min, b.ages.min) + 1;
  const groups = jaccard(a.priorityGroups, b.priorityGroups);
  if (tiers === 0 || sharedAges <= 0 || groups === 0) return null;
  return (tiers + sharedAges / spanAges + groups) / 3;
};

const intersect = <T>(lists: readonly (readonly T[])[]): T[] =>
  (lists[0] ?? []).filter((x) => lists.every((list) => list.includes(x)));

export const duplication = (
  byArea: ReadonlyMap<string, Provision[]>,
  areaIds: readonly string[],
  config: GapConfig,
): DuplicationGroup[] => {
  const groups: DuplicationGroup[] = [];
  for (const area of areaIds) {
    // Only offers that could match are compared: bucket by kind, focus and language.
    const buckets = new Map<string, Provision[]>();
    for (const entry of byArea.get(area) ?? []) {
      if (!isLocalTo(entry, area)) continue;
      const focus = focusOf(entry);
      const key = `${entry.kind}|${focus?.field}|${focus?.value}|${entry.language}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(entry);
      else buckets.set(key, [entry]);
    }
    for (const bucket of buckets.values()) {
      if (bucket.length < 2) continue;
      // Union-find over the pairs that qualify.
      const parent = bucket.map((_, i) => i);
      const find = (i: number): number => {
        while (parent[i] !== i) {
          parent[i] = parent[parent[i] as number] as number;
          i = parent[i] as number;
        }
        return i;
      };
      const words = bucket.map(distinctiveWords);
      const edges: { i: number; j: number; score: number }[] = [];
      for (let i = 0; i < bucket.length; i++) {
        for (let j = i + 1; j < bucket.length; j++) {
          const a = bucket[i] as Provision;
          const b = bucket[j] as Provision;
          if (!config.duplication.sameProvider && a.provider === b.provider) continue;
          const score = similarity(a, b, [words[i] as Set<string>, words[j] as Set<string>]);
          if (score === null || score < config.duplication.minScore) continue;
          edges.push({ i, j, score });
          parent[find(i)] = find(j);
        }
      }
      const components = new Map<number, number[]>();
      bucket.forEach((_, i) => {
        if (!edges.some((e) => e.i === i || e.j === i)) return;
        const root = find(i);
        components.set(root, [...(components.get(root) ?? []), i]);
      });
      for (const indices of components.values()) {
        const members = indices.map((i) => bucket[i] as Provision);
        const inGroup = edges.filter((e) => indices.includes(e.i));
        const first = members[0] as Provision;
        const minAge = Math.max(...members.map((m) => m.ages.min));
        const maxAge = Math.min(...members.map((m) => m.ages.max));
        groups.push({
          area,
          members: members.map((m) => m.id).sort(),
          shared: {
            kind: first.kind,
            focus: focusOf(first),
            language: first.language,
            tiers: intersect<Tier>(members.map((m) => m.tiers as Tier[])).sort((x, y) => x - y),
            ages: minAge <= maxAge ? [minAge, maxAge] : null,
            priorityGroups: intersect(members.map((m) => m.priorityGroups)),
          },
          score: round(inGroup.reduce((sum, e) => sum + e.score, 0) / inGroup.length),
        });
      }
    }
  }
  return groups.sort(
    (a, b) =>
      a.area.localeCompare(b.area) || b.score - a.score || (a.members[0] ?? '').localeCompare(b.members[0] ?? ''),
  );
};
