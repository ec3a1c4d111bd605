/**
 * Reads content/ from disk and validates it: the one way every part of the
 * project (the build's preflight and content loader, `npm run validate`, the
 * end-to-end fixtures) gets the content.
 * Node-only (uses fs); never imported by client code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import yaml from 'js-yaml';
import { buildDate } from './paths.ts';
import { type CollectionKey, type ContentIssue, type RawRecord, type ValidContent, validateRecords } from './validate.ts';

export const COLLECTION_DIRS: Record<CollectionKey, string> = {
  areas: 'areas',
  providers: 'providers',
  provision: 'provision',
  demand: 'demand',
};

const walk = (dir: string): string[] =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });

/** The id Astro's glob loader is configured to give an entry: its file name without extension. */
export const idFromPath = (path: string): string => basename(path, extname(path));

/**
 * Reads every .yaml/.yml file under each collection folder. Files with any
 * other extension (apart from README.md) are reported, not skipped silently.
 */
export const readContentDir = (contentDir: string, root = process.cwd()): { records: RawRecord[]; issues: ContentIssue[] } => {
  const records: RawRecord[] = [];
  const issues: ContentIssue[] = [];
  for (const [collection, folder] of Object.entries(COLLECTION_DIRS) as [CollectionKey, string][]) {
    const dir = join(contentDir, folder);
    let paths: string[];
    try {
      paths = walk(dir);
    } catch {
      issues.push({ file: relative(root, dir), field: '(folder)', message: `the ${collection} folder is missing` });
      continue;
    }
    for (const path of paths) {
      const file = relative(root, path);
      const ext = extname(path);
      if (basename(path).toLowerCase() === 'readme.md') continue;
      if (ext !== '.yaml' && ext !== '.yml') {
        issues.push({ file, field: '(file name)', message: `must end in .yaml (got "${ext || 'no extension'}"); the site only reads YAML records` });
        continue;
      }
      try {
        // The core schema keeps dates as the text written: the default one would read 2026-02-30 as 2 March.
        const data = yaml.load(readFileSync(path, 'utf8'), { schema: yaml.CORE_SCHEMA });
        if (data === undefined || data === null) issues.push({ file, field: '(file)', message: 'the file is empty; a record needs its fields' });
        else records.push({ collection, file, id: idFromPath(path), data });
      } catch (error) {
        const reason = error instanceof yaml.YAMLException ? error.message.split('\n')[0] : String(error);
        issues.push({ file, field: '(yaml)', message: `is not valid YAML: ${reason}` });
      }
    }
  }
  return { records, issues };
};

const CACHE = Symbol.for('llwybrau.loaded-content');

export interface LoadedContent {
  /** How many files were read. */
  files: number;
  /** Every problem found, reading or validating; the content is only safe to use when this is empty. */
  issues: ContentIssue[];
  content: ValidContent;
}

/**
 * The validated content, read once per process for each folder. The build's
 * preflight (which runs first, to stop a bad build with our own messages) and
 * Astro's content loader run in the same process, so the key is on
 * globalThis: they load the code through different module graphs, and a
 * module-level cache would be two caches. `fresh` re-reads (dev, after an edit); `today`
 * is the build date (LLWYBRAU_BUILD_DATE, or the real date).
 */
export const loadContent = (dir: string, { fresh = false, today = buildDate() }: { fresh?: boolean; today?: string } = {}): LoadedContent => {
  const cache = globalThis as { [CACHE]?: { dir: string; today: string; loaded: LoadedContent } };
  const hit = cache[CACHE];
  if (!fresh && hit?.dir === dir && hit.today === today) return hit.loaded;
  const { records, issues: readIssues } = readContentDir(dir);
  const { issues, content } = validateRecords(records, { today });
  const loaded = { files: records.length, issues: [...readIssues, ...issues], content };
  cache[CACHE] = { dir, today, loaded };
  return loaded;
};
