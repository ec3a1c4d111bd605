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
import { lexerReady, moduleClosure } from '../lib/build/modules.ts';
import { PRECACHE_GLOBS } from '../lib/offline/rules.ts';

/** The /_astro/ files a page loads: its script and style tags, and every module those scripts import, followed. */
export const pageAssets = (outDir: string, html: string): string[] => {
  const named = [...html.matchAll(/(?:src|href)="(\/_astro\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  const read = (path: string): string | null => {
    try {
      return readFileSync(join(outDir, path), 'utf8');
    } catch {
      return null;
    }
  };
  const imported = moduleClosure(
    named.filter((path) => path.endsWith('.js')),
    read,
  );
  return [...new Set([...named, ...imported])].map((path) => path.slice(1)).sort();
};

export const serviceWorker = (): AstroIntegration => ({
  name: 'llwybrau:service-worker',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      await lexerReady;
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
