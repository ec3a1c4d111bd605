/**
 * Section 10: the summer. For each area and summer tier (config.summerTiers), the local offers
 * open to everyone and how many of them run in each summer month (config.summerMonths). A tier
 * with local provision but none running in a summer month is flagged as empty, and one where at
 * most config.thinAtMost run in a summer month while more run the rest of the year as thin (the
 * coverage section's threshold): the summer drop Estyn describes (000:577). A record that does not say
 * when it runs is taken by its kind (a course in term time, anything else all year): those are
 * counted, so a figure resting on the default says so. Wales-wide offers are not counted: they do
 * not fill a local gap. Pure.
 */
import { ALL_MONTHS, runsIn } from '../content/runs.ts';
import type { Provision } from '../schema/schema.ts';
import type { Tier } from '../schema/vocabulary.ts';
import { isForEveryone, isLocalTo, serves } from './common.ts';
import type { GapConfig } from './config.ts';

export interface SummerCell {
  area: string;
  tier: Tier;
  /** Local offers at this tier, open to everyone, running at some time of year. */
  local: number;
  /** For each summer month: the local offers running then. */
  months: { month: number; running: number }[];
  /** Local offers at this tier that do not say when they run, taken by their kind's default. */
  notStated: number;
  /** Summer months with no local offer running, where the tier has local provision. */
  missingMonths: number[];
  /** Summer months with some, but at most config.thinAtMost, running, where more run the rest of the year. */
  thinMonths: number[];
}

export const summer = (
  byArea: ReadonlyMap<string, Provision[]>,
  areaIds: readonly string[],
  config: GapConfig,
): SummerCell[] =>
  areaIds.flatMap((area) => {
    const local = (byArea.get(area) ?? []).filter((e) => isLocalTo(e, area) && isForEveryone(e));
    return config.summerTiers.map((tier) => {
      const atTier = local.filter((e) => serves(e, tier)).map((e) => runsIn(e));
      // The most that run in any month outside the summer: "more run the rest of the year" is measured against it.
      const restOfYear = Math.max(
        0,
        ...ALL_MONTHS.filter((month) => !config.summerMonths.includes(month)).map(
          (month) => atTier.filter((r) => r.months.includes(month)).length,
        ),
      );
      const months = config.summerMonths.map((month) => ({
        month,
        running: atTier.filter((r) => r.months.includes(month)).length,
      }));
      return {
        area,
        tier,
        local: atTier.length,
        months,
        notStated: atTier.filter((r) => !r.stated).length,
        missingMonths: atTier.length === 0 ? [] : months.filter((m) => m.running === 0).map((m) => m.month),
        thinMonths: months
          .filter((m) => m.running > 0 && m.running <= config.thinAtMost && m.running < restOfYear)
          .map((m) => m.month),
      };
    });
  });

export interface SummerOffers {
  area: string;
  /** Local offers open to everyone, at a summer tier, running in every summer month. */
  running: number;
  /** Of those, how many do not say when they run (taken by their kind's default). */
  notStated: number;
}

/** Local offers open to everyone at any summer tier that run in every summer month, per area: the map's figure. */
export const summerOffers = (
  byArea: ReadonlyMap<string, Provision[]>,
  areaIds: readonly string[],
  config: GapConfig,
): SummerOffers[] =>
  areaIds.map((area) => {
    const running = (byArea.get(area) ?? [])
      .filter((e) => isLocalTo(e, area) && isForEveryone(e) && config.summerTiers.some((tier) => serves(e, tier)))
      .map((e) => runsIn(e))
      .filter((r) => config.summerMonths.every((month) => r.months.includes(month)));
    return { area, running: running.length, notStated: running.filter((r) => !r.stated).length };
  });
