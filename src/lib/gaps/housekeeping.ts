/**
 * Sections 8 and 9: priority groups with no targeted provision, and records
 * that need attention. Pure.
 */

import { isLive, monthsBefore } from '../content/status.ts';
import { provisionWarnings, type RecordWarning } from '../content/warnings.ts';
import type { Provision } from '../schema/schema.ts';
import { PRIORITY_GROUPS, type PriorityGroup } from '../schema/vocabulary.ts';
import { isLocalTo } from './common.ts';
import type { GapConfig } from './config.ts';

export interface PriorityGroupsRow {
  area: string;
  /** Local offers targeting each group. */
  targeted: Record<PriorityGroup, number>;
  /** Groups with no local offer targeting them. */
  missing: PriorityGroup[];
}

export const priorityGroupGaps = (
  byArea: ReadonlyMap<string, Provision[]>,
  areaIds: readonly string[],
): PriorityGroupsRow[] =>
  areaIds.map((area) => {
    const targeted = Object.fromEntries(PRIORITY_GROUPS.map((g) => [g, 0])) as Record<PriorityGroup, number>;
    for (const entry of byArea.get(area) ?? []) {
      if (!isLocalTo(entry, area)) continue;
      for (const group of entry.priorityGroups) targeted[group]++;
    }
    return { area, targeted, missing: PRIORITY_GROUPS.filter((g) => targeted[g] === 0) };
  });

export interface Housekeeping {
  /** Last reviewed more than the configured months before the build date. */
  stale: { entry: string; lastReviewed: string }[];
  closed: string[];
  /** Entries with no Welsh title or no Welsh summary. */
  welshMissing: { entry: string; fields: ('title' | 'summary')[] }[];
  /** What `validate` warns about: start dates passed or out of order, contact details that look like a person's own. */
  checks: RecordWarning[];
}

/** `entries` are those in scope; ended ones are left out (they are history, not provision to fix). */
export const housekeeping = (entries: readonly Provision[], today: string, config: GapConfig): Housekeeping => {
  const cutoff = monthsBefore(today, config.staleAfterMonths);
  const live = entries.filter(isLive);
  return {
    stale: live.filter((e) => e.lastReviewed < cutoff).map((e) => ({ entry: e.id, lastReviewed: e.lastReviewed })),
    closed: live.filter((e) => e.status === 'temporarily-closed').map((e) => e.id),
    welshMissing: live
      .map((e) => ({
        entry: e.id,
        fields: [...(e.title.cy ? [] : ['title' as const]), ...(e.summary.cy ? [] : ['summary' as const])],
      }))
      .filter((row) => row.fields.length > 0),
    checks: live.flatMap((e) => provisionWarnings(e, today)),
  };
};
