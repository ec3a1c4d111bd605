/**
 * Section 6: progression. For each tier in each area, is there provision at
 * the next tier up, and do the entries' progression links actually reach a
 * live offer at a higher tier? Pure.
 */
import type { Provision } from '../content/schema.ts';
import { isActive, isLive } from '../content/status.ts';
import { TIERS_WITH_NEXT, type Tier } from '../content/vocabulary.ts';
import { isLocalTo, isWalesWideInPerson, serves } from './common.ts';

export interface ProgressionCell {
  area: string;
  /** Tiers 1 to 4: tier 5 is the destination. */
  tier: Tier;
  /** Local offers at this tier. */
  entries: number;
  /** Offers at the next tier up, locally or Wales-wide. */
  nextTier: number;
  /** Local offers at this tier with a progression link to a live offer at a higher tier. */
  linkedOnward: number;
  /** There is provision at this tier, but nothing at the next tier or no link reaches a higher tier. */
  noRouteOnward: boolean;
}

export interface BrokenProgression {
  area: string;
  entry: string;
  /** 'no-links': none at all; 'ended-only': every link points at an offer that has ended or does not exist. */
  reason: 'no-links' | 'ended-only';
  /** The dead links, for 'ended-only'. */
  deadLinks: string[];
}

export const progression = (
  provision: readonly Provision[],
  byArea: ReadonlyMap<string, Provision[]>,
  areaIds: readonly string[],
): { cells: ProgressionCell[]; broken: BrokenProgression[] } => {
  const byId = new Map(provision.map((entry) => [entry.id, entry]));
  const live = (id: string) => {
    const target = byId.get(id);
    return target !== undefined && isLive(target) ? target : undefined;
  };
  const walesWide = provision.filter((e) => isActive(e) && isWalesWideInPerson(e));
  const cells: ProgressionCell[] = [];
  const broken: BrokenProgression[] = [];
  for (const area of areaIds) {
    const local = (byArea.get(area) ?? []).filter((e) => isLocalTo(e, area));
    for (const tier of TIERS_WITH_NEXT) {
      const atTier = local.filter((e) => serves(e, tier));
      const next = (tier + 1) as Tier;
      const nextTier = local.filter((e) => serves(e, next)).length + walesWide.filter((e) => serves(e, next)).length;
      const linkedOnward = atTier.filter((e) => e.progression.some((id) => live(id)?.tiers.some((t) => t > tier))).length;
      cells.push({ area, tier, entries: atTier.length, nextTier, linkedOnward, noRouteOnward: atTier.length > 0 && (nextTier === 0 || linkedOnward === 0) });
    }
    for (const entry of local) {
      const highest = Math.max(...entry.tiers);
      if (highest < 2 || highest > 4) continue;
      if (entry.progression.length === 0) broken.push({ area, entry: entry.id, reason: 'no-links', deadLinks: [] });
      else if (entry.progression.every((id) => live(id) === undefined))
        broken.push({ area, entry: entry.id, reason: 'ended-only', deadLinks: [...entry.progression] });
    }
  }
  return { cells, broken };
};
