/**
 * npm run import -- <sheet.csv> [--write] [--force | --update [--prune]]
 * Checks a spreadsheet of provision (saved as CSV; columns in docs/import.md)
 * against the schema and the existing content, and with --write saves one
 * YAML record per offer under content/provision/<kind>/. Nothing is written
 * while any row has a problem. An id that already exists is refused unless
 * --force is given. --update says first what the sheet adds and changes (field by field) and
 * leaves unchanged records untouched; with --prune it also removes records of the sheet's
 * areas that the sheet leaves out, listing them. CONTENT_DIR overrides the content folder.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import { formatImportIssue } from '../src/lib/content/import.ts';
import { checkSheet } from '../src/lib/content/import-sheet.ts';
import { readBoundaries, readContentDir } from '../src/lib/content/load.ts';
import { buildDate, referenceDataDir } from '../src/lib/content/paths.ts';
import { planUpdate } from '../src/lib/content/update-plan.ts';
import { formatIssue, validateRecords } from '../src/lib/content/validate.ts';

const args = process.argv.slice(2);
const csvPath = args.find((arg) => !arg.startsWith('--'));
const write = args.includes('--write');
const update = args.includes('--update');
const prune = args.includes('--prune');
const force = args.includes('--force') || update;
if (prune && !update) {
  console.error('--prune only works with --update: it removes records the sheet leaves out, after saying which.');
  process.exit(2);
}
if (!csvPath) {
  console.error('Usage: npm run import -- <sheet.csv> [--write] [--force | --update [--prune]]   (columns: docs/import.md)');
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

/** The area boundaries, or none (with a warning) when the reference data is not there. */
const referenceBoundaries = () => {
  try {
    const reference = readBoundaries(referenceDataDir());
    if (reference === null)
      console.warn(`Warning: ${referenceDataDir()} has no area boundaries (set LLWYBRAU_DATA_DIR); venues were not checked against their areas.`);
    return reference?.boundaries ?? [];
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
};

const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
const contentRel = relative(process.cwd(), contentDir) || '.';
const { records: existing, issues: readIssues } = readContentDir(contentDir);
if (readIssues.length > 0) {
  for (const issue of readIssues) console.error(formatIssue(issue));
  console.error('\nThe existing content has problems; fix them first (npm run validate).');
  process.exit(1);
}

// Problems name the file as it was given on the command line.
const csvFile = csvPath;
const checked = checkSheet(readFileSync(csvPath), csvFile, existing, { contentRel, force, today: buildDate(), boundaries: referenceBoundaries() });
if ('error' in checked) {
  console.error(checked.error);
  process.exit(1);
}
const { encoding, imported, problems, elsewhere, existingIds } = checked;
if (encoding !== 'UTF-8') console.log(`${csvFile}: read as ${encoding} text (not UTF-8).`);

if (problems.length > 0 || elsewhere.length > 0) {
  for (const problem of problems) console.error(formatImportIssue(problem));
  // A problem the new rows cause elsewhere (a loop through an existing record) is reported as the build would.
  for (const issue of elsewhere) console.error(formatIssue(issue));
  const count = problems.length + elsewhere.length;
  console.error(`\n${count} problem${count === 1 ? '' : 's'} in ${csvFile}. Nothing was written.`);
  process.exit(1);
}

/** Writes a record to its kind's folder; a record whose kind changed leaves its old file. */
const save = (record: (typeof imported)[number]) => {
  const target = record.file.replace(/^(\.\/)?/, '');
  const earlier = existingIds.get(record.id);
  const movedFrom = earlier !== undefined && resolve(earlier) !== resolve(target) ? earlier : null;
  if (write) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, yaml.dump(record.data, { lineWidth: 120 }));
    if (movedFrom) rmSync(movedFrom);
  }
  return { target, moved: movedFrom ? `, moved from ${movedFrom}` : '' };
};
const rows = (record: (typeof imported)[number]) => `row${record.rows.length > 1 ? 's' : ''} ${record.rows.join(', ')}`;

if (update) {
  // Say what would change before anything is written; unchanged records are not touched.
  const plan = planUpdate(existing, imported, { today: buildDate(), prune });
  if (plan.pruned.length > 0) {
    const gone = new Set(plan.pruned.map((entry) => entry.id));
    const replaced = new Set(imported.map((record) => record.id));
    const left = existing.filter((record) => !(record.collection === 'provision' && (gone.has(record.id) || replaced.has(record.id))));
    const { issues } = validateRecords([...left, ...imported], { today: buildDate() });
    if (issues.length > 0) {
      for (const issue of issues) console.error(formatIssue(issue));
      console.error(`\nRemoving ${plan.pruned.length} record(s) would leave the content broken (above). Nothing was written.`);
      process.exit(1);
    }
  }
  console.log(`Added (${plan.added.length}):`);
  for (const record of plan.added) console.log(`  ${record.id} (${rows(record)})`);
  console.log(`Changed (${plan.changed.length}):`);
  for (const { record, file, changes } of plan.changed) {
    console.log(`  ${record.id} (${rows(record)}; ${file})`);
    for (const change of changes) console.log(`    ${change.field}: ${change.before} → ${change.after}`);
  }
  console.log(`Unchanged (${plan.unchanged.length}): left as they are.`);
  if (prune) {
    console.log(`Removed, being in the sheet's areas but not in the sheet (${plan.pruned.length}):`);
    for (const entry of plan.pruned) console.log(`  ${entry.id} (${entry.file})`);
  }
  if (write) {
    for (const record of [...plan.added, ...plan.changed.map((change) => change.record)]) save(record);
    for (const entry of plan.pruned) rmSync(entry.file);
  }
  console.log(write ? '\nWritten. Check the Welsh text, then run npm test.' : '\nNothing written yet: run again with --write to save these changes.');
  process.exit(0);
}

for (const record of imported) {
  const { target, moved } = save(record);
  console.log(`${write ? 'wrote' : 'would write'} ${target} (${rows(record)}${moved})`);
}
console.log(
  `\n${imported.length} record${imported.length === 1 ? '' : 's'} valid${write ? ' and written' : '; run again with --write to save them'}. Check the Welsh text, then run npm test.`,
);
