/**
 * Every threshold the gap analysis uses, in one place. Change them here (or
 * pass another config to analyseGaps) and the page states the new values.
 */
import type { Tier } from '../schema/vocabulary.ts';

export interface GapConfig {
  /** A tier in an area with at most this many local offers is "thin" (and with none, a gap). */
  thinAtMost: number;
  /**
   * Tiers whose work is a national service's job (finding young people whose status is unknown
   * is Careers Wales's): where a Wales-wide offer serves the tier, it is marked covered
   * nationally in every area, never gap or thin.
   */
  nationalTiers: Tier[];
  /** Unmet need: the tiers compared with capacity. Tier 5 young people are already in education, employment or training. */
  needTiers: Tier[];
  /** Tiers where a young person should be able to start at any time: a tier where every local offer has fixed start dates is flagged. */
  rollingStartTiers: Tier[];
  /** Reach: the straight-line distance a young person can be expected to travel, in km. */
  reachKm: number;
  /** Reach: the tiers checked for an in-person offer within reachKm of each town. */
  reachTiers: Tier[];
  /** Summer: the tiers checked for local offers running in the summer months. */
  summerTiers: Tier[];
  /** Summer: the months checked (7 is July), when provision is thin and young people drift (000:577). */
  summerMonths: number[];
  /** Housekeeping: a record is stale when last reviewed more than this many months before the build. */
  staleAfterMonths: number;
  duplication: {
    /** Pairs scoring at least this (0–1) are grouped. */
    minScore: number;
    /** Whether two offers from the same provider can duplicate each other (usually one offer at several sites). */
    sameProvider: boolean;
  };
}

export const DEFAULT_GAP_CONFIG: GapConfig = {
  thinAtMost: 1,
  nationalTiers: [1],
  needTiers: [1, 2, 3, 4],
  rollingStartTiers: [2, 3],
  reachKm: 15,
  reachTiers: [2, 3],
  summerTiers: [2, 3],
  summerMonths: [7, 8],
  staleAfterMonths: 12,
  duplication: { minScore: 0.6, sameProvider: false },
};
