/**
 * What can be told from a sheet's first line before reading any row: which character
 * separates the cells, and whether a column appears twice. Guessing the separator from
 * every row (Papa's default) picks the wrong one when a row is short. And what went wrong
 * splitting a row into cells, said in our words. Pure.
 */
import Papa from 'papaparse';
import { hiddenCharacterProblem, quoted } from '../schema/text-checks.ts';

export type Delimiter = ',' | ';' | '\t';

/** The separator the header uses most: Excel writes ',' in the UK and ';' where the comma is the decimal point. */
export const headerDelimiter = (csv: string): Delimiter => {
  const first = csv.split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => first.split(c).length - 1;
  const candidates: Delimiter[] = [',', ';', '\t'];
  return candidates.reduce((best, c) => (count(c) > count(best) ? c : best), ',');
};

/** Columns named more than once, with their positions (1-based): spreadsheet programs allow it, the importer cannot. */
export const repeatedHeaders = (csv: string, delimiter: Delimiter): { name: string; positions: number[] }[] => {
  const headers = (Papa.parse<string[]>(csv, { delimiter, preview: 1 }).data[0] ?? []).map((h) =>
    h.trim().toLowerCase(),
  );
  const positions = new Map<string, number[]>();
  // Columns with no header are gathered too: more than one would be renamed by the parser, and said in its words.
  headers.forEach((name, i) => {
    positions.set(name, [...(positions.get(name) ?? []), i + 1]);
  });
  return [...positions].filter(([, at]) => at.length > 1).map(([name, at]) => ({ name, positions: at }));
};

/** What went wrong splitting a row into cells, in our words (Papa's own are for programmers). */
export const csvErrorText = (error: Papa.ParseError): string => {
  const [expected, found] = (/expected (\d+) fields but parsed (\d+)/.exec(error.message) ?? []).slice(1).map(Number);
  const counts =
    expected !== undefined && found !== undefined
      ? `has ${found} cells where the header has ${expected}`
      : 'does not have a cell for each column';
  switch (error.code) {
    case 'TooFewFields':
      return `${counts}: cells are missing or the row was cut short; give it a cell for every column (empty where the value is unknown)`;
    case 'TooManyFields':
      return `${counts}: a value holds a comma or a semicolon outside quotation marks, or was pasted past the last column`;
    case 'MissingQuotes':
      return 'a quotation mark opened in this row is never closed, so everything after it reads as one cell; close it or take it out';
    case 'InvalidQuotes':
      return 'a cell in quotation marks has more text after its closing mark; write a quotation mark inside a cell as two ("")';
    default:
      return 'this row cannot be split into cells; check its quotation marks and separators';
  }
};

/**
 * Columns the importer does not know, and required ones that are missing. A required column missing
 * beside one the importer does not know is one mistake (a renamed column), told once, on the required column.
 */
export const headerProblems = (
  headers: readonly string[],
  known: (header: string) => boolean,
  required: readonly string[],
): { column: string; message: string }[] => {
  const unknown = headers.filter((header) => !known(header));
  const missing = required.filter((column) => !headers.includes(column));
  // A header that only an invisible character keeps from being known: say so, rather than that the column is unknown.
  const hidden = unknown.filter((header) => hiddenCharacterProblem(header) !== null);
  if (hidden.length > 0)
    return hidden.map((header) => ({
      column: quoted(header),
      message: `the header ${hiddenCharacterProblem(header)}`,
    }));
  if (missing.length > 0 && unknown.length > 0) {
    const names = `${unknown
      .slice(0, 5)
      .map((header) => quoted(header))
      .join(', ')}${unknown.length > 5 ? ` and ${unknown.length - 5} more` : ''}`;
    return missing.map((column) => ({
      column,
      message: `this column is required; the sheet has ${names}, which the importer does not know: rename the column that holds the ${column} to ${column}`,
    }));
  }
  return [
    ...unknown.map((header) => ({
      column: header || '(empty header)',
      message: 'is not a column the importer knows (docs/import.md lists them)',
    })),
    ...missing.map((column) => ({ column, message: 'this column is required' })),
  ];
};

/**
 * The sheet without columns that have no header and nothing in them: a spreadsheet writes those
 * when cells to the right once held something ("…,service_type,,,"). They say nothing, so they are
 * not reported as unknown columns. A column with no header but a value somewhere still is.
 */
export const withoutBlankColumns = (csv: string, delimiter: Delimiter): string => {
  const first = Papa.parse<string[]>(csv, { delimiter, preview: 1 }).data[0] ?? [];
  if (!first.some((name) => name.trim() === '')) return csv;
  const rows = Papa.parse<string[]>(csv, { delimiter, skipEmptyLines: 'greedy' }).data;
  const blank = first.map((name, i) => name.trim() === '' && rows.every((row) => (row[i] ?? '').trim() === ''));
  if (!blank.includes(true)) return csv;
  return Papa.unparse(
    rows.map((row) => row.filter((_, i) => !blank[i])),
    { delimiter, newline: '\n' },
  );
};
