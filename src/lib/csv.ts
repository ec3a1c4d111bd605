/**
 * Every CSV the site writes: UTF-8 with a byte-order mark, so that spreadsheet
 * programs read ŵ and ŷ, CRLF line ends, and no cell that a spreadsheet would run
 * as a formula. Pure.
 */
import Papa from 'papaparse';

/**
 * The two formula rules, side by side because they are two answers to one risk:
 * - content must not *start with =* (isPastedFormula): that is a formula copied from a
 *   spreadsheet, never words for a young person, and the validator refuses it. Content may
 *   start with + - or @ ("+44…", "- ", "@handle"), which are words.
 * - every CSV the site writes neutralises a cell a spreadsheet *would run* (looksLikeFormula):
 *   the wider set of =, +, -, @, tab and carriage return, whatever the content rules allowed.
 */
export const isPastedFormula = (text: string): boolean => text.startsWith('=');

/**
 * A cell a spreadsheet would read as a formula: one starting with =, +, -, @, a tab or a
 * carriage return. A plain number (-3.98899, a longitude) is a value, not a formula, and stays as it is.
 */
export const looksLikeFormula = (cell: string): boolean =>
  /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(\.\d+)?$/.test(cell);

/**
 * A formula-looking cell gets a leading apostrophe, which spreadsheets show as text and do not run;
 * so does a cell that already starts with apostrophes before one, so that restoreFormula gives it back unchanged.
 */
export const neutraliseFormula = (cell: string): string =>
  looksLikeFormula(cell) || /^'+[=+\-@]/.test(cell) ? `'${cell}` : cell;

/**
 * The reverse, for cells read back from one of our CSVs: one leading apostrophe before a
 * formula-like start is taken off (a cell written '+x by neutraliseFormula, or ''+x from '+x).
 */
export const restoreFormula = (cell: string): string => cell.replace(/^'(?='*[=+\-@])/, '');

export const csvDocument = (rows: readonly (readonly string[])[]): string =>
  `\uFEFF${Papa.unparse(
    rows.map((row) => row.map(neutraliseFormula)),
    { newline: '\r\n' },
  )}\r\n`;
