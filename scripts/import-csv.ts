/**
 * npm run import -- <sheet.csv> [--write] [--force]
 * Checks a spreadsheet of provision (saved as CSV; columns in docs/import.md)
 * against the schema and the existing content, and with --write saves one
 * YAML record per offer under content/provision/<kind>/. Nothing is written
 * while any row has a problem. An id that already exists is refused unless
 * --force is given. CONTENT_DIR overrides the content folder.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import { formatImportIssue, type ImportIssue, parseProvisionCsv, toImportIssue } from '../src/lib/content/import.ts';
import { readContentDir } from '../src/lib/content/load.ts';
import { buildDate } from '../src/lib/content/paths.ts';
import { decodeSheet } from '../src/lib/content/sheet-encoding.ts';
import { formatIssue, validateRecords } from '../src/lib/content/validate.ts';

const args = process.argv.slice(2);
const csvPath = args.find((arg) => !arg.startsWith('--'));
const write = args.includes('--write');
const force = args.includes('--force');
if (!csvPath) {
  console.error('Usage: npm run import -- <sheet.csv> [--write] [--force]   (columns: docs/import.md)');
  process.exit(2);
}
if (!existsSync(csvPath)) {
  console.error(`${csvPath}: no such file`);
  process.exit(2);
}
if (!statSync(csvPath).isFile()) {
  console.error(`${csvPath}: is a folder, not a file; give the path of a spreadsheet saved as CSV (UTF-8)`);
  process.exit(2);
}

const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
const contentRel = relative(process.cwd(), contentDir) || '.';
// Problems name the file as it was given on the command line.
const csvFile = csvPath;
const decoded = decodeSheet(readFileSync(csvPath));
if ('error' in decoded) {
  console.error(`${csvFile}: ${decoded.error}`);
  process.exit(1);
}
if (decoded.encoding !== 'UTF-8') console.log(`${csvFile}: read as ${decoded.encoding} text (not UTF-8).`);
const { records: imported, issues } = parseProvisionCsv(decoded.text, csvFile, contentRel);

const { records: existing, issues: readIssues } = readContentDir(contentDir);
if (readIssues.length > 0) {
  for (const issue of readIssues) console.error(formatIssue(issue));
  console.error('\nThe existing content has problems; fix them first (npm run validate).');
  process.exit(1);
}

const problems: ImportIssue[] = [...issues];
const existingIds = new Map(existing.filter((r) => r.collection === 'provision').map((r) => [r.id, r.file]));
for (const record of imported) {
  const earlier = existingIds.get(record.id);
  if (earlier && !force) {
    problems.push({ file: csvFile, row: record.rows[0] ?? 0, column: 'id', message: `"${record.id}" already exists (${earlier}); use --force to replace it` });
  }
}

// Validate the new records with everything else, as the build will: schema, links, loops.
const replaced = new Set(force ? imported.map((r) => r.id) : []);
const combined = [...existing.filter((r) => !(r.collection === 'provision' && replaced.has(r.id))), ...imported];
const { issues: validation } = validateRecords(combined, { today: buildDate() });
for (const issue of validation) {
  const mapped = toImportIssue(issue, imported, csvFile);
  // A cell that could not be read has already been reported; its empty value would only repeat it.
  if (mapped && issues.some((seen) => seen.row === mapped.row && seen.column === mapped.column)) continue;
  // So has an id that already exists.
  if (mapped && issue.field === '(file name)' && problems.some((seen) => seen.row === mapped.row && seen.column === 'id')) continue;
  // A problem elsewhere (for example a loop through an existing record) is reported as the build would.
  if (mapped) problems.push(mapped);
  else if (!existingIds.has(issue.file)) console.error(formatIssue(issue));
}

if (problems.length > 0) {
  problems.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
  for (const problem of problems) console.error(formatImportIssue(problem));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${csvFile}. Nothing was written.`);
  process.exit(1);
}

for (const record of imported) {
  const target = record.file.replace(/^(\.\/)?/, '');
  // Replacing a record of another kind moves it to that kind's folder: leaving the old file would make two records with one id.
  const earlier = existingIds.get(record.id);
  const movedFrom = earlier !== undefined && resolve(earlier) !== resolve(target) ? earlier : null;
  if (write) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, yaml.dump(record.data, { lineWidth: 120 }));
    if (movedFrom) rmSync(movedFrom);
  }
  const moved = movedFrom ? `, moved from ${movedFrom}` : '';
  console.log(`${write ? 'wrote' : 'would write'} ${target} (row${record.rows.length > 1 ? 's' : ''} ${record.rows.join(', ')}${moved})`);
}
console.log(
  `\n${imported.length} record${imported.length === 1 ? '' : 's'} valid${write ? ' and written' : '; run again with --write to save them'}. Check the Welsh text, then run npm test.`,
);
