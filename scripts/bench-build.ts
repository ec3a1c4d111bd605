/**
 * npm run bench:build [-- --factors=10,100]
 * Builds the site from synthetic content at 10× and 100× the sample (and the
 * sample itself) and reports build seconds, pages per second and peak memory.
 * Results go to the console as a Markdown table and to .bench/build-results.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import { syntheticProvision } from '../src/lib/bench/synthetic.ts';
import { readContentDir } from '../src/lib/content/load.ts';

const arg = process.argv.find((a) => a.startsWith('--factors='));
const factors = (arg ? arg.slice('--factors='.length) : '1,10,100').split(',').map(Number);
const root = process.cwd();
const bench = resolve('.bench');
const { records, issues } = readContentDir(resolve('content'));
if (issues.length > 0) throw new Error('The sample content has problems; run npm run validate first.');
const sampleCount = records.filter((record) => record.collection === 'provision').length;

const countPages = (dir: string): number =>
  readdirSync(dir).reduce((n, name) => {
    const path = join(dir, name);
    return n + (statSync(path).isDirectory() ? countPages(path) : name.endsWith('.html') ? 1 : 0);
  }, 0);

const writeContent = (dir: string, factor: number) => {
  rmSync(dir, { recursive: true, force: true });
  const provision = factor === 1 ? records.filter((r) => r.collection === 'provision') : syntheticProvision(records, factor);
  for (const record of [...records.filter((r) => r.collection !== 'provision'), ...provision]) {
    const path = join(dir, relative('content', record.file));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, yaml.dump(record.data, { lineWidth: 200 }));
  }
  return provision.length;
};

const results = [];
for (const factor of factors) {
  const contentDir = join(bench, `content-${factor}x`);
  const outDir = join(bench, `dist-${factor}x`);
  const entries = writeContent(contentDir, factor);
  rmSync(outDir, { recursive: true, force: true });
  rmSync(`${outDir}-cache`, { recursive: true, force: true });
  console.log(`Building ${factor}× (${entries} provision entries)…`);
  const started = performance.now();
  const child = spawnSync(process.execPath, ['scripts/bench-build-child.ts'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, BENCH_OUT: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = (performance.now() - started) / 1000;
  if (child.status !== 0) {
    console.error(child.stdout.slice(-4000), child.stderr.slice(-4000));
    throw new Error(`The ${factor}× build failed`);
  }
  const last = child.stdout.trim().split('\n').at(-1) ?? '{}';
  const { seconds, maxRssKiB } = JSON.parse(last) as { seconds: number; maxRssKiB: number };
  const pages = countPages(outDir);
  results.push({ factor, entries, pages, buildSeconds: seconds, wallSeconds: wall, pagesPerSecond: pages / seconds, peakRssMiB: maxRssKiB / 1024 });
}

const table = [
  '| data set | provision entries | pages | build (s) | pages/s | peak RSS (MiB) |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${r.factor === 1 ? 'sample' : `${r.factor}× sample`} | ${r.entries} | ${r.pages} | ${r.buildSeconds.toFixed(1)} | ${r.pagesPerSecond.toFixed(0)} | ${r.peakRssMiB.toFixed(0)} |`,
  ),
].join('\n');
mkdirSync(bench, { recursive: true });
writeFileSync(join(bench, 'build-results.json'), `${JSON.stringify({ sampleCount, date: new Date().toISOString(), results }, null, 2)}\n`);
console.log(`\n${table}`);
