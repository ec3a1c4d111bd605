/**
 * npm run import -- <sheet.csv> [--write] [--force | --update [--prune [--confirm-deletions N]]]
 * Checks a spreadsheet of provision (saved as CSV; columns in docs/import.md) against the
 * schema and the existing content, and with --write saves one YAML record per offer under
 * content/provision/<kind>/. Nothing is written while any row has a problem.
 * - An id that already exists is refused unless --force (replace) or --update is given.
 * - --update says first what the sheet adds and changes, field by field, and writes only the
 *   fields that changed: the rest of each file stays as it was written.
 * - --prune also removes records the sheet leaves out, but only inside the scope the sheet
 *   states (the sheet_scope column that npm run export writes); a sheet without one cannot
 *   prune. Removals are listed by a run without --write, and a run with --write that would
 *   remove records needs --confirm-deletions N with N the number listed.
 * CONTENT_DIR overrides the content folder.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { readBoundaries, readContentDir } from '../src/lib/content/load.ts';
import { limitProblems } from '../src/lib/content/problem-list.ts';
import { recordFileText } from '../src/lib/content/record-file.ts';
import { formatIssue, validateRecords } from '../src/lib/content/validate.ts';
import { buildDate, referenceDataDir } from '../src/lib/environment.ts';
import { settingsProblems } from '../src/lib/settings.ts';
import { checkSheet } from '../src/lib/sheets/import.ts';
import { formatImportIssue, type ImportedRecord } from '../src/lib/sheets/rows.ts';
import { describeScope, SCOPE_COLUMN } from '../src/lib/sheets/scope.ts';
import { planUpdate } from '../src/lib/sheets/update-plan.ts';
import { runCli, stop } from './cli.ts';

const USAGE =
  'Usage: npm run import -- <sheet.csv> [--write] [--force | --update [--prune [--confirm-deletions N]]]   (columns: docs/import.md)';
const FLAGS = new Set(['--write', '--force', '--update', '--prune', '--confirm-deletions']);

/**
 * Writes every file, and removes every file, or none: each new text goes to a temporary file beside
 * its target first, and only when all of them are written are they renamed into place and the
 * removals made. If writing any of them fails, the temporary files are removed and nothing has changed.
 */
const writeAll = (writes: readonly { target: string; text: string }[], removals: readonly string[]) => {
  const staged: { temporary: string; target: string }[] = [];
  try {
    for (const { target, text } of writes) {
      mkdirSync(dirname(target), { recursive: true });
      const temporary = `${target}.importing`;
      staged.push({ temporary, target });
      writeFileSync(temporary, text);
    }
  } catch (error) {
    for (const { temporary } of staged) rmSync(temporary, { force: true });
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'an error';
    stop(1, `Could not write ${staged.at(-1)?.target ?? 'the records'} (${reason}). Nothing was written or removed.`);
  }
  for (const { temporary, target } of staged) renameSync(temporary, target);
  for (const file of removals) rmSync(file, { force: true });
};

runCli(() => {
  // The settings first (the content folder, the reference data, the date): a wrong one is said in one line.
  const settings = settingsProblems();
  if (settings.length > 0) stop(2, ...settings);
  const args = process.argv.slice(2);
  const confirmAt = args.indexOf('--confirm-deletions');
  const confirmText = confirmAt === -1 ? undefined : args[confirmAt + 1];
  const positional = args.filter((arg, i) => !arg.startsWith('--') && !(confirmAt !== -1 && i === confirmAt + 1));
  const unknown = args.filter((arg) => arg.startsWith('--') && !FLAGS.has(arg));
  if (unknown.length > 0) stop(2, `Unknown option ${unknown.join(', ')}. ${USAGE}`);
  const write = args.includes('--write');
  const update = args.includes('--update');
  const prune = args.includes('--prune');
  const force = args.includes('--force') || update;
  if (prune && !update)
    stop(2, '--prune only works with --update: it removes records the sheet leaves out, after saying which.');
  if (confirmAt !== -1 && !prune)
    stop(2, '--confirm-deletions only works with --update --prune: it confirms how many records the prune removes.');
  if (confirmAt !== -1 && (confirmText === undefined || !/^\d+$/.test(confirmText)))
    stop(
      2,
      `--confirm-deletions needs the number of records to remove, as a run without --write lists them (got ${confirmText === undefined ? 'nothing' : `"${confirmText}"`}).`,
    );
  const confirmed = confirmText === undefined ? null : Number(confirmText);
  if (positional.length !== 1)
    stop(2, positional.length === 0 ? USAGE : `Give one sheet at a time (got ${positional.join(', ')}). ${USAGE}`);
  const csvPath = positional[0] as string;
  if (!existsSync(csvPath)) stop(2, `${csvPath}: no such file`);
  if (!statSync(csvPath).isFile())
    stop(2, `${csvPath}: is a folder, not a file; give the path of a spreadsheet saved as CSV (UTF-8)`);

  /** The area boundaries, or none (with a warning) when the reference data is not there. */
  const referenceBoundaries = () => {
    try {
      const reference = readBoundaries(referenceDataDir());
      if (reference === null)
        console.warn(
          `Warning: ${referenceDataDir()} has no area boundaries (set LLWYBRAU_DATA_DIR); venues were not checked against their areas.`,
        );
      return { boundaries: reference?.boundaries ?? [], districts: reference?.districts ?? [] };
    } catch (error) {
      return stop(2, error instanceof Error ? error.message : String(error));
    }
  };

  const today = buildDate();
  const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
  const contentRel = relative(process.cwd(), contentDir) || '.';
  const { records: existing, issues: readIssues } = readContentDir(contentDir);
  if (readIssues.length > 0)
    stop(
      1,
      ...limitProblems(readIssues.map(formatIssue)),
      '\nThe existing content has problems; fix them first (npm run validate).',
    );

  // Problems name the file as it was given on the command line.
  const csvFile = csvPath;
  const checked = checkSheet(readFileSync(csvPath), csvFile, existing, {
    contentRel,
    force,
    today,
    ...referenceBoundaries(),
  });
  if ('error' in checked) return stop(1, checked.error);
  const { encoding, imported, problems, elsewhere, existingIds, scope } = checked;
  if (encoding !== 'UTF-8') console.log(`${csvFile}: read as ${encoding} text (not UTF-8).`);

  if (problems.length > 0 || elsewhere.length > 0) {
    // A problem the new rows cause elsewhere (a loop through an existing record) is reported as the build would.
    const count = problems.length + elsewhere.length;
    stop(
      1,
      ...limitProblems([...problems.map(formatImportIssue), ...elsewhere.map(formatIssue)]),
      `\n${count.toLocaleString('en-GB')} problem${count === 1 ? '' : 's'} in ${csvFile}. Nothing was written.`,
    );
  }
  if (prune && scope === null)
    stop(
      1,
      `${csvFile}: --prune needs a sheet that says what it covers (the ${SCOPE_COLUMN} column npm run export writes), and this one does not, so nothing can be removed with it. Nothing was written.\nExport a fresh sheet (npm run export -- --area <id> --kind <kind> --out sheet.csv), make your changes in it, and prune with that; or run without --prune to add and change records only.`,
    );

  const rows = (record: ImportedRecord) => `row${record.rows.length > 1 ? 's' : ''} ${record.rows.join(', ')}`;
  /** The new text of each file to write, and the old files to remove: worked out in full before anything is written. */
  const writes: { target: string; text: string }[] = [];
  const removals: string[] = [];
  const existingText = (file: string) => readFileSync(resolve(file), 'utf8');
  const place = (
    record: ImportedRecord,
    patch: { before: Record<string, unknown>; after: Record<string, unknown> } | null,
  ) => {
    const target = record.file.replace(/^(\.\/)?/, '');
    const earlier = existingIds.get(record.id);
    const movedFrom = earlier !== undefined && resolve(earlier) !== resolve(target) ? earlier : null;
    writes.push({
      target,
      text: recordFileText(
        patch && earlier !== undefined ? { text: existingText(earlier), ...patch } : null,
        record.data,
      ),
    });
    if (movedFrom) removals.push(movedFrom);
    return { target, moved: movedFrom ? `, moved from ${movedFrom}` : '' };
  };
  const applyWrites = () => writeAll(writes, removals);

  if (!update) {
    // --force replaces a record by what the sheet holds; a record that reads the same is left as it is, and only changed fields are rewritten.
    const plan = planUpdate(existing, imported, { today });
    const patches = new Map(plan.changed.map((change) => [change.record.id, change] as const));
    const untouched = new Set(plan.unchanged.map((record) => record.id));
    for (const record of imported) {
      if (untouched.has(record.id)) {
        console.log(`unchanged ${existingIds.get(record.id)} (${rows(record)})`);
        continue;
      }
      const { target, moved } = place(record, patches.get(record.id) ?? null);
      console.log(`${write ? 'wrote' : 'would write'} ${target} (${rows(record)}${moved})`);
    }
    if (write) applyWrites();
    console.log(
      `\n${imported.length} record${imported.length === 1 ? '' : 's'} valid${write ? ' and written' : '; run again with --write to save them'}. Check the Welsh text, then run npm test.`,
    );
    return;
  }

  // Say what would change before anything is written; unchanged records are not touched.
  const plan = planUpdate(existing, imported, { today, prune, scope });
  if (plan.pruned.length > 0) {
    const gone = new Set(plan.pruned.map((entry) => entry.id));
    const replaced = new Set(imported.map((record) => record.id));
    const left = existing.filter(
      (record) => !(record.collection === 'provision' && (gone.has(record.id) || replaced.has(record.id))),
    );
    const { issues } = validateRecords([...left, ...imported], { today });
    if (issues.length > 0)
      stop(
        1,
        ...limitProblems(issues.map(formatIssue)),
        `\nRemoving ${plan.pruned.length} record(s) would leave the content broken (above). Nothing was written.`,
      );
  }
  if (scope !== null) console.log(`${csvFile} covers ${describeScope(scope)}.`);
  console.log(`Added (${plan.added.length}):`);
  for (const record of plan.added) console.log(`  ${record.id} (${rows(record)})`);
  console.log(`Changed (${plan.changed.length}):`);
  for (const change of plan.changed) {
    const moves =
      resolve(change.file) !== resolve(change.record.file.replace(/^(\.\/)?/, ''))
        ? `, moving to ${change.record.file}`
        : '';
    console.log(`  ${change.record.id} (${rows(change.record)}; ${change.file}${moves})`);
    for (const field of change.changes) console.log(`    ${field.field}: ${field.before} → ${field.after}`);
  }
  console.log(`Unchanged (${plan.unchanged.length}): left as they are.`);
  if (prune) {
    console.log(`To remove, being inside what the sheet covers but not in it (${plan.pruned.length}):`);
    for (const entry of plan.pruned) console.log(`  ${entry.id} (${entry.file})`);
  }
  for (const record of plan.added) place(record, null);
  for (const change of plan.changed) place(change.record, change);
  removals.push(...plan.pruned.map((entry) => entry.file));

  if (!write) {
    const confirm = plan.pruned.length > 0 ? ` --confirm-deletions ${plan.pruned.length}` : '';
    console.log(`\nNothing written yet: check the list, then run again with --write${confirm} to save these changes.`);
    return;
  }
  if (plan.pruned.length > 0 && confirmed !== plan.pruned.length) {
    stop(
      1,
      confirmed === null
        ? `\nThis would remove ${plan.pruned.length} record${plan.pruned.length === 1 ? '' : 's'} (listed above). Nothing was written. Check the list; to remove them, run again with --write --confirm-deletions ${plan.pruned.length}.`
        : `\n--confirm-deletions ${confirmed} does not match the ${plan.pruned.length} record${plan.pruned.length === 1 ? '' : 's'} this would remove (listed above). Nothing was written. Check the list, then give --confirm-deletions ${plan.pruned.length}.`,
    );
  }
  if (plan.pruned.length === 0 && confirmed !== null && confirmed > 0)
    stop(1, `\n--confirm-deletions ${confirmed} does not match: this would remove no records. Nothing was written.`);
  applyWrites();
  console.log('\nWritten. Check the Welsh text, then run npm test.');
});
