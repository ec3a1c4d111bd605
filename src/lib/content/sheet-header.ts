/**
 * What can be told from a sheet's first line before reading any row: which character
 * separates the cells, and whether a column appears twice. Guessing the separator from
 * every row (Papa's default) picks the wrong one when a row is short. Pure.
 */
import Papa from 'papaparse';

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
  const headers = (Papa.parse<string[]>(csv, { delimiter, preview: 1 }).data[0] ?? []).map((h) => h.trim());
  const positions = new Map<string, number[]>();
  headers.forEach((name, i) => {
    if (name) positions.set(name, [...(positions.get(name) ?? []), i + 1]);
  });
  return [...positions].filter(([, at]) => at.length > 1).map(([name, at]) => ({ name, positions: at }));
};
