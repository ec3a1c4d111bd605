/**
 * Checking a spreadsheet against the content it joins, as `npm run import` does:
 * decode the bytes, read the rows, then validate the new records together with
 * the existing ones (schema, links, loops, venues in their areas), and name each
 * problem by row and column. Pure: scripts/import-csv.ts reads and writes the files.
 */
import type { Boundary } from '../geo/boundaries.ts';
import { type ImportedRecord, type ImportIssue, parseProvisionCsv, toImportIssue } from './import.ts';
import { decodeSheet, type SheetEncoding } from './sheet-encoding.ts';
import { type ContentIssue, type RawRecord, validateRecords } from './validate.ts';

export interface SheetCheck {
  /** How the bytes were read. */
  encoding: SheetEncoding;
  imported: ImportedRecord[];
  /** Problems in the sheet, by row and column; nothing may be written while there are any. */
  problems: ImportIssue[];
  /** Problems in existing records once the sheet is added (a loop through one, say), as the build would report them; these block writing too. */
  elsewhere: ContentIssue[];
  /** Provision ids in the sheet that already exist, with the existing file. */
  existingIds: Map<string, string>;
}

export interface SheetOptions {
  /** The content folder as the written files should name it. */
  contentRel?: string;
  /** Replace records whose id already exists. */
  force?: boolean;
  today: string;
  boundaries?: readonly Boundary[];
}

/** Either the check, or why the file could not be read as a sheet at all. */
export const checkSheet = (
  bytes: Uint8Array,
  csvFile: string,
  existing: readonly RawRecord[],
  { contentRel = 'content', force = false, today, boundaries = [] }: SheetOptions,
): SheetCheck | { error: string } => {
  const decoded = decodeSheet(bytes);
  if ('error' in decoded) return { error: `${csvFile}: ${decoded.error}` };
  const { records: imported, issues } = parseProvisionCsv(decoded.text, csvFile, contentRel);

  const problems: ImportIssue[] = [...issues];
  const existingIds = new Map(existing.filter((r) => r.collection === 'provision').map((r) => [r.id, r.file]));
  for (const record of imported) {
    const earlier = existingIds.get(record.id);
    if (earlier && !force) {
      problems.push({
        file: csvFile,
        row: record.rows[0] ?? 0,
        column: 'id',
        message: `"${record.id}" already exists (${earlier}); use --force to replace it`,
      });
    }
  }

  // Validate the new records with everything else, as the build will.
  const replaced = new Set(force ? imported.map((r) => r.id) : []);
  const combined = [...existing.filter((r) => !(r.collection === 'provision' && replaced.has(r.id))), ...imported];
  const elsewhere: ContentIssue[] = [];
  for (const issue of validateRecords(combined, { today, boundaries }).issues) {
    const mapped = toImportIssue(issue, imported, csvFile);
    // A cell that could not be read has already been reported; its empty value would only repeat it.
    if (mapped && issues.some((seen) => seen.row === mapped.row && seen.column === mapped.column)) continue;
    // So has an id that already exists.
    if (mapped && issue.field === '(file name)' && problems.some((seen) => seen.row === mapped.row && seen.column === 'id')) continue;
    if (mapped) problems.push(mapped);
    else elsewhere.push(issue);
  }
  problems.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
  return { encoding: decoded.encoding, imported, problems, elsewhere, existingIds };
};
