/**
 * Section 12: an EPC's to-do list. For each area, the share of its running offers (local and
 * online, listed for it) whose records are complete in six ways; then every offer with something
 * to fix, ordered by how many young people's figures it holds back. Pure.
 *
 * How much an offer holds back:
 * - no places recorded, at a need tier whose ratio cannot be measured without them: that tier's
 *   young people, shared among the offers there that record none;
 * - no start still to come: its share of the young people at each need tier it serves locally;
 * - both: the larger of the two at each tier, never both.
 * Other fixes (review, Welsh text, when it runs) hold back no figure: they are listed after.
 */
import { isActive, monthsBefore } from '../content/status.ts';
import type { Provision } from '../schema/schema.ts';
import type { Kind, Tier } from '../schema/vocabulary.ts';
import { isForEveryone, isLocalTo, serves } from './common.ts';
import type { GapConfig } from './config.ts';
import type { NeedCell } from './need.ts';

export const QUALITY_CHECKS = ['reviewed', 'places', 'welsh', 'where', 'startAhead', 'runsStated'] as const;
export type QualityCheck = (typeof QUALITY_CHECKS)[number];

export interface QualityRow {
  /** The area, or '' for the Wales-wide offers. */
  area: string;
  offers: number;
  /** The share (0–1) of the offers that pass each check; null with no offers. */
  shares: Record<QualityCheck, number | null>;
}

export const FIXES = ['no-places', 'no-start-ahead', 'stale', 'no-welsh', 'runs-not-stated'] as const;
export type Fix = (typeof FIXES)[number];

export interface FixItem {
  entry: string;
  kind: Kind;
  /** The area it is listed for ('' for a Wales-wide offer); an offer in two areas is listed under each. */
  area: string;
  fixes: Fix[];
  /** Young people whose figures it holds back (see the file's comment), unrounded. */
  heldBack: number;
}

/** Whether a young person could still start it: September, any time, or a start date on or after today. */
export const canStillStart = (entry: Provision, today: string): boolean =>
  typeof entry.starts === 'string' || entry.starts.dates.some((date) => date >= today);

const passes = (entry: Provision, check: QualityCheck, today: string, staleBefore: string): boolean => {
  switch (check) {
    case 'reviewed':
      return entry.lastReviewed >= staleBefore;
    case 'places':
      return entry.capacity !== undefined;
    case 'welsh':
      return Boolean(entry.title.cy?.trim()) && Boolean(entry.summary.cy?.trim());
    case 'where':
      return entry.delivery === 'online' || entry.delivery === 'outreach' || entry.venues.length > 0;
    case 'startAhead':
      return canStillStart(entry, today);
    case 'runsStated':
      return entry.runs !== undefined;
  }
};

const FIX_OF: Record<Exclude<QualityCheck, 'where'>, Fix> = {
  places: 'no-places',
  startAhead: 'no-start-ahead',
  reviewed: 'stale',
  welsh: 'no-welsh',
  runsStated: 'runs-not-stated',
};

export const dataQuality = (
  provision: readonly Provision[],
  byArea: ReadonlyMap<string, Provision[]>,
  areaIds: readonly string[],
  need: readonly NeedCell[],
  today: string,
  config: GapConfig,
): { rows: QualityRow[]; fixFirst: FixItem[] } => {
  const staleBefore = monthsBefore(today, config.staleAfterMonths);
  const cellOf = new Map(need.map((cell) => [`${cell.area}:${cell.tier}`, cell]));
  const rowOf = (area: string, offers: readonly Provision[]): QualityRow => ({
    area,
    offers: offers.length,
    shares: Object.fromEntries(
      QUALITY_CHECKS.map((check) => [
        check,
        offers.length === 0 ? null : offers.filter((e) => passes(e, check, today, staleBefore)).length / offers.length,
      ]),
    ) as Record<QualityCheck, number | null>,
  });
  const heldBack = (entry: Provision, area: string, fixes: readonly Fix[]): number => {
    if (area === '' || !isLocalTo(entry, area) || !isForEveryone(entry)) return 0;
    let total = 0;
    for (const tier of config.needTiers) {
      if (!serves(entry, tier as Tier)) continue;
      const cell = cellOf.get(`${area}:${tier}`);
      if (!cell?.demand) continue;
      // The larger of the two, so that the same young people are never counted twice for one tier.
      const blocked =
        fixes.includes('no-places') && (cell.status === 'at-most' || cell.status === 'no-capacity-recorded')
          ? cell.demand / Math.max(1, cell.withoutCapacity)
          : 0;
      const cannotStart = fixes.includes('no-start-ahead')
        ? cell.demand / Math.max(1, cell.withCapacity + cell.withoutCapacity)
        : 0;
      total += Math.max(blocked, cannotStart);
    }
    return total;
  };
  const itemsOf = (area: string, offers: readonly Provision[]): FixItem[] =>
    offers.flatMap((entry) => {
      const fixes = (Object.keys(FIX_OF) as (keyof typeof FIX_OF)[])
        .filter((check) => !passes(entry, check, today, staleBefore))
        .map((check) => FIX_OF[check])
        .sort((a, b) => FIXES.indexOf(a) - FIXES.indexOf(b));
      return fixes.length === 0
        ? []
        : [{ entry: entry.id, kind: entry.kind, area, fixes, heldBack: heldBack(entry, area, fixes) }];
    });
  const national = provision.filter((e) => isActive(e) && e.walesWide);
  const rows = [...areaIds.map((area) => rowOf(area, byArea.get(area) ?? [])), rowOf('', national)];
  const fixFirst = [...areaIds.flatMap((area) => itemsOf(area, byArea.get(area) ?? [])), ...itemsOf('', national)].sort(
    (a, b) =>
      b.heldBack - a.heldBack ||
      b.fixes.length - a.fixes.length ||
      a.entry.localeCompare(b.entry) ||
      a.area.localeCompare(b.area),
  );
  return { rows, fixFirst };
};
