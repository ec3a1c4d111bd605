/**
 * The import rules of docs/architecture.md, checked: each folder of src/ may
 * import only from the folders the document allows, so the layers cannot
 * quietly grow into each other. Also the structure rules of issue 9: no file
 * over 300 lines, and one place that maps a language to an Intl locale.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
const code = files(SRC).filter((path) => /\.(ts|tsx|astro)$/.test(path));
const rel = (path: string) => relative(SRC, path).replaceAll('\\', '/');
const folderOf = (path: string) => rel(path).split('/')[0] as string;

/** Each import of a file, as a folder of src/ ("lib", "data"…) or the package name. */
const importsOf = (path: string): string[] => {
  const text = readFileSync(path, 'utf8');
  const specifiers = [
    ...text.matchAll(
      /(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ].map((m) => (m[1] ?? m[2] ?? m[3]) as string);
  return specifiers.map((specifier) => {
    if (!specifier.startsWith('.')) return specifier;
    const target = resolve(path, '..', specifier);
    return target.startsWith(SRC) ? folderOf(target) : `../${relative(SRC, target)}`;
  });
};

/** What each folder may import from src/ (itself always allowed). Packages are checked apart. */
const ALLOWED: Record<string, readonly string[]> = {
  lib: [],
  dictionaries: ['lib'],
  data: ['lib', 'dictionaries'],
  integrations: ['lib', 'dictionaries'],
  admin: ['lib', 'dictionaries', 'browser'],
  'middleware.ts': ['lib'],
  sw: ['lib'],
  islands: ['lib', 'browser'],
  browser: ['lib'],
  components: ['lib', 'dictionaries', 'data', 'layouts', 'islands', 'browser', 'components'],
  layouts: ['lib', 'dictionaries', 'data', 'components', 'browser'],
  pages: ['lib', 'dictionaries', 'data', 'components', 'layouts'],
  'content.config.ts': ['lib'],
};
const SRC_FOLDERS = Object.keys(ALLOWED);

describe('the Node tools', () => {
  it('import nothing from tests/: the tests may use the tools, never the reverse', () => {
    const tools = readdirSync('tools', { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
    expect(tools.length).toBeGreaterThan(5);
    for (const name of tools) {
      const text = readFileSync(join('tools', name), 'utf8');
      expect(
        [...text.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]).filter((spec) => spec?.includes('tests/')),
        name,
      ).toEqual([]);
    }
  });
});

describe('the layers of src/', () => {
  it.each(code.map((path) => [rel(path), path]))('%s imports only what its folder may', (_name, path) => {
    const folder = folderOf(path);
    const allowed = ALLOWED[folder];
    expect(allowed, `src/${folder} is not described in docs/architecture.md`).toBeDefined();
    // One exception, types only: the message keys are the English dictionary's shape (lib/i18n/message-keys.ts).
    const typeOfDictionary =
      rel(path) === 'lib/i18n/message-keys.ts' &&
      /^import type en from '..\/..\/dictionaries\/en.json';$/m.test(readFileSync(path, 'utf8'));
    const wrong = importsOf(path).filter(
      (target) =>
        SRC_FOLDERS.includes(target) &&
        target !== folder &&
        !allowed?.includes(target) &&
        !(typeOfDictionary && target === 'dictionaries'),
    );
    expect(wrong).toEqual([]);
  });

  it('keeps src/lib free of Astro, the file system outside content loading, and the DOM', () => {
    for (const path of code.filter((p) => folderOf(p) === 'lib')) {
      const packages = importsOf(path).filter((target) => !target.startsWith('.') && !SRC_FOLDERS.includes(target));
      expect(
        packages.filter((name) => name.startsWith('astro')),
        rel(path),
      ).toEqual([]);
      const nodeOnly = packages.filter((name) => name.startsWith('node:'));
      if (nodeOnly.length > 0)
        expect(
          ['lib/content/load.ts', 'lib/environment.ts', 'lib/schema/schema-docs.ts', 'lib/settings.ts'],
          rel(path),
        ).toContain(rel(path));
    }
  });

  it('keeps browser code (islands, browser and the service worker) away from Node and from the build-time data layer', () => {
    for (const path of code.filter((p) => ['islands', 'browser', 'sw'].includes(folderOf(p)))) {
      const reached = new Set<string>();
      const visit = (file: string) => {
        if (reached.has(file)) return;
        reached.add(file);
        // Type-only imports are erased before the browser sees the code, so they are not followed.
        const runtime = readFileSync(file, 'utf8').replace(/^import type [^;]+;/gm, '');
        for (const specifier of [...runtime.matchAll(/from\s+['"](\.[^'"]+)['"]/g)].map((m) => m[1] as string)) {
          const target = resolve(file, '..', specifier);
          if (/\.(ts|tsx)$/.test(target)) visit(target);
        }
      };
      visit(path);
      const nodeOnly = [...reached].filter((file) =>
        /from\s+['"](node:|astro:|zod|yaml|papaparse)/.test(readFileSync(file, 'utf8')),
      );
      expect(nodeOnly.map(rel), rel(path)).toEqual([]);
    }
  });
});

describe('structure', () => {
  it('has no file over 300 lines in src/, except stylesheets and the UI dictionaries', () => {
    const long = code
      .map((path) => [rel(path), readFileSync(path, 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > 300);
    expect(long).toEqual([]);
  });

  it('maps a page language to an Intl locale in one place only', () => {
    const ternaries = code.filter((path) =>
      /'cy-GB'\s*:\s*'en-GB'|'en-GB'\s*:\s*'cy-GB'/.test(readFileSync(path, 'utf8')),
    );
    expect(ternaries.map(rel)).toEqual([]);
  });
});
