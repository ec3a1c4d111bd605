/** Section 4 of the gap analysis: unmet need, young people per local place at each tier. Pure. */
import { isActive } from '../content/status.ts';
import type { Provision } from '../schema/schema.ts';
import type { Tier } from '../schema/vocabulary.ts';
import { type GapArea, isLocalTo, isOnlineFor, round, serves } from './common.ts';
import type { GapConfig } from './config.ts';

export type NeedStatus = 'ratio' | 'no-demand-figure' | 'no-provision' | 'no-capacity-recorded';
/** A cell left out of the ranking although the area has demand figures: nothing local, or no places recorded. */
export type UnrankedNeedCell = NeedCell & { status: 'no-provision' | 'no-capacity-recorded' };

export interface NeedCell {
  area: string;
  tier: Tier;
  /** Young people at this tier in the demand figures, or null when the area has none. */
  demand: number | null;
  /** Local places at this tier: each local offer's recorded places shared equally among the areas and tiers it serves (placesShare). */
  places: number;
  /** Local offers at this tier that record their places, and those that do not: counted and reported, never taken as 0 or unlimited. */
  withCapacity: number;
  withoutCapacity: number;
  /** Online offers listed for the area at this tier, and their shared places: their own line, never in the ratio (coverage leaves them out too). */
  onlineOffers: number;
  onlinePlaces: number;
  /** demand ÷ places; null when it cannot be worked out (see status). */
  ratio: number | null;
  status: NeedStatus;
}

/** The national line: Wales-wide offers at a tier, and their places shared among the tiers each serves. Added to no area. */
export interface NationalNeedRow {
  tier: Tier;
  offers: number;
  places: number;
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

const sumPlaces = (entries: readonly Provision[]): number =>
  round(
    entries.reduce((sum, e) => sum + placesShare(e), 0),
    1,
  );

export const unmetNeed = (
  provision: readonly Provision[],
  byArea: ReadonlyMap<string, Provision[]>,
  areas: readonly GapArea[],
  demand: DemandCounts,
  config: GapConfig,
): { cells: NeedCell[]; ranked: NeedCell[]; unranked: UnrankedNeedCell[]; national: NationalNeedRow[] } => {
  const cells: NeedCell[] = [];
  for (const area of areas) {
    const listed = byArea.get(area.id) ?? [];
    for (const tier of config.needTiers) {
      const atTier = listed.filter((e) => serves(e, tier) && isLocalTo(e, area.id));
      const online = listed.filter((e) => serves(e, tier) && isOnlineFor(e, area.id));
      const known = atTier.filter((e) => e.capacity !== undefined);
      const places = sumPlaces(known);
      const count = demand.get(area.id)?.[tier];
      const demandCount = count === undefined ? null : count;
      let status: NeedStatus = 'ratio';
      let ratio: number | null = null;
      if (demandCount === null) status = 'no-demand-figure';
      else if (demandCount === 0) ratio = 0;
      else if (atTier.length === 0) status = 'no-provision';
      else if (places === 0) status = 'no-capacity-recorded';
      else ratio = round(demandCount / places);
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
        status,
      });
    }
  }
  const nationalOffers = provision.filter((e) => isActive(e) && e.walesWide);
  const national = config.needTiers.map((tier) => {
    const atTier = nationalOffers.filter((e) => serves(e, tier));
    return {
      tier,
      offers: atTier.length,
      places: sumPlaces(atTier),
      withoutCapacity: atTier.filter((e) => e.capacity === undefined).length,
    };
  });
  const ranked = cells
    .filter((c) => c.ratio !== null)
    .sort((a, b) => (b.ratio ?? 0) - (a.ratio ?? 0) || a.area.localeCompare(b.area) || a.tier - b.tier);
  const unranked = cells.filter(
    (c): c is UnrankedNeedCell => c.status === 'no-provision' || c.status === 'no-capacity-recorded',
  );
  return { cells, ranked, unranked, national };
};
