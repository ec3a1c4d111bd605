/**
 * Reads content/ from disk and validates it: the one way every part of the
 * project (the build's preflight and content loader, `npm run validate`, the
 * end-to-end fixtures) gets the content.
 * Node-only (uses fs); never imported by client code.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import type { z } from 'zod';
import { buildDate, referenceDataDir } from '../environment.ts';
import { type Boundary, parseBoundaries } from '../geo/boundaries.ts';
import { type District, parseDistricts } from '../geo/districts.ts';
import { vocabularySchema } from '../schema/concepts.ts';
import { synonymsSchema } from '../schema/synonyms.ts';
import { quoted } from '../schema/text-checks.ts';
import { normalise } from '../search/normalise.ts';
import type { Concept, Synonyms } from '../search/types.ts';
import { hex, lineAt, utf8Trouble } from '../sheets/encoding.ts';
import {
  type CollectionKey,
  type ContentIssue,
  type FileWarning,
  fieldPath,
  ourWords,
  type RawRecord,
  type ValidContent,
  validateRecords,
} from './validate.ts';
import { readYaml } from './yaml-file.ts';

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
export const readContentDir = (
  contentDir: string,
  root = process.cwd(),
): { records: RawRecord[]; issues: ContentIssue[]; unreadable: Set<string> } => {
  const records: RawRecord[] = [];
  const issues: ContentIssue[] = [];
  /** `collection/id` of files that could not be read: reported once, and not again as missing wherever they are named. */
  const unreadable = new Set<string>();
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
        issues.push({
          file,
          field: '(file name)',
          message: `must end in .yaml (got ${ext ? quoted(ext) : 'no extension'}); the site only reads YAML records`,
        });
        continue;
      }
      const read = readYaml(readText(readFileSync(path)));
      if ('problem' in read) issues.push({ file, field: '(yaml)', message: read.problem });
      else if (read.data === undefined || read.data === null)
        issues.push({ file, field: '(file)', message: 'the file is empty; a record needs its fields' });
      else records.push({ collection, file, id: idFromPath(path), data: read.data });
      if ('problem' in read || read.data === undefined || read.data === null)
        unreadable.add(`${collection}/${idFromPath(path)}`);
    }
  }
  return { records, issues, unreadable };
};

/**
 * A content file's bytes as text, or what is wrong: content files are UTF-8. A file saved as
 * UTF-16 or in a legacy encoding would otherwise be read as nonsense, field by field.
 */
const readText = (bytes: Uint8Array): string | { problem: string } => {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { problem: 'is saved as UTF-16 (Unicode) text; save it as UTF-8, as every content file is' };
  const trouble = utf8Trouble(bytes);
  if (trouble !== null)
    return {
      problem: `is not UTF-8 text (byte ${hex(bytes[trouble.offset])} on line ${lineAt(bytes, trouble.offset)}); save it as UTF-8, as every content file is`,
    };
  return new TextDecoder('utf-8').decode(bytes);
};

export const SYNONYMS_FILE = 'synonyms.yaml';
export const VOCABULARY_FILE = 'vocabulary.yaml';

/** A search file of content/, read and checked against its schema: its data, or its problems. Null when the file is not there. */
const readSearchFile = <T>(
  contentDir: string,
  name: string,
  schema: { safeParse: (data: unknown, options: { error: typeof ourWords }) => z.ZodSafeParseResult<T> },
  expected: string,
  root: string,
): { file: string; data: T | null; issues: ContentIssue[] } | null => {
  const path = join(contentDir, name);
  if (!existsSync(path)) return null;
  const file = relative(root, path);
  const read = readYaml(readText(readFileSync(path)));
  if ('problem' in read) return { file, data: null, issues: [{ file, field: '(yaml)', message: read.problem }] };
  if (read.data === undefined || read.data === null)
    return {
      file,
      data: null,
      issues: [{ file, field: '(file)', message: `the file is empty; it needs ${expected}` }],
    };
  const parsed = schema.safeParse(read.data, { error: ourWords });
  if (!parsed.success)
    return {
      file,
      data: null,
      issues: parsed.error.issues.map((issue) => ({ file, field: fieldPath(issue.path), message: issue.message })),
    };
  return { file, data: parsed.data, issues: [] };
};

/**
 * content/synonyms.yaml, checked: the groups normalised for search, and any problems.
 * The file is optional: without it, search has no synonyms.
 */
export const readSynonyms = (
  contentDir: string,
  root = process.cwd(),
): { synonyms: Synonyms; issues: ContentIssue[] } => {
  const none: Synonyms = { same: [], related: [] };
  const read = readSearchFile(contentDir, SYNONYMS_FILE, synonymsSchema, 'same: and related: lists of groups', root);
  if (read === null) return { synonyms: none, issues: [] };
  const { file, data } = read;
  if (data === null) return { synonyms: none, issues: read.issues };
  const issues: ContentIssue[] = [];
  const normalised = (list: 'same' | 'related') => {
    const seen = new Map<string, number>();
    return data[list].map((group, g) => [
      ...new Set(
        group.map((word, w) => {
          const key = normalise(word);
          const earlier = seen.get(key);
          if (earlier !== undefined && earlier !== g)
            issues.push({
              file,
              field: `${list}[${g}][${w}]`,
              message: `"${word}" is already in ${list}[${earlier}]; a word may be in one ${list} group only (merge the two)`,
            });
          seen.set(key, g);
          return key;
        }),
      ),
    ]);
  };
  const synonyms = { same: normalised('same'), related: normalised('related') };
  return { synonyms: issues.length > 0 ? none : synonyms, issues };
};

/**
 * content/vocabulary.yaml, checked: each concept's tags and its words and phrases in both
 * languages, normalised for search, and any problems. The file is optional: without it, search
 * knows no concepts.
 */
export const readVocabulary = (
  contentDir: string,
  root = process.cwd(),
): { concepts: Concept[]; issues: ContentIssue[] } => {
  const read = readSearchFile(contentDir, VOCABULARY_FILE, vocabularySchema, 'a concepts: list', root);
  if (read === null) return { concepts: [], issues: [] };
  const { file, data } = read;
  if (data === null) return { concepts: [], issues: read.issues };
  const issues: ContentIssue[] = [];
  const concepts = data.concepts.map((concept, c) => {
    const all = new Set<string>();
    for (const lang of ['en', 'cy'] as const) {
      const seen = new Set<string>();
      concept[lang].forEach((phrase, p) => {
        const key = normalise(phrase);
        if (seen.has(key))
          issues.push({
            file,
            field: `concepts[${c}].${lang}[${p}]`,
            message: `"${phrase}" is listed twice in this concept's ${lang} words; keep one`,
          });
        seen.add(key);
        all.add(key);
      });
    }
    return { tags: [...new Set(concept.tags)], phrases: [...all] };
  });
  return { concepts: issues.length > 0 ? [] : concepts, issues };
};

const CACHE = Symbol.for('llwybrau.loaded-content');

export interface LoadedContent {
  /** How many files were read. */
  files: number;
  /** Every problem found, reading or validating; the content is only safe to use when this is empty. */
  issues: ContentIssue[];
  /** Things to check with the provider: they do not stop the build. */
  warnings: FileWarning[];
  /** The boundaries file venues were checked against, or null when it was not found (the check was not made). */
  boundariesFile: string | null;
  content: ValidContent;
  /** Search synonyms (content/synonyms.yaml), normalised. */
  synonyms: Synonyms;
  /** Search concepts (content/vocabulary.yaml), normalised. */
  concepts: Concept[];
}

export const BOUNDARIES_FILE = 'wales-lad-simplified.geojson';

/** The area boundaries in the reference data folder, or null when the file is not there. Throws, naming the file, when it cannot be read as boundaries. */
export const DISTRICTS_FILE = 'uk-outcodes-gibbs.csv';

/**
 * The area boundaries in the reference data folder, with Great Britain's postcode district centres
 * when that file is there too (for venues across the border), or null when the boundaries are not there.
 * Throws, naming the file, when one cannot be read.
 */
export const readBoundaries = (
  dataDir: string,
): { file: string; boundaries: Boundary[]; districts: District[] } | null => {
  const file = join(dataDir, BOUNDARIES_FILE);
  if (!existsSync(file)) return null;
  let geojson: unknown;
  try {
    geojson = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const districtsFile = join(dataDir, DISTRICTS_FILE);
  const districts = existsSync(districtsFile) ? parseDistricts(readFileSync(districtsFile, 'utf8'), districtsFile) : [];
  return { file, boundaries: parseBoundaries(geojson, file), districts };
};

/**
 * The validated content, read once per process for each folder. The build's
 * preflight (which runs first, to stop a bad build with our own messages) and
 * Astro's content loader run in the same process, so the key is on
 * globalThis: they load the code through different module graphs, and a
 * module-level cache would be two caches. `fresh` re-reads (dev, after an edit); `today`
 * is the build date (LLWYBRAU_BUILD_DATE, or the real date).
 */
export const loadContent = (
  dir: string,
  {
    fresh = false,
    today = buildDate(),
    dataDir = referenceDataDir(),
  }: { fresh?: boolean; today?: string; dataDir?: string } = {},
): LoadedContent => {
  const cache = globalThis as { [CACHE]?: { key: string; loaded: LoadedContent } };
  const key = JSON.stringify([dir, today, dataDir]);
  const hit = cache[CACHE];
  if (!fresh && hit?.key === key) return hit.loaded;
  const { records, issues: readIssues, unreadable } = readContentDir(dir);
  const reference = readBoundaries(dataDir);
  const { issues, warnings, content } = validateRecords(records, {
    today,
    boundaries: reference?.boundaries ?? [],
    districts: reference?.districts ?? [],
    unreadable,
  });
  const synonyms = readSynonyms(dir);
  const vocabulary = readVocabulary(dir);
  const loaded = {
    files: records.length,
    issues: [...readIssues, ...issues, ...synonyms.issues, ...vocabulary.issues],
    warnings,
    boundariesFile: reference?.file ?? null,
    content,
    synonyms: synonyms.synonyms,
    concepts: vocabulary.concepts,
  };
  cache[CACHE] = { key, loaded };
  return loaded;
};
