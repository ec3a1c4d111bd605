/**
 * Section 11: demand over time. For each area and need tier (config.needTiers), the young people
 * in each demand period, the local places then and the ratio. Places are the unmet-need
 * section's own figures: for the latest period, from the records now; for an earlier one, as
 * recorded in its file when it was added (`npm run demand:snapshot`), or unknown. A cell is
 * flagged when demand rose in each of the last three periods while places did not rise; where
 * the places at either end are not fully known, the flag says so instead of guessing. Pure.
 */
import type { DemandData } from '../schema/schema.ts';
import type { Tier } from '../schema/vocabulary.ts';
import type { DemandCounts, NeedCell } from './need.ts';

/** One demand period as the analysis reads it. */
export interface DemandPeriod {
  /** YYYY-MM. */
  period: string;
  counts: DemandCounts;
  /** Places recorded with the period, by area and tier; undefined when the file records none. */
  places?: ReadonlyMap<string, ReadonlyMap<Tier, { recorded: number; offersWithout: number }>>;
}

/** A demand file as the analysis reads it: counts by area and tier, and the places it records, if any. */
export const demandPeriodOf = (data: Pick<DemandData, 'period' | 'counts' | 'places'>): DemandPeriod => {
  const counts = new Map(
    data.counts.map((row) => [
      row.area,
      { 1: row.tier1, 2: row.tier2, 3: row.tier3, 4: row.tier4, 5: row.tier5 } as Record<Tier, number>,
    ]),
  );
  if (data.places === undefined) return { period: data.period, counts };
  const places = new Map<string, Map<Tier, { recorded: number; offersWithout: number }>>();
  for (const row of data.places) {
    const byTier = places.get(row.area) ?? new Map();
    byTier.set(row.tier as Tier, { recorded: row.recorded, offersWithout: row.offersWithout });
    places.set(row.area, byTier);
  }
  return { period: data.period, counts, places };
};

export interface TrendPoint {
  period: string;
  /** Young people at the tier in the period's figures, or null when the period has none for the area. */
  demand: number | null;
  /** Local places then, or null when not known. At least this when offersWithout > 0. */
  places: number | null;
  offersWithout: number | null;
  /** demand ÷ places, unrounded, only where every local offer recorded its places; null otherwise. */
  ratio: number | null;
}

export type TrendFlag = 'rising-places-flat' | 'rising-places-unknown';

export interface TrendCell {
  area: string;
  tier: Tier;
  /** Oldest first. */
  points: TrendPoint[];
  flag: TrendFlag | null;
}

/** How many periods the rising-demand flag looks back over. */
export const RISING_PERIODS = 3;

const ratioOf = (demand: number | null, places: number | null, offersWithout: number | null): number | null =>
  demand === null || places === null || offersWithout !== 0 || places === 0 ? null : demand / places;

/** Rising demand in each of the last RISING_PERIODS periods, and whether places rose over them. */
export const risingFlag = (points: readonly TrendPoint[]): TrendFlag | null => {
  const last = points.slice(-RISING_PERIODS);
  if (last.length < RISING_PERIODS) return null;
  const demand = last.map((p) => p.demand);
  if (demand.some((d) => d === null)) return null;
  const rising = demand.every((d, i) => i === 0 || (d as number) > (demand[i - 1] as number));
  if (!rising) return null;
  const first = last[0] as TrendPoint;
  const end = last[last.length - 1] as TrendPoint;
  const known = (p: TrendPoint) => p.places !== null && p.offersWithout === 0;
  if (!known(first) || !known(end)) return 'rising-places-unknown';
  // Places kept with a period are written to three decimals (demand-places.ts): compare both ends at that precision.
  const kept = (places: number) => Math.round(places * 1000);
  return kept(end.places as number) <= kept(first.places as number) ? 'rising-places-flat' : null;
};

/**
 * `periods` in any order; `latest` is the unmet-need section's cells (places from the records now),
 * used for the latest period.
 */
export const trend = (
  periods: readonly DemandPeriod[],
  latest: readonly NeedCell[],
  areaIds: readonly string[],
  tiers: readonly Tier[],
): TrendCell[] => {
  const sorted = [...periods].sort((a, b) => a.period.localeCompare(b.period));
  const newest = sorted.at(-1)?.period;
  const now = new Map(latest.map((cell) => [`${cell.area}:${cell.tier}`, cell]));
  return areaIds.flatMap((area) =>
    tiers.map((tier) => {
      const points = sorted.map((p): TrendPoint => {
        const demand = p.counts.get(area)?.[tier] ?? null;
        const live = p.period === newest ? now.get(`${area}:${tier}`) : undefined;
        const then = live
          ? { recorded: live.places, offersWithout: live.withoutCapacity }
          : p.places?.get(area)?.get(tier);
        // No local offer at all (and none without places): no places, not 0 places that could be divided by.
        const places = then === undefined ? null : then.recorded;
        const offersWithout = then === undefined ? null : then.offersWithout;
        return { period: p.period, demand, places, offersWithout, ratio: ratioOf(demand, places, offersWithout) };
      });
      return { area, tier, points, flag: risingFlag(points) };
    }),
  );
};
