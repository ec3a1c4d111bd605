/**
 * The whole gap analysis: every section for every area, computed once per
 * build, then cut to a scope (all of Wales, a region or one area) for each
 * page. Pure and deterministic: the same input gives the same report.
 */
import type { Provision } from '../schema/schema.ts';
import type { JgwStrand, Region, Tier } from '../schema/vocabulary.ts';
import { entriesByArea, type GapArea } from './common.ts';
import { DEFAULT_GAP_CONFIG, type GapConfig } from './config.ts';
import {
  type CoverageCell,
  coverage,
  type KindsRow,
  kindsAndStrands,
  type WelshCell,
  type WelshNational,
  type WelshRank,
  welshLanguage,
} from './coverage.ts';
import { type DuplicationGroup, duplication } from './duplication.ts';
import { type Housekeeping, housekeeping, type PriorityGroupsRow, priorityGroupGaps } from './housekeeping.ts';
import { type DemandCounts, type NationalNeedRow, type NeedCell, type UnrankedNeedCell, unmetNeed } from './need.ts';
import { type BrokenProgression, type ProgressionCell, progression } from './progression.ts';
import { dataQuality, type FixItem, type QualityRow } from './quality.ts';
import { type OutreachOnly, type ReachGap, reach, type Town } from './reach.ts';
import { type SummerCell, type SummerOffers, summer, summerOffers } from './summer.ts';
import { type DemandPeriod, type TrendCell, trend } from './trend.ts';

export interface GapInput {
  provision: readonly Provision[];
  areas: readonly GapArea[];
  demand: DemandCounts;
  towns: readonly Town[];
  /** Every demand period, for the trend (the latest one's counts are `demand`). */
  history?: readonly DemandPeriod[];
  /** The build date, YYYY-MM-DD: "stale" is measured from it. */
  today: string;
  config?: GapConfig;
}

export interface GapReport {
  config: GapConfig;
  today: string;
  areas: GapArea[];
  coverage: CoverageCell[];
  kinds: KindsRow[];
  welsh: { cells: WelshCell[]; ranking: WelshRank[]; national: WelshNational[] };
  need: { cells: NeedCell[]; ranked: NeedCell[]; unranked: UnrankedNeedCell[]; national: NationalNeedRow[] };
  duplication: DuplicationGroup[];
  progression: { cells: ProgressionCell[]; broken: BrokenProgression[] };
  reach: ReachGap[];
  /** Town-and-tier cells within reach only through outreach listed for the town's area. */
  outreachOnly: OutreachOnly[];
  summer: { cells: SummerCell[]; offers: SummerOffers[] };
  trend: TrendCell[];
  quality: { rows: QualityRow[]; fixFirst: FixItem[] };
  priorityGroups: PriorityGroupsRow[];
  housekeeping: Housekeeping;
}

export type Scope = { type: 'wales' } | { type: 'region'; region: Region } | { type: 'area'; area: string };

export const analyseGaps = (input: GapInput): GapReport => {
  const config = input.config ?? DEFAULT_GAP_CONFIG;
  const byArea = entriesByArea(input.provision);
  const ids = input.areas.map((area) => area.id);
  const reached = reach(input.provision, input.towns, config);
  const need = unmetNeed(input.provision, byArea, input.areas, input.demand, config);
  return {
    config,
    today: input.today,
    areas: [...input.areas],
    coverage: coverage(input.provision, byArea, input.areas, config),
    kinds: kindsAndStrands(byArea, input.areas),
    welsh: welshLanguage(input.provision, byArea, input.areas, config),
    need,
    duplication: duplication(byArea, ids, config),
    progression: progression(input.provision, byArea, ids),
    reach: reached.gaps,
    outreachOnly: reached.outreachOnly,
    summer: { cells: summer(byArea, ids, config), offers: summerOffers(byArea, ids, config) },
    trend: trend(input.history ?? [], need.cells, ids, config.needTiers),
    quality: dataQuality(input.provision, byArea, ids, need.cells, input.today, config),
    priorityGroups: priorityGroupGaps(byArea, ids),
    housekeeping: housekeeping(input.provision, input.today, config),
  };
};

export const areasInScope = (areas: readonly GapArea[], scope: Scope): GapArea[] =>
  areas.filter(
    (area) =>
      scope.type === 'wales' || (scope.type === 'region' ? area.region === scope.region : area.id === scope.area),
  );

/**
 * The report cut to a scope: rows for the areas in it, in the same order.
 * Housekeeping keeps entries listed for an area in scope (and, for all of
 * Wales, the Wales-wide ones).
 */
export const scopeReport = (report: GapReport, provision: readonly Provision[], scope: Scope): GapReport => {
  const areas = areasInScope(report.areas, scope);
  const inScope = new Set(areas.map((area) => area.id));
  const keep = <T extends { area: string }>(rows: readonly T[]) => rows.filter((row) => inScope.has(row.area));
  const entries = new Set(
    provision
      .filter((e) => (scope.type === 'wales' && e.walesWide) || e.areas.some((a) => inScope.has(a)))
      .map((e) => e.id),
  );
  const house = report.housekeeping;
  return {
    ...report,
    areas,
    coverage: keep(report.coverage),
    kinds: keep(report.kinds),
    welsh: { cells: keep(report.welsh.cells), ranking: keep(report.welsh.ranking), national: report.welsh.national },
    need: {
      cells: keep(report.need.cells),
      ranked: keep(report.need.ranked),
      unranked: keep(report.need.unranked),
      national: report.need.national,
    },
    duplication: keep(report.duplication),
    progression: {
      cells: keep(report.progression.cells),
      // Wales-wide offers (area '') are open in every area, so every page lists them, as the rule says.
      broken: report.progression.broken.filter((row) => inScope.has(row.area) || row.area === ''),
    },
    reach: report.reach.filter((gap) => inScope.has(gap.town.area)),
    outreachOnly: report.outreachOnly.filter((row) => inScope.has(row.town.area)),
    summer: { cells: keep(report.summer.cells), offers: keep(report.summer.offers) },
    trend: keep(report.trend),
    // The Wales-wide row of data quality is on every page, beside the areas; their fixes on the page for all of Wales.
    quality: {
      rows: report.quality.rows.filter((row) => inScope.has(row.area) || row.area === ''),
      fixFirst: report.quality.fixFirst.filter(
        (item) => inScope.has(item.area) || (scope.type === 'wales' && item.area === ''),
      ),
    },
    priorityGroups: keep(report.priorityGroups),
    housekeeping: {
      stale: house.stale.filter((row) => entries.has(row.entry)),
      closed: house.closed.filter((id) => entries.has(id)),
      welshMissing: house.welshMissing.filter((row) => entries.has(row.entry)),
      checks: house.checks.filter((row) => entries.has(row.entry)),
    },
  };
};

export interface AreaSummary {
  area: string;
  missingStrands: JgwStrand[];
  /** Tiers with no local provision. */
  gapTiers: Tier[];
  thinTiers: Tier[];
  duplicationGroups: number;
  /** Tiers whose local provision is all English-medium. */
  englishOnlyTiers: Tier[];
  /** Tiers with provision but no route to the next tier. */
  noRouteOnwardTiers: Tier[];
  /** Tiers where every local offer has fixed start dates. */
  noRollingStartTiers: Tier[];
  /** Summer tiers with local provision but none, or only a thin few, running in a summer month. */
  summerGapTiers: Tier[];
  /** The highest demand ÷ capacity ratio among the tiers where every local offer records its places, or null. */
  worstNeed: { tier: Tier; ratio: number } | null;
  /** Tiers with demand and local offers whose need cannot be ranked, since not every offer records its places. */
  needNotRanked: Tier[];
  missingGroups: number;
  townsBeyondReach: number;
}

/** The parts of an area's gap count, in the order the page names them. */
export const GAP_PARTS = [
  'gapTiers',
  'missingStrands',
  'englishOnlyTiers',
  'noRouteOnwardTiers',
  'noRollingStartTiers',
  'summerGapTiers',
  'townsBeyondReach',
] as const;
export type GapPart = (typeof GAP_PARTS)[number];

/** How many gaps of one kind an area has. Kinds are never added together: a town out of reach and an English-only tier are unlike things. */
export const partCount = (summary: AreaSummary, part: GapPart): number => {
  const value = summary[part];
  return typeof value === 'number' ? value : value.length;
};

/** The kinds of gap an area has (those that are not zero), in the page's order. */
export const gapParts = (summary: AreaSummary): { part: GapPart; count: number }[] =>
  GAP_PARTS.map((part) => ({ part, count: partCount(summary, part) })).filter((row) => row.count > 0);

/**
 * Each area's rank within each kind of gap, among the summaries given (the page's scope): 1 has
 * the most; areas with the same count share a rank (1, 1, 3). An area with none of a kind has no rank.
 */
export const rankWithinKinds = (summaries: readonly AreaSummary[]): Map<string, Record<GapPart, number | null>> => {
  const out = new Map<string, Record<GapPart, number | null>>(
    summaries.map((s) => [
      s.area,
      Object.fromEntries(GAP_PARTS.map((p) => [p, null])) as Record<GapPart, number | null>,
    ]),
  );
  for (const part of GAP_PARTS) {
    const counts = summaries.map((s) => partCount(s, part));
    for (const s of summaries) {
      const count = partCount(s, part);
      const row = out.get(s.area);
      if (row && count > 0) row[part] = 1 + counts.filter((c) => c > count).length;
    }
  }
  return out;
};

/** The plain-words summary's figures, one row per area in the (scoped) report. */
export const summarise = (report: GapReport): AreaSummary[] =>
  report.areas.map((area) => {
    const cells = report.coverage.filter((c) => c.area === area.id);
    const worst = report.need.ranked.find((c) => c.area === area.id);
    const missingStrands = report.kinds.find((k) => k.area === area.id)?.missing.strands ?? [];
    const row = {
      area: area.id,
      gapTiers: cells.filter((c) => c.mark === 'gap').map((c) => c.tier),
      thinTiers: cells.filter((c) => c.mark === 'thin').map((c) => c.tier),
      noRollingStartTiers: cells.filter((c) => c.noRollingStart).map((c) => c.tier),
      summerGapTiers: report.summer.cells
        .filter((c) => c.area === area.id && c.missingMonths.length + c.thinMonths.length > 0)
        .map((c) => c.tier),
      missingStrands,
      duplicationGroups: report.duplication.filter((g) => g.area === area.id).length,
      englishOnlyTiers: report.welsh.cells.filter((c) => c.area === area.id && c.englishOnly).map((c) => c.tier),
      noRouteOnwardTiers: report.progression.cells
        .filter((c) => c.area === area.id && c.noRouteOnward)
        .map((c) => c.tier),
      worstNeed: worst && worst.ratio !== null ? { tier: worst.tier, ratio: worst.ratio } : null,
      needNotRanked: report.need.unranked
        .filter((c) => c.area === area.id && c.status !== 'no-provision')
        .map((c) => c.tier),
      missingGroups: report.priorityGroups.find((g) => g.area === area.id)?.missing.length ?? 0,
      townsBeyondReach: report.reach.filter((gap) => gap.town.area === area.id).length,
    };
    return row;
  });
