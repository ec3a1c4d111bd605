/**
 * Shared by the benchmark scripts: writes synthetic content and builds it in a
 * child process (so its peak memory can be read). Output goes under .bench/.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import yaml from 'yaml';
import { readContentDir, SYNONYMS_FILE, VOCABULARY_FILE } from '../src/lib/content/load.ts';
import { syntheticProvision } from './bench/synthetic.ts';

export const BENCH_DIR = resolve('.bench');

export const readSample = () => {
  const { records, issues } = readContentDir(resolve('content'));
  if (issues.length > 0) throw new Error('The sample content has problems; run npm run validate first.');
  return records;
};

export const countPages = (dir: string): number =>
  readdirSync(dir).reduce((n, name) => {
    const path = join(dir, name);
    return n + (statSync(path).isDirectory() ? countPages(path) : name.endsWith('.html') ? 1 : 0);
  }, 0);

/** Writes the sample (factor 1) or `factor` synthetic copies of it, with the real areas, providers and demand. */
export const writeBenchContent = (factor: number): { dir: string; entries: number } => {
  const records = readSample();
  const dir = join(BENCH_DIR, `content-${factor}x`);
  rmSync(dir, { recursive: true, force: true });
  const provision =
    factor === 1 ? records.filter((r) => r.collection === 'provision') : syntheticProvision(records, factor);
  for (const record of [...records.filter((r) => r.collection !== 'provision'), ...provision]) {
    const path = join(dir, relative('content', record.file));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, yaml.stringify(record.data, { lineWidth: 0, aliasDuplicateObjects: false }));
  }
  // The search synonyms and vocabulary, as the site has them.
  for (const name of [SYNONYMS_FILE, VOCABULARY_FILE]) {
    const file = resolve('content', name);
    if (existsSync(file)) writeFileSync(join(dir, name), readFileSync(file));
  }
  return { dir, entries: provision.length };
};

export interface BuildResult {
  factor: number;
  entries: number;
  pages: number;
  buildSeconds: number;
  pagesPerSecond: number;
  peakRssMiB: number;
  /** Time the gap analysis took inside the build, or null if the child could not read it. */
  gapAnalysisMs: number | null;
  outDir: string;
}

/** Writes the content for `factor` and builds it into .bench/dist-<factor>x. */
export const benchBuild = (factor: number): BuildResult => {
  const { dir, entries } = writeBenchContent(factor);
  const outDir = join(BENCH_DIR, `dist-${factor}x`);
  rmSync(outDir, { recursive: true, force: true });
  rmSync(`${outDir}-cache`, { recursive: true, force: true });
  console.log(`Building ${factor}× (${entries} provision entries)…`);
  const child = spawnSync(process.execPath, ['tools/bench-build-child.ts'], {
    env: { ...process.env, CONTENT_DIR: dir, BENCH_OUT: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) {
    console.error(child.stdout.slice(-4000), child.stderr.slice(-4000));
    throw new Error(`The ${factor}× build failed`);
  }
  const { seconds, maxRssKiB, gapMs } = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as {
    seconds: number;
    maxRssKiB: number;
    gapMs: number | null;
  };
  const pages = countPages(outDir);
  return {
    factor,
    entries,
    pages,
    buildSeconds: seconds,
    pagesPerSecond: pages / seconds,
    peakRssMiB: maxRssKiB / 1024,
    gapAnalysisMs: gapMs,
    outDir,
  };
};

export const factorsFromArgs = (fallback: string): number[] => {
  const arg = process.argv.find((a) => a.startsWith('--factors='));
  return (arg ? arg.slice('--factors='.length) : fallback).split(',').map(Number);
};

export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
};

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.json': 'application/json',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};

/**
 * Serves a built site from 127.0.0.1 on `port` (a free one by default), as a static host would; with `gzip`, text
 * files are compressed for clients that ask, as every real host does (Lighthouse measures that).
 * `onRequest` hears every path asked for, from pages and their workers alike.
 */
export const serve = (
  root: string,
  { gzip = false, onRequest, port = 0 }: { gzip?: boolean; onRequest?: (path: string) => void; port?: number } = {},
) =>
  new Promise<{ url: string; close: () => void }>((resolveServer) => {
    // Each file is compressed once, as a host that stores compressed copies would serve it.
    const zipped = new Map<string, Buffer>();
    const server = createServer((request, response) => {
      onRequest?.(decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/'));
      const path = normalize(decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/')).replace(
        /^(\.\.[/\\])+/,
        '',
      );
      let file = join(root, path);
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) {
        response.writeHead(404).end('not found');
        return;
      }
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const body = readFileSync(file);
      if (
        gzip &&
        type !== 'application/octet-stream' &&
        /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
      ) {
        let zip = zipped.get(file);
        if (!zip) {
          zip = gzipSync(body);
          zipped.set(file, zip);
        }
        response.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' }).end(zip);
        return;
      }
      response.writeHead(200, { 'Content-Type': type }).end(body);
    });
    server.listen(port, '127.0.0.1', () =>
      resolveServer({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }),
    );
  });

/** A port free on 127.0.0.1 now, for a build that must name the address it will be served from. */
export const freePort = () =>
  new Promise<number>((resolvePort, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolvePort(port));
    });
  });
