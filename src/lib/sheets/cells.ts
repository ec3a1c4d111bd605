/**
 * One spreadsheet cell read as a record's value, by the type of its column: text, a list split
 * on ;, a number written without commas, yes or no (in English or Welsh), tiers, start dates, a
 * date, or a phone number. Spreadsheets change some values on the way through (a UK Excel saves
 * 2026-09-18 as 18/09/2026, and 01248370200 as 1248370200): what can be read without guessing is
 * read, and the rest is refused with what to write instead. Pure.
 */
import { quoted } from '../schema/text-checks.ts';
import { TIER_RANGE } from '../schema/vocabulary.ts';

export type CellType = 'text' | 'list' | 'number' | 'boolean' | 'tiers' | 'months' | 'starts' | 'date' | 'phone';

const YES = new Set(['yes', 'y', 'true', '1', 'ie', 'do']);
const NO = new Set(['no', 'n', 'false', '0', 'na', 'naddo', 'nac ydy']);

const split = (cell: string): string[] =>
  cell
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);

/** A cell's value, or an error message saying what was expected. */
export const convert = (type: CellType, cell: string): { value: unknown } | { error: string } => {
  switch (type) {
    case 'text':
      return { value: cell };
    case 'list':
      return { value: split(cell) };
    case 'number': {
      // A comma is a decimal point in some spreadsheets and a thousands separator in others: never guess.
      if (cell.includes(','))
        return {
          error: `write the number without commas, with a full stop for a decimal point, e.g. 2.5 (got ${quoted(cell)})`,
        };
      if (!/^-?\d+(\.\d+)?$/.test(cell)) return { error: `expected a number such as 16 or 2.5 (got ${quoted(cell)})` };
      return { value: Number(cell) };
    }
    case 'boolean': {
      const word = cell.toLowerCase();
      if (YES.has(word)) return { value: true };
      if (NO.has(word)) return { value: false };
      return { error: `expected yes or no (got ${quoted(cell)})` };
    }
    case 'tiers':
    case 'months': {
      const parts = split(cell);
      // Digits only: Number() would also read 0x3 and 3e0.
      const bad = parts.filter((part) => !/^\d+$/.test(part));
      const what = type === 'tiers' ? `tier numbers ${TIER_RANGE}` : 'month numbers 1 to 12';
      return bad.length > 0
        ? { error: `expected ${what} separated by ; (got ${quoted(cell)})` }
        : { value: parts.map(Number) };
    }
    case 'starts': {
      const word = cell.toLowerCase();
      if (word === 'september' || word === 'rolling') return { value: word };
      return { value: { dates: split(cell).map(isoFromSheet) } };
    }
    case 'date':
      return { value: isoFromSheet(cell) };
    case 'phone':
      // Excel reads 01248370200 as a number and saves it as 1248370200.
      return /^[1-9]\d{8,10}$/.test(cell)
        ? {
            error: `looks like a phone number a spreadsheet took the leading 0 from (got ${quoted(cell)}); write it with its 0 and spaces, such as 01248 370200`,
          }
        : { value: cell };
  }
};

/**
 * A date as a spreadsheet in the UK writes it back: Excel turns 2026-09-18 into a date, and saves
 * it in CSV as 18/09/2026. Day first is the only reading in a UK sheet, so it is taken as that;
 * anything else is left as written, for the schema to accept (YYYY-MM-DD) or refuse.
 */
export const isoFromSheet = (cell: string): string => {
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(cell);
  return uk ? `${uk[3]}-${(uk[2] ?? '').padStart(2, '0')}-${(uk[1] ?? '').padStart(2, '0')}` : cell;
};
