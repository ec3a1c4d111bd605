/**
 * After the build: every page names, in its head, its module scripts and islands and each module
 * they import statically (lib/build/modules.ts), so that a phone fetches them side by side, from
 * the start, rather than one level of imports per round trip once the page is parsed. Runs before the service worker's step, which fingerprints the
 * pages as they are finally written.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { entryModules, lexerReady, moduleClosure, withModulePreload } from '../lib/build/modules.ts';

const htmlFiles = function* (dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
};

export const modulePreload = (): AstroIntegration => ({
  name: 'llwybrau:module-preload',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      await lexerReady;
      const outDir = fileURLToPath(dir);
      const code = new Map<string, string | null>();
      const read = (path: string): string | null => {
        if (!code.has(path)) {
          try {
            code.set(path, readFileSync(join(outDir, path), 'utf8'));
          } catch {
            code.set(path, null);
          }
        }
        return code.get(path) ?? null;
      };
      // Pages share a handful of sets of scripts: each set is followed once.
      const closures = new Map<string, string[]>();
      let pages = 0;
      for (const file of htmlFiles(outDir)) {
        const html = readFileSync(file, 'utf8');
        const entries = entryModules(html);
        if (entries.length === 0) continue;
        const key = entries.join(' ');
        let modules = closures.get(key);
        if (!modules) {
          // The entries too: a script at the end of a long page is otherwise found only once the page is parsed.
          modules = [...entries.filter((path) => read(path) !== null), ...moduleClosure(entries, read)];
          closures.set(key, modules);
        }
        const next = withModulePreload(html, modules);
        if (next !== html) {
          writeFileSync(file, next);
          pages++;
        }
      }
      logger.info(`Named the modules ${pages} pages import, for the browser to fetch side by side.`);
    },
  },
});
