/** Section 4 of the gap analysis: unmet need, young people per local place at each tier. Pure. */
import type { Provision } from '../schema/schema.ts';
import type { Tier } from '../schema/vocabulary.ts';
import { type GapArea, isForEveryone, isLocalTo, isOnlineFor, nationalOffers, serves } from './common.ts';
import type { GapConfig } from './config.ts';

export type NeedStatus = 'ratio' | 'at-most' | 'no-demand-figure' | 'no-provision' | 'no-capacity-recorded';
/**
 * A cell left out of the ranking although the area has demand figures: nothing local, no places
 * recorded, or places recorded by some offers only (its figure is then an upper bound, `atMost`).
 */
export type UnrankedNeedCell = NeedCell & { status: 'no-provision' | 'no-capacity-recorded' | 'at-most' };

export interface NeedCell {
  area: string;
  tier: Tier;
  /** Young people at this tier in the demand figures, or null when the area has none. */
  demand: number | null;
  /**
   * Local places recorded at this tier: each local offer's places shared equally among the areas
   * and tiers it serves (placesShare), unrounded. When some offers record none (withoutCapacity),
   * the true figure is at least this.
   */
  places: number;
  /** Local offers at this tier that record their places, and those that do not: counted and reported, never taken as 0 or unlimited. */
  withCapacity: number;
  withoutCapacity: number;
  /** Online offers listed for the area at this tier, and their shared places: their own line, never in the ratio (coverage leaves them out too). */
  onlineOffers: number;
  onlinePlaces: number;
  /** demand ÷ places, unrounded, when every local offer records its places; null otherwise (see status). */
  ratio: number | null;
  /** When only some local offers record their places: demand ÷ the places recorded, which the true figure is at most. */
  atMost: number | null;
  status: NeedStatus;
}

/** The national line: Wales-wide offers at a tier, and their places shared among the tiers each serves. Added to no area. */
export interface NationalNeedRow {
  tier: Tier;
  offers: number;
  /** The places the offers record, unrounded; null when none records any (unknown, not none). At least this when withoutCapacity > 0. */
  places: number | null;
  withoutCapacity: number;
}

export type DemandCounts = ReadonlyMap<string, Record<Tier, number>>;

/**
 * The places an offer gives each area and tier it serves: its recorded places shared equally
 * among them (20 places at tiers 2 and 3 in one area give 10 to each). Counting them in full
 * everywhere would overstate capacity and hide the gaps this analysis is for. A Wales-wide
 * offer shares its places among its tiers only, on the national line.
 */
export const placesShare = (entry: Provision): number =>
  entry.capacity === undefined
    ? 0
    : entry.capacity / (entry.tiers.length * (entry.walesWide ? 1 : Math.max(1, entry.areas.length)));

/** The places of offers, summed from exact shares: rounding is for display only, never before a ratio or a ranking. */
const sumPlaces = (entries: readonly Provision[]): number => entries.reduce((sum, e) => sum + placesShare(e), 0);

export const unmetNeed = (
  provision: readonly Provision[],
  byArea: ReadonlyMap<string, Provision[]>,
  areas: readonly GapArea[],
  demand: DemandCounts,
  config: GapConfig,
): { cells: NeedCell[]; ranked: NeedCell[]; unranked: UnrankedNeedCell[]; national: NationalNeedRow[] } => {
  const cells: NeedCell[] = [];
  for (const area of areas) {
    // Places only for a priority group are not places for the tier's young people as a whole.
    const listed = (byArea.get(area.id) ?? []).filter(isForEveryone);
    for (const tier of config.needTiers) {
      const atTier = listed.filter((e) => serves(e, tier) && isLocalTo(e, area.id));
      const online = listed.filter((e) => serves(e, tier) && isOnlineFor(e, area.id));
      const known = atTier.filter((e) => e.capacity !== undefined);
      const places = sumPlaces(known);
      const count = demand.get(area.id)?.[tier];
      const demandCount = count === undefined ? null : count;
      let status: NeedStatus = 'ratio';
      let ratio: number | null = null;
      let atMost: number | null = null;
      if (demandCount === null) status = 'no-demand-figure';
      else if (demandCount === 0) ratio = 0;
      else if (atTier.length === 0) status = 'no-provision';
      else if (known.length === 0) status = 'no-capacity-recorded';
      else if (known.length < atTier.length) {
        // Some places are unknown: the places are at least those recorded, so the figure is at most this. Not ranked.
        status = 'at-most';
        atMost = demandCount / places;
      } else ratio = demandCount / places;
      cells.push({
        area: area.id,
        tier,
        demand: demandCount,
        places,
        withCapacity: known.length,
        withoutCapacity: atTier.length - known.length,
        onlineOffers: online.length,
        onlinePlaces: sumPlaces(online),
        ratio,
        atMost,
        status,
      });
    }
  }
  const offers = nationalOffers(provision);
  const national = config.needTiers.map((tier) => {
    const atTier = offers.filter((e) => serves(e, tier));
    const known = atTier.filter((e) => e.capacity !== undefined);
    return {
      tier,
      offers: atTier.length,
      places: known.length === 0 ? null : sumPlaces(known),
      withoutCapacity: atTier.length - known.length,
    };
  });
  const ranked = cells
    .filter((c) => c.ratio !== null)
    .sort((a, b) => (b.ratio ?? 0) - (a.ratio ?? 0) || a.area.localeCompare(b.area) || a.tier - b.tier);
  const unranked = cells.filter(
    (c): c is UnrankedNeedCell =>
      c.status === 'no-provision' || c.status === 'no-capacity-recorded' || c.status === 'at-most',
  );
  return { cells, ranked, unranked, national };
};
