/**
 * Property-based tests for the importer (fast-check): whatever bytes or CSV shapes an
 * editor hands it, it never throws, and it always answers with records or with
 * `row: column: problem` lines.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/lib/content/load.ts';
import { formatIssue, validateRecords } from '../../src/lib/content/validate.ts';
import { IMPORT_COLUMNS } from '../../src/lib/sheets/columns.ts';
import { decodeSheet } from '../../src/lib/sheets/encoding.ts';
import { provisionCsv } from '../../src/lib/sheets/export.ts';
import { checkSheet } from '../../src/lib/sheets/import.ts';
import { formatImportIssue, parseProvisionCsv } from '../../src/lib/sheets/rows.ts';

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
    const cell = fc.oneof(
      fc.constantFrom('', 'yes', 'no', '2;3', 'gwynedd', '2,5', '0x34', '=1+1', '53.2', 'rolling', 'x'),
      fc.string({ maxLength: 12 }),
    );
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

/** Wording that comes from a library (zod, Papa Parse, yaml), not from us: it must never reach a person. */
const LIBRARY_WORDING =
  /Invalid (input|option|string|type)|expected \w+, received|received undefined|Too (few|many) fields|Quoted field|Trailing quote|Unrecognized key|Required$|Nested mappings|Implicit keys/;

describe('a valid sheet broken in any way gets our words, one message to a cell (fast-check)', () => {
  const { records: content } = readContentDir('content');
  const sample = validateRecords(content, { today: '2026-11-26' }).content.provision.filter((entry) =>
    entry.areas.includes('powys'),
  );
  const rows = Papa.parse<string[]>(provisionCsv(sample.slice(0, 4)).replace(/^\uFEFF/, ''), {
    skipEmptyLines: true,
  }).data;
  const width = (rows[0] as string[]).length;
  const damage = fc.record({
    row: fc.integer({ min: 1, max: rows.length - 1 }),
    column: fc.nat({ max: width - 1 }),
    how: fc.constantFrom('blank', 'junk', 'short', 'long', 'huge', 'hidden'),
    junk: fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('-1', '99', 'x;y', 'yes', '2026-02-30', 'ended', 'Ll?n', 'https://', '=1+1'),
    ),
  });

  // About 5 s on a quiet machine; ten times that with a build beside it, hence 120 s.
  it('whatever cells are blanked, filled with junk, cut short or added', () => {
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 4 }), (damages) => {
        const broken = rows.map((row) => [...row]);
        for (const { row, column, how, junk } of damages) {
          const cells = broken[row] as string[];
          if (how === 'blank') cells[column] = '';
          else if (how === 'junk') cells[column] = junk;
          else if (how === 'short') cells.length = Math.max(1, column);
          else if (how === 'long') cells.push(junk);
          else if (how === 'huge') cells[column] = junk.repeat(2_000) || 'x'.repeat(20_000);
          else cells[column] = `${cells[column] ?? ''}\u202E`;
        }
        const checked = checkSheet(new TextEncoder().encode(Papa.unparse(broken)), F, content, {
          today: '2026-11-26',
          force: true,
        });
        const lines =
          'error' in checked
            ? [checked.error]
            : [...checked.problems.map(formatImportIssue), ...checked.elsewhere.map(formatIssue)];
        for (const line of lines) {
          expect(line).not.toMatch(LIBRARY_WORDING);
          // A value is quoted back short, however long it is.
          expect(line.length).toBeLessThan(1_000);
        }
        if (!('error' in checked)) {
          const cells = checked.problems.map((problem) => `${problem.row}/${problem.column}`);
          expect(cells.length, lines.join('\n')).toBe(new Set(cells).size);
        }
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
