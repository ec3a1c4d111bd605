/**
 * Importing provision from a spreadsheet: one CSV row per offer (more rows
 * with the same id add venues), mapped to the same records as the YAML files,
 * then validated with the same schema and cross-record rules. Every problem
 * names the CSV file, the row, the column, what was expected and what was
 * found. Pure: the script in tools/import-csv.ts reads and writes files.
 */
import Papa from 'papaparse';
import { ID, ID_MAX } from '../content/ids.ts';
import type { ContentIssue, RawRecord } from '../content/validate.ts';
import { restoreFormula } from '../csv.ts';
import { quoted } from '../schema/text-checks.ts';
import { KIND_FOLDERS, type Kind } from '../schema/vocabulary.ts';
import { convert } from './cells.ts';
import { BY_COLUMN, IMPORT_COLUMNS, VENUE_COLUMNS } from './columns.ts';
import { csvErrorText, headerDelimiter, headerProblems, repeatedHeaders, withoutBlankColumns } from './header.ts';
import { SCOPE_COLUMN, type SheetScope, scopeReader } from './scope.ts';

export interface ImportIssue {
  file: string;
  /** Spreadsheet row number, counting the header as row 1. */
  row: number;
  column: string;
  message: string;
}

export const formatImportIssue = (issue: ImportIssue): string =>
  `${issue.file}: row ${issue.row}: ${issue.column}: ${issue.message}`;

export interface ImportedRecord extends RawRecord {
  /** The spreadsheet rows this record came from (the first, then any extra venue rows). */
  rows: number[];
}

export const setPath = (target: Record<string, unknown>, path: string, value: unknown) => {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts.at(-1) as string] = value;
};

/**
 * Turns a CSV into provision records, one per id, placed at
 * `<contentDir>/provision/<kind folder>/<id>.yaml`. Problems in the CSV itself
 * (unknown columns, unreadable cells, conflicting rows) are returned as
 * issues; the records still need validateRecords for the schema and links.
 */
export const parseProvisionCsv = (
  csv: string,
  file: string,
  contentDir = 'content',
): { records: ImportedRecord[]; issues: ImportIssue[]; scope: SheetScope | null; columns?: string[] } => {
  const issues: ImportIssue[] = [];
  // Letters in one form (ŵ as one character, not w and a separate circumflex), as every record holds them. A first line
  // sep=, is Excel's note of the separator: it is used, and is not a header.
  const text = csv
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/^sep=[,;\t]\r?\n/i, '');
  if (text.trim() === '')
    return {
      records: [],
      issues: [
        { file, row: 1, column: '(csv)', message: 'the file is empty: it needs a header row and a row per offer' },
      ],
      scope: null,
    };
  const delimiter = headerDelimiter(text);
  const sheet = withoutBlankColumns(text, delimiter);
  for (const { name, positions } of repeatedHeaders(sheet, delimiter)) {
    issues.push(
      name === ''
        ? {
            file,
            row: 1,
            column: '(no header)',
            message: `columns ${positions.join(', ')} have no header but hold values; give each its name from docs/import.md, or delete them`,
          }
        : {
            file,
            row: 1,
            column: name,
            message: `appears ${positions.length} times (columns ${positions.join(', ')}); keep one`,
          },
    );
  }
  if (issues.length > 0) return { records: [], issues, scope: null };
  const parsed = Papa.parse<Record<string, string>>(sheet, {
    header: true,
    delimiter,
    skipEmptyLines: 'greedy',
    // Title_EN is title_en: a spreadsheet user may well capitalise a header.
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  // One message a cause: a quotation mark never closed swallows the rest of the file, so it is the only one said (at the
  // line where it opens); otherwise the first problem of each row.
  const unclosed = parsed.errors.find((error) => error.code === 'MissingQuotes');
  const errors = unclosed
    ? [unclosed]
    : parsed.errors.filter((error, i, all) => all.findIndex((other) => other.row === error.row) === i);
  for (const error of errors) {
    const row =
      error === unclosed && typeof error.index === 'number'
        ? sheet.slice(0, error.index).split('\n').length
        : (error.row ?? 0) + 2;
    issues.push({ file, row, column: '(csv)', message: csvErrorText(error) });
  }
  const headers = parsed.meta.fields ?? [];
  for (const problem of headerProblems(headers, (header) => BY_COLUMN.has(header) || header === SCOPE_COLUMN, [
    'id',
    'kind',
  ]))
    issues.push({ file, row: 1, ...problem });
  if (issues.some((issue) => issue.row === 1)) return { records: [], issues, scope: null };
  // A row Papa could not split into the header's cells (too few or too many) has been reported once; its cells, read in the wrong columns, would only add follow-on problems.
  const broken = new Set(parsed.errors.map((error) => (error.row ?? -1) + 2));
  if (unclosed) return { records: [], issues, scope: null };
  const scope = scopeReader();

  const byId = new Map<string, { record: ImportedRecord; cells: Record<string, string> }>();
  parsed.data.forEach((raw, index) => {
    const row = index + 2;
    if (broken.has(row)) return;
    // Papa puts cells beyond the header under __parsed_extra (reported above as too many fields): they belong to no column.
    const cells = Object.fromEntries(
      Object.entries(raw)
        .filter(([k]) => k !== '__parsed_extra')
        // A leading apostrophe is how our CSVs keep a formula-like cell (+44…) from running in Excel: take it off again.
        .map(([k, v]) => [k, typeof v === 'string' ? restoreFormula(v.trim()) : '']),
    );
    const scopeProblem = scope.read(cells[SCOPE_COLUMN] ?? '', row);
    delete cells[SCOPE_COLUMN];
    if (scopeProblem !== null) {
      issues.push({ file, row, column: SCOPE_COLUMN, message: scopeProblem });
      return;
    }
    const id = cells.id ?? '';
    if (!ID.test(id) || id.length > ID_MAX) {
      const what =
        id.length > ID_MAX
          ? `at most ${ID_MAX} characters, as it becomes a file name (got ${id.length})`
          : `lower-case words joined by hyphens, e.g. gwynedd-youth-club-bala (got ${quoted(id)})`;
      issues.push({ file, row, column: 'id', message: `expected ${what}` });
      return;
    }
    const venue: Record<string, unknown> = {};
    for (const column of VENUE_COLUMNS) {
      const cell = cells[column.column] ?? '';
      if (!cell) continue;
      const converted = convert(column.type, cell);
      if ('error' in converted) issues.push({ file, row, column: column.column, message: converted.error });
      else venue[column.path.slice('venues.'.length)] = converted.value;
    }
    const earlier = byId.get(id);
    if (earlier) {
      // A further row for the same id adds a venue; any other cell must agree with the first row.
      for (const [column, cell] of Object.entries(cells)) {
        if (!cell || column === 'id' || column.startsWith('venue_')) continue;
        if (cell !== (earlier.cells[column] ?? '')) {
          issues.push({
            file,
            row,
            column,
            message: `differs from row ${earlier.record.rows[0]} for the same id ("${earlier.cells[column] ?? ''}"); leave it empty on extra venue rows`,
          });
        }
      }
      const venues = (earlier.record.data as { venues: Record<string, unknown>[] }).venues;
      // The same venue twice (a row pasted twice, or a venue row repeated) would be merged without a word: say so.
      const repeated = venues.findIndex((known) => JSON.stringify(known) === JSON.stringify(venue));
      if (JSON.stringify(cells) === JSON.stringify(earlier.cells)) {
        issues.push({
          file,
          row,
          column: 'id',
          message: `repeats row ${earlier.record.rows[0]} exactly; delete one of the two rows`,
        });
      } else if (Object.keys(venue).length > 0 && repeated >= 0) {
        issues.push({
          file,
          row,
          column: 'venue_name',
          message: `repeats the venue of row ${earlier.record.rows[repeated]} for the same id; delete one of the two rows`,
        });
      } else if (Object.keys(venue).length > 0) venues.push(venue);
      earlier.record.rows.push(row);
      return;
    }
    // Fields in the columns' order, so the YAML reads like the other records.
    const data: Record<string, unknown> = {};
    for (const column of IMPORT_COLUMNS) {
      if (column.column === 'id') continue;
      if (column.path.startsWith('venues.')) {
        data.venues ??= Object.keys(venue).length > 0 ? [venue] : [];
        continue;
      }
      const cell = cells[column.column] ?? '';
      if (!cell) continue;
      const converted = convert(column.type, cell);
      if ('error' in converted) issues.push({ file, row, column: column.column, message: converted.error });
      else setPath(data, column.path, converted.value);
    }
    const kind = data.kind as Kind | undefined;
    const folder = kind && kind in KIND_FOLDERS ? KIND_FOLDERS[kind] : 'unknown-kind';
    const record: ImportedRecord = {
      collection: 'provision',
      id,
      file: `${contentDir}/provision/${folder}/${id}.yaml`,
      data,
      rows: [row],
    };
    byId.set(id, { record, cells });
  });
  return { records: [...byId.values()].map((entry) => entry.record), issues, scope: scope.value(), columns: headers };
};

/** The spreadsheet column a schema field path comes from, e.g. `ages.min` → `age_min`, `venues[1].lat` → `venue_lat`. */
export const columnForField = (field: string): string => {
  const path = field.replace(/\[\d+\]/g, '');
  const exact = IMPORT_COLUMNS.find((c) => c.path === path);
  if (exact) return exact.column;
  const under = IMPORT_COLUMNS.filter((c) => c.path.startsWith(`${path}.`)).map((c) => c.column);
  if (under.length > 0) return under.join(' / ');
  // Part of one cell's value, such as starts.dates (read from the starts cell).
  const parent = IMPORT_COLUMNS.find((c) => c.path !== '' && path.startsWith(`${c.path}.`));
  return parent?.column ?? (field || '(record)');
};

/** A validation issue about an imported record, told in the spreadsheet's terms: row and column. */
export const toImportIssue = (
  issue: ContentIssue,
  records: readonly ImportedRecord[],
  csvFile: string,
): ImportIssue | null => {
  const record = records.find((r) => r.file === issue.file);
  if (!record) return null;
  const venueIndex = /^venues\[(\d+)\]/.exec(issue.field)?.[1];
  const row = venueIndex !== undefined ? (record.rows[Number(venueIndex)] ?? record.rows[0]) : record.rows[0];
  // A column this kind of record does not take (qualification on a JGW+ row): named by its column, in the sheet's terms.
  if (issue.keys !== undefined) {
    const at = issue.field ? `${issue.field}.` : '';
    const kind = String((record.data as { kind?: unknown }).kind ?? 'this');
    return {
      file: csvFile,
      row: row ?? 0,
      column: issue.keys.map((key) => columnForField(`${at}${key}`)).join(' / '),
      message: `a ${kind} record does not take this; leave the cell empty (docs/import.md says which kinds use each column)`,
    };
  }
  // A problem with a venue as a whole is about where it is.
  const column = /^venues\[\d+\]$/.test(issue.field) ? 'venue_lat / venue_lon' : columnForField(issue.field);
  return { file: csvFile, row: row ?? 0, column, message: inSheetTerms(issue.message) };
};

/** A message written for YAML, in a sheet's words: yes and no for true and false, and column names for fields. */
const inSheetTerms = (message: string): string =>
  message
    .replace(/must be true or false/g, 'expected yes or no')
    .replace(/set acrossBorder: true/g, 'set venue_across_border to yes')
    .replace(/remove acrossBorder/g, 'set venue_across_border to no')
    .replace(/when walesWide is true/g, 'when wales_wide is yes');
