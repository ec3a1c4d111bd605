/**
 * The gap analysis as tables: one model per table, rendered both as HTML on
 * the page and as CSV for download, so the two always have the same rows.
 * This file holds the model and the cell helpers every section's tables use.
 * Pure: the translator and the names come in as arguments.
 */

import { type Formatters, formatters } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Translator } from '../../i18n/translate.ts';
import type { Tier } from '../../schema/vocabulary.ts';
import type { AreaSummary, GapReport } from '../report.ts';

export interface Cell {
  text: string;
  href?: string;
  /** Shown with a word and a pattern, never colour alone. */
  mark?: 'gap' | 'thin' | 'flag';
  /**
   * What the CSV holds when it is not the text: a number as a number ("1234.5", not "1,234.5"), '' for none,
   * or null for a figure that is not known (an empty CSV cell, null in the JSON: unknown is never 0).
   */
  value?: string | number | null;
  /** The language of the text when it is not the page's (an English title on a Welsh page, where no Welsh was written). */
  lang?: string;
}

/** A table as a spreadsheet wants it: one column per figure, numbers as numbers, a header that names the unit. */
export interface CsvTable {
  columns: string[];
  /** null for a figure that is not known: an empty CSV cell, null in the JSON. */
  rows: (string | number | null)[][];
  /**
   * 'long' (the default): one row per area and tier, one column per figure. 'wide': one row per row
   * of the page's table, with more columns than it shows (a count and its rank apart).
   */
  form?: 'long' | 'wide';
}

export interface GapTable {
  id: TableId;
  caption: string;
  columns: string[];
  rows: Cell[][];
  /**
   * For a table whose page cells hold several figures ("4 offers, 1 linked on…"), its CSV in
   * long form: one row per area and tier, one column per figure. Otherwise the CSV is the
   * page's table, each cell's value or text.
   */
  csv?: CsvTable;
}

/** In the order the page shows them. */
export const TABLE_IDS = [
  'gaps-by-kind',
  'map-values',
  'coverage',
  'coverage-other',
  'rolling-start',
  'kinds',
  'support',
  'welsh',
  'welsh-ranking',
  'welsh-national',
  'need',
  'need-unmeasured',
  'need-national',
  'duplication',
  'progression',
  'progression-no-route',
  'progression-broken',
  'reach',
  'reach-outreach',
  'priority-groups',
  'stale',
  'closed',
  'welsh-missing',
  'record-checks',
  'summer',
  'trend-rising',
  'trend',
  'quality',
  'fix-first',
] as const;
export type TableId = (typeof TABLE_IDS)[number];

export interface TableContext {
  t: Translator;
  lang: Locale;
  areaName: (id: string) => string;
  /** An entry's title in the page language and its detail page; `lang` when the title is in another language (Welsh not written). */
  entry: (id: string) => { title: string; href: string; lang?: string };
  /** A town's name in the page language (Welsh from the gazetteer, where it has one). */
  townName?: (town: string) => string;
  /** A record's page in the editor (/admin/). */
  editor?: (id: string) => string;
}

/** What every table builder is given: the scoped report, the page's context, its summaries and the cell helpers. */
export interface TableInput {
  report: GapReport;
  ctx: TableContext;
  summaries: ReadonlyMap<string, AreaSummary>;
  cells: CellHelpers;
}

export type TableBuilder = (input: TableInput) => Omit<GapTable, 'id'>;

export interface CellHelpers {
  f: Formatters;
  text: (value: string | number) => Cell;
  /** A figure rounded for display only (places to one decimal, ratios to two): a dash on the page, and null in the data, when unknown. */
  figure: (value: number | null, digits?: number) => Cell;
  area: (id: string) => Cell;
  offer: (id: string) => Cell;
  /** A share: "35%" on the page, 34.9 (a percentage) in the CSV; a dash and an empty cell for none. */
  share: (share: number | null) => Cell;
  /** A tier: "Tier 2" on the page, 2 in the CSV. */
  tier: (tier: Tier) => Cell;
  /** A count with a word: "0 · gap". */
  marked: (count: number, mark: NonNullable<Cell['mark']>, word: string) => Cell;
  /** A list of words, flagged; a dash when empty. */
  flaggedList: (words: readonly string[]) => Cell;
  /** Tiers, flagged: "1, 2 and 3" on the page, "1;2;3" in the CSV (one machine-readable list); a dash and '' when none. */
  tierList: (tiers: readonly Tier[]) => Cell;
  tierHeads: (tiers: readonly Tier[]) => string[];
  /** An areas × tiers matrix: one row per area in scope, its name first, then one rendered cell per tier. */
  matrix: <T extends { area: string }>(cells: readonly T[], render: (cell: T) => Cell) => Cell[][];
  /** The rows of one area. */
  inArea: <T extends { area: string }>(rows: readonly T[], id: string) => T[];
  /** A matrix's CSV in long form: one row per area and tier in scope, then one column per figure. */
  longCsv: <T extends { area: string; tier: Tier }>(
    cells: readonly T[],
    figures: readonly { column: string; value: (cell: T) => string | number | null }[],
  ) => CsvTable;
}

export const cellHelpers = (report: GapReport, ctx: TableContext): CellHelpers => {
  const f = formatters(ctx.lang);
  const text = (value: string | number): Cell =>
    typeof value === 'number' ? { text: f.number(value), value } : { text: value };
  const area = (id: string): Cell => ({ text: ctx.areaName(id) });
  const inArea = <T extends { area: string }>(rows: readonly T[], id: string) => rows.filter((row) => row.area === id);
  const figure = (value: number | null, digits = 1): Cell => {
    if (value === null) return { text: '–', value: null };
    const shown = Math.round(value * 10 ** digits) / 10 ** digits;
    return { text: f.number(shown), value: shown };
  };
  return {
    f,
    text,
    figure,
    area,
    offer: (id) => {
      const { title, href, lang } = ctx.entry(id);
      return lang ? { text: title, href, lang } : { text: title, href };
    },
    share: (share) => ({ text: share === null ? '–' : f.percent(share), value: percentValue(share) }),
    tier: (tier) => ({ text: ctx.t('tierWord', { tier }), value: tier }),
    marked: (count, mark, word) => ({ text: `${f.number(count)} · ${word}`, mark, value: count }),
    flaggedList: (words) => (words.length > 0 ? { text: f.list(words, { phrases: true }), mark: 'flag' } : text('–')),
    tierList: (tiers) =>
      tiers.length > 0 ? { text: f.list(tiers), mark: 'flag', value: tiers.join(';') } : { text: '–', value: '' },
    tierHeads: (tiers) => tiers.map((tier) => ctx.t('tierWord', { tier })),
    matrix: (cells, render) => report.areas.map(({ id }) => [area(id), ...inArea(cells, id).map(render)]),
    inArea,
    longCsv: (cells, figures) => ({
      columns: [ctx.t('gaps.col.area'), ctx.t('gaps.col.tier'), ...figures.map((figure) => figure.column)],
      rows: report.areas.flatMap(({ id }) =>
        inArea(cells, id).map((cell) => [ctx.areaName(id), cell.tier, ...figures.map((figure) => figure.value(cell))]),
      ),
    }),
  };
};

/** A share (0–1) as the percentage a CSV holds, to one decimal place, or '' for none. */
export const percentValue = (share: number | null): number | '' =>
  share === null ? '' : Math.round(share * 1000) / 10;

/** How many rows the table's CSV has, header left out, without writing it. */
export const csvRowCount = (table: GapTable): number => (table.csv ? table.csv.rows : table.rows).length;

/** The table as the page shows it: a header, then one row per table row, cell text only. */
export const tableRows = (table: GapTable): string[][] => [
  table.columns,
  ...table.rows.map((row) => row.map((cell) => cell.text)),
];

/** The table as data: the long form when it has one, else each cell's value (a number stays a number) or text. Header first. */
export const dataRows = (table: GapTable): (string | number | null)[][] =>
  table.csv
    ? [table.csv.columns, ...table.csv.rows]
    : [
        table.columns,
        ...table.rows.map((row) => row.map((cell) => (cell.value === undefined ? cell.text : cell.value))),
      ];

/** The table as its CSV download: dataRows as text, an unknown figure as an empty cell. */
export const csvRows = (table: GapTable): string[][] =>
  dataRows(table).map((row) => row.map((value) => (value === null ? '' : String(value))));
