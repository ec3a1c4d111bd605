/** Every CSV the site writes: a byte-order mark, CRLF, quoting, and no cell a spreadsheet would run. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvDocument, looksLikeFormula, neutraliseFormula } from '../../src/lib/csv.ts';

describe('CSV documents', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', true],
    ['+44 800 028 4844', true],
    ['-2+3', true],
    ['@SUM(A1:A2)', true],
    ['\t=1+1', true],
    ['\r=1+1', true],
    ['Caerdydd', false],
    ['– (none)', false],
    ['3 · gap', false],
    ['', false],
    ['-3.98899', false],
    ['-2', false],
    ['+5', false],
    ['-3.98899+cmd', true],
    ['-1e3', true],
  ])('treats %j as a formula: %s', (cell, formula) => {
    expect(looksLikeFormula(cell)).toBe(formula);
    expect(neutraliseFormula(cell)).toBe(formula ? `'${cell}` : cell);
  });

  it('writes a byte-order mark, CRLF line ends and quoted cells, and reads back as text, never a formula', () => {
    const text = csvDocument([
      ['Area', 'Offer'],
      ['Ynys Môn', '=1+1'],
      ['Cardiff', 'Music, "film" and more'],
    ]);
    expect(text.startsWith('\uFEFFArea,Offer\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1).trimEnd()).data;
    expect(rows).toEqual([
      ['Area', 'Offer'],
      ['Ynys Môn', "'=1+1"],
      ['Cardiff', 'Music, "film" and more'],
    ]);
  });
});
