/**
 * npm run export -- [--area <id>] [--kind <kind>] [--out sheet.csv]
 * Writes provision as a spreadsheet in exactly the import columns (docs/import.md): one row
 * per offer, one more per extra venue; UTF-8 with a byte-order mark so Excel reads ŵ and ŷ;
 * formula-like cells neutralised in the way the importer undoes; and a sheet_scope column
 * on every row saying which areas and kinds it covers (what --prune may remove). Without --out it writes to
 * standard output. CONTENT_DIR overrides the content folder.
 */
import { writeFileSync } from 'node:fs';
import { loadContent } from '../src/lib/content/load.ts';
import { limitProblems } from '../src/lib/content/problem-list.ts';
import { formatIssue } from '../src/lib/content/validate.ts';
import { contentDir } from '../src/lib/environment.ts';
import { KINDS, type Kind } from '../src/lib/schema/vocabulary.ts';
import { settingsProblems } from '../src/lib/settings.ts';
import { provisionCsv } from '../src/lib/sheets/export.ts';
import { runCli, stop } from './cli.ts';

const USAGE = 'Usage: npm run export -- [--area <id>] [--kind <kind>] [--out sheet.csv]';

runCli(() => {
  // The settings first (the content folder, the reference data, the date): a wrong one is said in one line.
  const settings = settingsProblems();
  if (settings.length > 0) stop(2, ...settings);
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const i = args.indexOf(`--${name}`);
    if (i === -1) return undefined;
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) {
      stop(2, `--${name} needs a value. ${USAGE}`);
    }
    return value;
  };
  const known = new Set(['--area', '--kind', '--out']);
  const unknown = args.filter((arg, i) => arg.startsWith('--') && !known.has(arg) && !known.has(args[i - 1] ?? ''));
  if (unknown.length > 0) {
    stop(2, `Unknown option ${unknown.join(', ')}. ${USAGE}`);
  }
  const area = option('area');
  const kind = option('kind');
  const out = option('out');

  const { issues, content } = loadContent(contentDir());
  if (issues.length > 0) {
    stop(
      1,
      ...limitProblems(issues.map(formatIssue)),
      '\nThe content has problems; fix them first (npm run validate). Nothing was exported.',
    );
  }
  if (area !== undefined && !content.areas.some((candidate) => candidate.id === area)) {
    stop(2, `--area: no area "${area}" (one of ${content.areas.map((candidate) => candidate.id).join(', ')})`);
  }
  if (kind !== undefined && !(KINDS as readonly string[]).includes(kind)) {
    stop(2, `--kind: no kind "${kind}" (one of ${KINDS.join(', ')})`);
  }
  const chosen = content.provision
    .filter((entry) => area === undefined || entry.areas.includes(area))
    .filter((entry) => kind === undefined || entry.kind === kind)
    .sort((a, b) => a.id.localeCompare(b.id));
  // The sheet says what it covers, so that an import with --prune can remove only records inside it.
  const csv = provisionCsv(chosen, {
    areas: area === undefined ? 'all' : [area],
    kinds: kind === undefined ? 'all' : [kind as Kind],
  });
  if (out === undefined) process.stdout.write(csv);
  else {
    writeFileSync(out, csv);
    console.error(
      `Wrote ${chosen.length} record${chosen.length === 1 ? '' : 's'} to ${out}. Edit it, then: npm run import -- ${out} --update (and --write to save)`,
    );
  }
});
