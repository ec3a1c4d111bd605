/**
 * After the build: bundles src/sw/service-worker.ts with esbuild and lets Workbox's
 * injectManifest write dist/sw.js with the precache list: the My options pages in both
 * languages and exactly the scripts and styles they load (followed through their imports),
 * so that My options opens offline. Everything else is kept as it is visited (lib/offline/rules.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { PRECACHE_GLOBS } from '../lib/offline/rules.ts';

/** The /_astro/ files a page loads: its script and style tags, and every module those scripts import, followed. */
export const pageAssets = (outDir: string, html: string): string[] => {
  const found = new Set<string>();
  const queue = [...html.matchAll(/(?:src|href)="\/(_astro\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (found.has(file)) continue;
    found.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(outDir, file), 'utf8');
    // Static imports between chunks are relative to the chunk: from"./x.js" or import"./x.js".
    for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) queue.push(`_astro/${m[1]}`);
  }
  return [...found].sort();
};

export const serviceWorker = (): AstroIntegration => ({
  name: 'llwybrau:service-worker',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const outDir = fileURLToPath(dir);
      const shortlistPages = PRECACHE_GLOBS.filter((glob) => glob.endsWith('.html'));
      const assets = new Set(
        shortlistPages.flatMap((page) => pageAssets(outDir, readFileSync(join(outDir, page), 'utf8'))),
      );
      const bundled = await build({
        entryPoints: [fileURLToPath(new URL('../sw/service-worker.ts', import.meta.url))],
        bundle: true,
        format: 'iife',
        minify: true,
        write: false,
        target: 'es2022',
        define: { 'process.env.NODE_ENV': '"production"' },
        logLevel: 'silent',
      });
      const work = mkdtempSync(join(tmpdir(), 'llwybrau-sw-'));
      try {
        const swSrc = join(work, 'sw.js');
        writeFileSync(swSrc, bundled.outputFiles[0]?.text ?? '');
        const { count, size, warnings } = await injectManifest({
          swSrc,
          swDest: join(outDir, 'sw.js'),
          globDirectory: outDir,
          globPatterns: [...PRECACHE_GLOBS, ...assets],
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(
          `sw.js keeps ${count} files (${Math.round(size / 1024)} KiB) for offline use from the start; pages and data are kept as they are visited.`,
        );
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
  },
});
