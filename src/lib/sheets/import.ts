/**
 * Checking a spreadsheet against the content it joins, as `npm run import` does:
 * decode the bytes, read the rows, then validate the new records together with
 * the existing ones (schema, links, loops, venues in their areas), and name each
 * problem by row and column. Pure: tools/import-csv.ts reads and writes the files.
 */

import { type ContentIssue, type RawRecord, validateRecords } from '../content/validate.ts';
import type { Boundary } from '../geo/boundaries.ts';
import type { District } from '../geo/districts.ts';
import { lostLetterWord, quoted, replacedLetter } from '../schema/text-checks.ts';
import { IMPORT_COLUMNS } from './columns.ts';
import { decodeSheet, SAVE_AS_CSV, type SheetEncoding } from './encoding.ts';
import { valueAt } from './export.ts';
import {
  columnForField,
  type ImportedRecord,
  type ImportIssue,
  parseProvisionCsv,
  setPath,
  toImportIssue,
} from './rows.ts';
import { describeScope, inScope, SCOPE_COLUMN, type SheetScope } from './scope.ts';

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
  /** What the sheet says it covers (its sheet_scope column), or null: then it cannot prune. */
  scope: SheetScope | null;
}

export interface SheetOptions {
  /** The content folder as the written files should name it. */
  contentRel?: string;
  /** Replace records whose id already exists. */
  force?: boolean;
  today: string;
  boundaries?: readonly Boundary[];
  /** Great Britain's postcode district centres, for venues across the border. */
  districts?: readonly District[];
}

/** Either the check, or why the file could not be read as a sheet at all. */
export const checkSheet = (
  bytes: Uint8Array,
  csvFile: string,
  existing: readonly RawRecord[],
  { contentRel = 'content', force = false, today, boundaries = [], districts = [] }: SheetOptions,
): SheetCheck | { error: string } => {
  const decoded = decodeSheet(bytes);
  if ('error' in decoded) return { error: `${csvFile}: ${decoded.error}` };
  const { records: imported, issues, scope, columns = [] } = parseProvisionCsv(decoded.text, csvFile, contentRel);

  const problems: ImportIssue[] = [...issues];
  const existingIds = new Map(existing.filter((r) => r.collection === 'provision').map((r) => [r.id, r.file]));
  const existingData = new Map(
    existing.filter((r) => r.collection === 'provision').map((r) => [r.id, r.data as RecordShape]),
  );

  // A column the sheet does not have leaves its field as the record has it: deleting a column is not emptying it.
  for (const record of imported) {
    const earlier = existingData.get(record.id);
    if (earlier !== undefined) keepMissingColumns(record, earlier, columns);
  }

  // The sheet's scope names real areas, and the sheet touches nothing outside it: an existing record must be inside it as it is now.
  if (scope !== null && scope.areas !== 'all') {
    const areas = new Set(existing.filter((r) => r.collection === 'areas').map((r) => r.id));
    const unknown = scope.areas.filter((area) => !areas.has(area));
    if (unknown.length > 0)
      problems.push({
        file: csvFile,
        row: 2,
        column: SCOPE_COLUMN,
        message: `names no area "${unknown.join('", "')}" (content/areas lists them)`,
      });
  }
  if (scope !== null) {
    for (const record of imported) {
      const before = existingData.get(record.id);
      const after = record.data as RecordShape;
      if (before !== undefined ? inScope(scope, before) : inScope(scope, after)) continue;
      problems.push({
        file: csvFile,
        row: record.rows[0] ?? 0,
        column: 'id',
        message: `${record.id} is outside what this sheet covers (${describeScope(scope)}); take the row out, or import it from a sheet that covers it`,
      });
    }
  }

  // Letters a plain-CSV save turned into ?: one message for the file, since they have one cause.
  const lost = lostLetters(imported, existingData, decoded.encoding === 'Windows-1252');
  if (lost.length > 0) problems.push(lostLettersIssue(lost, csvFile, decoded.encoding));
  const lostCells = new Set(lost.map((cell) => `${cell.row}/${cell.column}`));
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
  for (const issue of validateRecords(combined, { today, boundaries, districts }).issues) {
    const mapped = toImportIssue(issue, imported, csvFile);
    // A cell that could not be read has already been reported; its empty value would only repeat it.
    // (The value may sit under several columns, as cost does under free and cost_details_*.)
    if (mapped && issues.some((seen) => seen.row === mapped.row && mapped.column.split(' / ').includes(seen.column)))
      continue;
    // So has a lost letter.
    if (mapped && lostCells.has(`${mapped.row}/${mapped.column}`)) continue;
    // So has an id that already exists.
    if (
      mapped &&
      issue.field === '(file name)' &&
      problems.some((seen) => seen.row === mapped.row && seen.column === 'id')
    )
      continue;
    if (mapped) problems.push(mapped);
    else elsewhere.push(issue);
  }
  problems.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
  return { encoding: decoded.encoding, imported, problems: onePerCell(problems), elsewhere, existingIds, scope };
};

/** One message a cell: a list cell with a thousand bad items is one mistake to fix, said once with how many more. */
const onePerCell = (problems: readonly ImportIssue[]): ImportIssue[] => {
  const byCell = new Map<string, { first: ImportIssue; more: number }>();
  for (const problem of problems) {
    const key = `${problem.row}/${problem.column}`;
    const seen = byCell.get(key);
    if (seen) seen.more += 1;
    else byCell.set(key, { first: problem, more: 0 });
  }
  return [...byCell.values()].map(({ first, more }) =>
    more === 0
      ? first
      : { ...first, message: `${first.message} (and ${more.toLocaleString('en-GB')} more like it in this cell)` },
  );
};

/**
 * Fields whose column is not in the sheet, copied from the record as it is, so that only columns
 * the sheet has can change anything. Without any venue column the venues are kept whole; with some,
 * each venue keeps the fields of the columns that are missing.
 */
const keepMissingColumns = (record: ImportedRecord, earlier: RecordShape, columns: readonly string[]) => {
  const data = record.data as Record<string, unknown>;
  const missing = IMPORT_COLUMNS.filter((column) => column.path !== '' && !columns.includes(column.column));
  const venueColumns = IMPORT_COLUMNS.filter((column) => column.path.startsWith('venues.'));
  const oldVenues = (earlier as { venues?: Record<string, unknown>[] }).venues ?? [];
  if (venueColumns.every((column) => !columns.includes(column.column))) {
    if (oldVenues.length > 0) data.venues = structuredClone(oldVenues);
  } else {
    const venues = (data.venues as Record<string, unknown>[] | undefined) ?? [];
    venues.forEach((venue, i) => {
      for (const column of missing.filter((candidate) => candidate.path.startsWith('venues.'))) {
        const key = column.path.slice('venues.'.length);
        const value = oldVenues[i]?.[key];
        if (value !== undefined && venue[key] === undefined) venue[key] = structuredClone(value);
      }
    });
  }
  for (const column of missing.filter((candidate) => !candidate.path.startsWith('venues.'))) {
    const value = valueAt(earlier, column.path);
    if (value !== undefined) setPath(data, column.path, structuredClone(value));
  }
};

type RecordShape = { areas?: string[]; kind?: string };

/** Fields of words, where a ? inside a word means a lost letter (not addresses, ids or codes). */
const PROSE =
  /^(title|summary|qualification|commitment|cost\.details|access\.contact\.how)\.(en|cy)$|^venues\[\d+\]\.(name|nameCy|town)$/;

interface LostLetter {
  row: number;
  column: string;
  /** The word as the record has it now, when there is one ("Llŷn"). */
  was: string | null;
  /** The word as the sheet has it ("Ll?n"). */
  now: string;
}

/** Every text value of a record, by its path: `venues[0].nameCy` → "Canolfan". */
const textLeaves = (value: unknown, path = '', out = new Map<string, string>()): Map<string, string> => {
  if (typeof value === 'string') out.set(path, value);
  else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      textLeaves(item, `${path}[${i}]`, out);
    });
  } else if (value !== null && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) textLeaves(inner, path ? `${path}.${key}` : key, out);
  return out;
};

/**
 * Cells where a letter became ? or U+FFFD: a word the record had with a letter where the sheet
 * has ? ("Llŷn" → "Ll?n"), a ? between letters in a new text, or any U+FFFD.
 */
const lostLetters = (
  imported: readonly ImportedRecord[],
  existing: ReadonlyMap<string, unknown>,
  legacy: boolean,
): LostLetter[] => {
  const lost: LostLetter[] = [];
  for (const record of imported) {
    const before = textLeaves(existing.get(record.id));
    for (const [path, now] of textLeaves(record.data)) {
      if (!PROSE.test(path)) continue;
      const old = before.get(path);
      // In a file saved in a legacy encoding, Excel may also write w for ŵ ("best fit"): a letter that lost only its accent.
      const replaced = old === undefined ? null : replacedLetter(old, now, legacy);
      if (replaced === null && !/[?\uFFFD]/.test(now)) continue;
      // And there, a ? that starts a word (?yl for ŵyl) is a lost letter too: no word starts with one.
      const initial = legacy ? (/(?:^|[\s(“"‘'])(\?+\p{L}[\p{L}\p{M}'’?]*)/u.exec(now)?.[1] ?? null) : null;
      const word =
        replaced?.now ??
        lostLetterWord(now) ??
        initial ??
        (now.includes('\uFFFD') ? (/\S*\uFFFD\S*/u.exec(now)?.[0] ?? '\uFFFD') : null);
      if (word === null) continue;
      const venue = /^venues\[(\d+)\]/.exec(path)?.[1];
      const row = (venue === undefined ? record.rows[0] : record.rows[Number(venue)]) ?? record.rows[0] ?? 0;
      lost.push({ row, column: columnForField(path), was: replaced?.was ?? null, now: word });
    }
  }
  return lost;
};

const lostLettersIssue = (lost: readonly LostLetter[], csvFile: string, encoding: SheetEncoding): ImportIssue => {
  const [first] = lost as [LostLetter];
  const example =
    first.was === null
      ? `has ${quoted(first.now)} with a ? for a letter`
      : `would replace ${quoted(first.was)} with ${quoted(first.now)}`;
  const more = lost.length > 1 ? ` (and ${lost.length - 1} more cell${lost.length === 2 ? '' : 's'} like it)` : '';
  const how =
    encoding === 'Windows-1252'
      ? 'the file was saved as Excel’s plain "CSV (Comma delimited)" (Windows-1252), which has no ŵ or ŷ and writes ? for them'
      : 'the file was saved in a format that has no ŵ or ŷ (Excel’s plain "CSV (Comma delimited)" writes ? for them)';
  return {
    file: csvFile,
    row: first.row,
    column: first.column,
    message: `${example}${more}: ${how}. Open the sheet you exported, ${SAVE_AS_CSV.replace(/^in your spreadsheet program /, '')}`,
  };
};
