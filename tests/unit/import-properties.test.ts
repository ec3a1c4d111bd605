/**
 * Property-based tests for the importer (fast-check): whatever bytes or CSV shapes an
 * editor hands it, it never throws, and it always answers with records or with
 * `row: column: problem` lines.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS, parseProvisionCsv } from '../../src/lib/content/import.ts';
import { decodeSheet } from '../../src/lib/content/sheet-encoding.ts';

const F = 'sheet.csv';
const COLUMN_NAMES = IMPORT_COLUMNS.map((column) => column.column);

/** What the importer gives back must be usable: issues with a row number and a column, or records with ids and rows. */
const wellFormed = (result: ReturnType<typeof parseProvisionCsv>) => {
  for (const issue of result.issues) {
    expect(Number.isInteger(issue.row) && issue.row >= 1).toBe(true);
    expect(issue.column.length).toBeGreaterThan(0);
    expect(issue.message.length).toBeGreaterThan(0);
  }
  for (const record of result.records) {
    expect(record.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(record.rows.length).toBeGreaterThan(0);
  }
};

describe('the importer never crashes', () => {
  it('on arbitrary bytes: it decodes them or says why not, and parses whatever it decoded', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const decoded = decodeSheet(bytes);
        if ('error' in decoded) {
          expect(decoded.error.length).toBeGreaterThan(0);
          return;
        }
        wellFormed(parseProvisionCsv(decoded.text, F));
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => wellFormed(parseProvisionCsv(text, F))),
      { numRuns: 300 },
    );
  });

  it('on sheets of real columns with ragged rows and odd cells', () => {
    const cell = fc.oneof(fc.constantFrom('', 'yes', 'no', '2;3', 'gwynedd', '2,5', '0x34', '=1+1', '53.2', 'rolling', 'x'), fc.string({ maxLength: 12 }));
    const sheet = fc.record({
      header: fc.uniqueArray(fc.constantFrom(...COLUMN_NAMES), { minLength: 1, maxLength: 12 }),
      rows: fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 6 }),
      delimiter: fc.constantFrom(',', ';', '\t'),
    });
    fc.assert(
      fc.property(sheet, ({ header, rows, delimiter }) => {
        const text = Papa.unparse([header, ...rows], { delimiter });
        wellFormed(parseProvisionCsv(text, F));
      }),
      { numRuns: 300 },
    );
  });
});
