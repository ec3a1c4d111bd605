/**
 * When in the year an offer runs, as months, with the stated default for a record that does not
 * say: a course follows the academic year (term time), anything else runs all year. Term time is
 * September to June, the summer July and August. Pure.
 */
import type { Provision } from '../schema/schema.ts';
import type { Runs } from '../schema/vocabulary.ts';

export const ALL_MONTHS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
export const TERM_MONTHS: readonly number[] = [1, 2, 3, 4, 5, 6, 9, 10, 11, 12];
export const SUMMER_MONTHS: readonly number[] = [7, 8];

/** The kind's default, for a record that does not say when it runs. */
export const defaultRuns = (kind: Provision['kind']): Exclude<Runs, 'months'> =>
  kind === 'course' ? 'term-time' : 'all-year';

export interface RunsIn {
  runs: Runs;
  /** The months it runs, 1–12, in order. */
  months: readonly number[];
  /** False when the record does not say, and the kind's default is used. */
  stated: boolean;
}

export const runsIn = (entry: Pick<Provision, 'kind' | 'runs' | 'runMonths'>): RunsIn => {
  const runs = entry.runs ?? defaultRuns(entry.kind);
  const months =
    runs === 'all-year'
      ? ALL_MONTHS
      : runs === 'term-time'
        ? TERM_MONTHS
        : runs === 'summer-only'
          ? SUMMER_MONTHS
          : [...new Set(entry.runMonths ?? [])].sort((a, b) => a - b);
  return { runs, months, stated: entry.runs !== undefined };
};

/** Whether it runs in a month (1–12). */
export const runsInMonth = (entry: Pick<Provision, 'kind' | 'runs' | 'runMonths'>, month: number): boolean =>
  runsIn(entry).months.includes(month);
