/**
 * Every CSV the site writes: UTF-8 with a byte-order mark, so that spreadsheet
 * programs read ŵ and ŷ, CRLF line ends, and no cell that a spreadsheet would run
 * as a formula. Pure.
 */
import Papa from 'papaparse';

/** A cell a spreadsheet would read as a formula: one starting with =, +, -, @, a tab or a carriage return. */
export const looksLikeFormula = (cell: string): boolean => /^[=+\-@\t\r]/.test(cell);

/** A formula-looking cell gets a leading apostrophe, which spreadsheets show as text and do not run. */
export const neutraliseFormula = (cell: string): string => (looksLikeFormula(cell) ? `'${cell}` : cell);

export const csvDocument = (rows: readonly (readonly string[])[]): string =>
  `\uFEFF${Papa.unparse(
    rows.map((row) => row.map(neutraliseFormula)),
    { newline: '\r\n' },
  )}\r\n`;
