/**
 * Every table of the gap analysis, by id: one builder per table, in a file per
 * section. A new table is a builder in its section's file and one line here;
 * the type check fails until every id in TABLE_IDS has a builder.
 */
import { type AreaSummary, type GapReport, summarise } from '../report.ts';
import { coverage, coverageOther, rollingStart } from './coverage-table.ts';
import { duplication } from './duplication-table.ts';
import { closed, priorityGroups, recordChecks, stale, welshMissing } from './housekeeping-table.ts';
import { kinds, support } from './kinds-table.ts';
import { cellHelpers, type GapTable, TABLE_IDS, type TableBuilder, type TableContext, type TableId } from './model.ts';
import { need, needNational, needUnmeasured } from './need-table.ts';
import { gapsByKind, mapValues } from './overview-table.ts';
import { progression, progressionBroken, progressionNoRoute } from './progression-table.ts';
import { fixFirst, quality } from './quality-table.ts';
import { reach, reachOutreach } from './reach-table.ts';
import { summer } from './summer-table.ts';
import { trend, trendRising } from './trend-table.ts';
import { welsh, welshNational, welshRanking } from './welsh-table.ts';

export {
  type Cell,
  type CsvTable,
  csvRowCount,
  csvRows,
  dataRows,
  type GapTable,
  TABLE_IDS,
  type TableContext,
  type TableId,
  tableRows,
} from './model.ts';

export const TABLE_BUILDERS = {
  'gaps-by-kind': gapsByKind,
  'map-values': mapValues,
  coverage,
  'coverage-other': coverageOther,
  'rolling-start': rollingStart,
  kinds,
  support,
  welsh,
  'welsh-ranking': welshRanking,
  'welsh-national': welshNational,
  need,
  'need-unmeasured': needUnmeasured,
  'need-national': needNational,
  duplication,
  progression,
  'progression-no-route': progressionNoRoute,
  'progression-broken': progressionBroken,
  reach,
  'reach-outreach': reachOutreach,
  summer,
  'trend-rising': trendRising,
  trend,
  quality,
  'fix-first': fixFirst,
  'priority-groups': priorityGroups,
  stale,
  closed,
  'welsh-missing': welshMissing,
  'record-checks': recordChecks,
} as const satisfies Record<TableId, TableBuilder>;

/** `summaryRows` is summarise(report), when the caller already has it. */
export const buildTables = (
  report: GapReport,
  ctx: TableContext,
  summaryRows: readonly AreaSummary[] = summarise(report),
): Record<TableId, GapTable> => {
  const input = {
    report,
    ctx,
    summaries: new Map(summaryRows.map((row) => [row.area, row])),
    cells: cellHelpers(report, ctx),
  };
  return Object.fromEntries(TABLE_IDS.map((id) => [id, { id, ...TABLE_BUILDERS[id](input) }])) as Record<
    TableId,
    GapTable
  >;
};
