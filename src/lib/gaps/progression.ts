/**
 * Section 6: progression. Two questions, each with one meaning of a working
 * link, a link to an offer that is running now (active: not ended, not
 * temporarily closed):
 * - per area and tier: is there local provision at the next tier up (the
 *   Wales-wide offers there are shown beside it, and never hide a missing
 *   local next tier), and does any offer at the tier have a working link that
 *   "leads to a higher tier"? Offers only for a priority group are not a next
 *   tier for everyone, and are not counted at their own tier either.
 * - per offer serving any of tiers 2–4 (local, online or Wales-wide): does at
 *   least one of its links "lead somewhere running"?
 * Pure.
 */

import { isActive } from '../content/status.ts';
import type { Provision } from '../schema/schema.ts';
import { TIERS_WITH_NEXT, type Tier } from '../schema/vocabulary.ts';
import { isForEveryone, isLocalTo, nationalOffers, serves } from './common.ts';

export interface ProgressionCell {
  area: string;
  /** Tiers 1 to 4: tier 5 is the destination. */
  tier: Tier;
  /** Local offers at this tier, open to everyone. */
  entries: number;
  /** Local offers at the next tier up, open to everyone. */
  nextTierLocal: number;
  /** Wales-wide offers at the next tier up: shown beside the local figure, never filling it. */
  nextTierWalesWide: number;
  /** Local offers at this tier with a working link (to an active offer) at a higher tier. */
  linkedOnward: number;
  /** There is local provision at this tier, but nothing local at the next tier or no link reaches a higher tier. */
  noRouteOnward: boolean;
}

export interface BrokenProgression {
  /** The area it is listed for, or '' for a Wales-wide offer (listed on the page for all of Wales). */
  area: string;
  entry: string;
  /** 'no-links': none at all; 'none-active': every link points at an offer that has ended, is temporarily closed or does not exist. */
  reason: 'no-links' | 'none-active';
  /** The links that do not work, for 'none-active'. */
  deadLinks: string[];
}

/** The tiers whose offers should lead somewhere: tier 1 is about finding young people, and tier 5 is the destination. */
export const ONWARD_TIERS: readonly Tier[] = [2, 3, 4];

export const progression = (
  provision: readonly Provision[],
  byArea: ReadonlyMap<string, Provision[]>,
  areaIds: readonly string[],
): { cells: ProgressionCell[]; broken: BrokenProgression[] } => {
  const byId = new Map(provision.map((entry) => [entry.id, entry]));
  /** The offer a link points at, when it is running now: the one meaning of a working link. */
  const working = (id: string) => {
    const target = byId.get(id);
    return target !== undefined && isActive(target) ? target : undefined;
  };
  const brokenOf = (entry: Provision, area: string): BrokenProgression | null => {
    if (!entry.tiers.some((tier) => ONWARD_TIERS.includes(tier as Tier))) return null;
    if (entry.progression.length === 0) return { area, entry: entry.id, reason: 'no-links', deadLinks: [] };
    if (entry.progression.every((id) => working(id) === undefined))
      return { area, entry: entry.id, reason: 'none-active', deadLinks: [...entry.progression] };
    return null;
  };
  const walesWide = nationalOffers(provision);
  const cells: ProgressionCell[] = [];
  const broken: BrokenProgression[] = [];
  for (const area of areaIds) {
    const local = (byArea.get(area) ?? []).filter((e) => isLocalTo(e, area) && isForEveryone(e));
    for (const tier of TIERS_WITH_NEXT) {
      const atTier = local.filter((e) => serves(e, tier));
      const next = (tier + 1) as Tier;
      const nextTierLocal = local.filter((e) => serves(e, next)).length;
      // A link onward for everyone: to a running offer at a higher tier that is open to everyone.
      const linkedOnward = atTier.filter((e) =>
        e.progression.some((id) => {
          const target = working(id);
          return target !== undefined && isForEveryone(target) && target.tiers.some((t) => t > tier);
        }),
      ).length;
      cells.push({
        area,
        tier,
        entries: atTier.length,
        nextTierLocal,
        nextTierWalesWide: walesWide.filter((e) => serves(e, next)).length,
        linkedOnward,
        noRouteOnward: atTier.length > 0 && (nextTierLocal === 0 || linkedOnward === 0),
      });
    }
    // Every running offer listed for the area, online ones too.
    for (const entry of byArea.get(area) ?? []) {
      const row = brokenOf(entry, area);
      if (row) broken.push(row);
    }
  }
  for (const entry of provision) {
    if (!isActive(entry) || !entry.walesWide) continue;
    const row = brokenOf(entry, '');
    if (row) broken.push(row);
  }
  return { cells, broken };
};
