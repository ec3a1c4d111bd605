/**
 * npm run bench:build [-- --factors=1,10,100]
 * Builds the site from the sample and from synthetic content at 10× and 100×,
 * and reports build seconds, pages per second and peak memory.
 * Results: a Markdown table on the console and .bench/build-results.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR, benchBuild, factorsFromArgs } from './bench-lib.ts';

const results = factorsFromArgs('1,10,100').map(benchBuild);
const table = [
  '| data set | provision entries | pages | build (s) | pages/s | peak RSS (MiB) | gap analysis (ms) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${r.factor === 1 ? 'sample' : `${r.factor}× sample`} | ${r.entries} | ${r.pages} | ${r.buildSeconds.toFixed(1)} | ${r.pagesPerSecond.toFixed(0)} | ${r.peakRssMiB.toFixed(0)} | ${r.gapAnalysisMs === null ? '–' : r.gapAnalysisMs.toFixed(0)} |`,
  ),
].join('\n');
mkdirSync(BENCH_DIR, { recursive: true });
writeFileSync(
  join(BENCH_DIR, 'build-results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`,
);
console.log(`\n${table}`);
