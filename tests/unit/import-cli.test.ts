/**
 * `npm run export` and `npm run import` as an EPC runs them, on a copy of the sample content:
 * the issue-23 journey (export one area's JGW+ offers, change one capacity, import with
 * --update --prune --write) changes one line of one file and deletes nothing; deletions are
 * listed first and need --confirm-deletions N; a sheet without a scope cannot prune; and the
 * summary line survives being read through a pipe, after thousands of bad rows.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

/** Each command starts Node and reads the whole sample: about a second on a quiet machine, ten or more with a build beside it. */
const TIMEOUT = 120_000;

/** A fresh copy of the content, and a folder for sheets. */
const workspace = () => {
  const root = mkdtempSync(join(tmpdir(), 'llwybrau-cli-'));
  cpSync('content', join(root, 'content'), { recursive: true });
  return { root, content: join(root, 'content'), sheet: join(root, 'sheet.csv') };
};

const run = (script: 'import-csv' | 'export-csv', args: string[], contentDir: string) => {
  const result = spawnSync(process.execPath, [join('tools', `${script}.ts`), ...args], {
    env: { ...process.env, CONTENT_DIR: contentDir, LLWYBRAU_BUILD_DATE: '2026-11-26' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
};

/** Every file under a folder, by its path inside it, with its text. */
const snapshot = (dir: string): Map<string, string> => {
  const out = new Map<string, string>();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return out;
};

/** The files that differ, with the lines taken out and put in. */
const changes = (before: Map<string, string>, after: Map<string, string>) =>
  [...new Set([...before.keys(), ...after.keys()])]
    .filter((path) => before.get(path) !== after.get(path))
    .map((path) => {
      const a = before.get(path)?.split('\n') ?? [];
      const b = after.get(path)?.split('\n') ?? [];
      return {
        path,
        removed: a.filter((line) => !b.includes(line)),
        added: b.filter((line) => !a.includes(line)),
        gone: !after.has(path),
      };
    });

const readSheet = (path: string): string[][] =>
  Papa.parse<string[]>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
const writeSheet = (path: string, rows: string[][]) =>
  writeFileSync(path, `\uFEFF${Papa.unparse(rows, { newline: '\r\n' })}\r\n`);

describe('the spreadsheet journey from the command line', () => {
  it(
    'export Gwynedd’s JGW+ offers, change one capacity, import with --update --prune --write: one line of one file changes',
    () => {
      const { content, sheet } = workspace();
      const before = snapshot(content);
      expect(run('export-csv', ['--area', 'gwynedd', '--kind', 'jgw', '--out', sheet], content).status).toBe(0);
      const rows = readSheet(sheet);
      const header = rows[0] as string[];
      const capacity = header.indexOf('capacity');
      const target = rows[1] as string[];
      const was = target[capacity];
      target[capacity] = String(Number(was || '10') + 5);
      writeSheet(sheet, rows);
      const result = run('import-csv', [sheet, '--update', '--prune', '--write'], content);
      expect(result.err).toBe('');
      expect(result.status).toBe(0);
      expect(result.out).toContain('To remove, being inside what the sheet covers but not in it (0):');
      expect(changes(before, snapshot(content))).toEqual([
        {
          path: `provision/jgw/${target[0]}.yaml`,
          removed: was ? [`capacity: ${was}`] : [],
          added: [`capacity: ${target[capacity]}`],
          gone: false,
        },
      ]);
    },
    TIMEOUT,
  );

  it(
    'lists deletions first, and removes them only with --confirm-deletions and the right count',
    () => {
      const { content, sheet } = workspace();
      const before = snapshot(content);
      run('export-csv', ['--area', 'gwynedd', '--kind', 'jgw', '--out', sheet], content);
      const rows = readSheet(sheet);
      const gone = (rows[2] as string[])[0] as string;
      writeSheet(
        sheet,
        rows.filter((row) => row[0] !== gone),
      );
      const dry = run('import-csv', [sheet, '--update', '--prune'], content);
      expect(dry.status).toBe(0);
      expect(dry.out).toContain(`To remove, being inside what the sheet covers but not in it (1):\n  ${gone} (`);
      expect(dry.out).toContain('run again with --write --confirm-deletions 1 to save these changes');

      const unconfirmed = run('import-csv', [sheet, '--update', '--prune', '--write'], content);
      expect(unconfirmed.status).toBe(1);
      expect(unconfirmed.err.trim()).toBe(
        'This would remove 1 record (listed above). Nothing was written. Check the list; to remove them, run again with --write --confirm-deletions 1.',
      );
      const miscounted = run(
        'import-csv',
        [sheet, '--update', '--prune', '--write', '--confirm-deletions', '2'],
        content,
      );
      expect(miscounted.status).toBe(1);
      expect(miscounted.err.trim()).toBe(
        '--confirm-deletions 2 does not match the 1 record this would remove (listed above). Nothing was written. Check the list, then give --confirm-deletions 1.',
      );
      expect(changes(before, snapshot(content))).toEqual([]);

      const confirmed = run(
        'import-csv',
        [sheet, '--update', '--prune', '--write', '--confirm-deletions', '1'],
        content,
      );
      expect(confirmed.status).toBe(0);
      expect(changes(before, snapshot(content)).map(({ path, gone: deleted }) => [path, deleted])).toEqual([
        [`provision/jgw/${gone}.yaml`, true],
      ]);
    },
    TIMEOUT,
  );

  it(
    'will not prune with a sheet that does not say what it covers',
    () => {
      const { content, sheet } = workspace();
      const before = snapshot(content);
      run('export-csv', ['--area', 'gwynedd', '--kind', 'jgw', '--out', sheet], content);
      writeSheet(
        sheet,
        readSheet(sheet)
          .slice(0, 2)
          .map((row) => row.slice(0, -1)),
      );
      const result = run('import-csv', [sheet, '--update', '--prune', '--write', '--confirm-deletions', '2'], content);
      expect(result.status).toBe(1);
      expect(result.err).toContain(
        ': --prune needs a sheet that says what it covers (the sheet_scope column npm run export writes)',
      );
      expect(changes(before, snapshot(content))).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'says what a web page saved as .xls is, in one line',
    () => {
      const { root, content } = workspace();
      const xls = join(root, 'pupils.xls');
      writeFileSync(xls, '<html><body><table><tr><td>id</td><td>kind</td></tr></table></body></html>');
      const result = run('import-csv', [xls], content);
      expect(result.status).toBe(1);
      expect(result.err.trim().split('\n')).toEqual([
        `${xls}: this is a web page (HTML) saved with a spreadsheet's name, as many management systems export their tables, not CSV: open it in Excel, choose Save As, then "CSV UTF-8 (Comma delimited) (*.csv)", and import that file`,
      ]);
    },
    TIMEOUT,
  );

  it(
    'prints the first 50 of 20,000 bad rows and the summary, whole, through a pipe',
    () => {
      const { content, sheet } = workspace();
      writeFileSync(sheet, `id,kind\n${Array.from({ length: 20_000 }, (_, i) => `Bad Id ${i},course`).join('\n')}\n`);
      const result = run('import-csv', [sheet], content);
      expect(result.status).toBe(1);
      const lines = result.err.trim().split('\n');
      expect(lines).toHaveLength(53);
      expect(lines[50]).toBe(
        `… and 19,950 more problems (19,950 in ${sheet}); fix these first, then check again to see the rest.`,
      );
      expect(lines.at(-1)).toBe(`20,000 problems in ${sheet}. Nothing was written.`);
    },
    TIMEOUT,
  );
});
