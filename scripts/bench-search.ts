/**
 * npm run bench:search [-- --factors=10,100] [--reuse]
 * Builds the site from synthetic content (or reuses .bench/dist-<f>x with --reuse),
 * serves it on 127.0.0.1, and in headless Chromium types realistic queries into the
 * search page one key at a time, timing each keystroke from the input event until the
 * results are in the DOM and laid out.
 * Also reports the size of the index asset, raw and gzipped, and first of all the mean
 * precision@5 on the judged queries (tests/search/judged-queries.yaml), with each failure.
 * Results: a Markdown table and .bench/search-results.json.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { judge } from '../src/lib/search/judge.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from '../tests/e2e/browser.ts';
import { judgedQueries, sampleSearch } from '../tests/search/sample-search.ts';
import { BENCH_DIR, benchBuild, factorsFromArgs, percentile, serve } from './bench-lib.ts';
import { type PagefindRun, pagefindRun } from './bench-pagefind.ts';

// Quality first: precision@5 on the judged queries (tests/search/judged-queries.yaml), on the sample.
const judged = judge(judgedQueries(), sampleSearch().search);
const failures = judged.judgements.filter((j) => j.score < 1);
console.log(`Judged queries: ${judged.judgements.length}; mean precision@5 ${judged.mean.toFixed(3)}; ${failures.length} below 1:`);
for (const j of failures)
  console.log(
    `  ${j.score.toFixed(2)}  ${j.query.query} (${j.query.lang}): ${j.query.none ? 'should find nothing, found' : 'missing'} ${j.missing.join(', ')}`,
  );

const QUERIES = [
  'motor vehical',
  'gofal',
  'prentisiaeth',
  'apprenticeship',
  'health and social care',
  'a levels',
  'jobs growth',
  'youth work',
  'wellbeing',
  'llanelli',
  'caerfyrddin',
  'construction',
  'hairdresing',
  'volunteer',
  'engineering',
  'young carers',
  'housing',
  'ynys mon',
  'digital',
  'cymraeg',
];
const FILTERS = '?tier=2,3&lang=english,bilingual&national=exclude';
const reuse = process.argv.includes('--reuse');
const executablePath = chromiumExecutable();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
const results: {
  factor: number;
  docs: number;
  indexKiB: number;
  indexGzipKiB: number;
  readyMs: number;
  plainP50: number;
  plainP95: number;
  filteredP50: number;
  filteredP95: number;
  keystrokes: number;
}[] = [];
const baseline: ({ factor: number; ours: { firstQueryKiB: number } } & PagefindRun)[] = [];

// Precision@5 for Pagefind on the sample, whose ids the judged queries name.
const sampleDir = join(BENCH_DIR, 'dist-1x');
if (!(reuse && existsSync(join(sampleDir, 'search-index.json')))) benchBuild(1);
const pagefindSample = await pagefindRun(browser, sampleDir, QUERIES, judgedQueries());

/** What our search page downloads before it can answer: the index, the places and its own scripts, gzipped (React left out). */
const ourFirstQueryKiB = (outDir: string): number => {
  const html = readFileSync(join(outDir, 'en', 'search', 'index.html'), 'utf8');
  const scripts = new Set([...html.matchAll(/\/_astro\/[^"']+\.js/g)].map((m) => m[0]));
  // The island's own chunks import the shared ones; read them from the built files.
  for (const script of [...scripts]) {
    for (const m of readFileSync(join(outDir, script), 'utf8').matchAll(/from\s*"\.\/([^"]+\.js)"/g)) scripts.add(`/_astro/${m[1]}`);
  }
  const js = [...scripts].filter((script) => !/\/(client|react)\./.test(script));
  const gz = (path: string) => gzipSync(readFileSync(join(outDir, path))).length;
  return (gz('search-index.json') + gz('places.json') + js.reduce((sum, script) => sum + gz(script), 0)) / 1024;
};

for (const factor of factorsFromArgs('10,100')) {
  const outDir = join(BENCH_DIR, `dist-${factor}x`);
  if (!(reuse && existsSync(join(outDir, 'search-index.json')))) benchBuild(factor);
  const index = readFileSync(join(outDir, 'search-index.json'));
  const docs = (JSON.parse(index.toString()) as { docs: unknown[] }).docs.length;
  const server = await serve(outDir);
  const page = await browser.newPage();
  const timings: Record<string, number[]> = { plain: [], filtered: [] };
  let readyMs = 0;
  for (const [mode, query] of [
    ['plain', ''],
    ['filtered', FILTERS],
  ] as const) {
    const started = Date.now();
    await page.goto(`${server.url}/en/search/${query}`);
    await page.locator('.search-app[data-ready]').waitFor({ timeout: 120_000 });
    if (mode === 'plain') readyMs = Date.now() - started;
    for (const text of QUERIES) {
      const samples = await page.evaluate(async (q) => {
        const input = document.querySelector<HTMLInputElement>('#search-q');
        const results = document.querySelector('.results');
        if (!input || !results) throw new Error('no search box or results');
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        // From the input event to the results DOM updated and laid out (paint itself is not included).
        const settle = () => new Promise<void>((r) => setTimeout(r, 0));
        const type = async (value: string) => {
          const t0 = performance.now();
          setValue?.call(input, value);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await settle();
          results.getBoundingClientRect();
          return performance.now() - t0;
        };
        await type('');
        const out: number[] = [];
        for (let i = 1; i <= q.length; i++) out.push(await type(q.slice(0, i)));
        return out;
      }, text);
      timings[mode]?.push(...samples);
    }
  }
  await page.close();
  server.close();
  const row = {
    factor,
    docs,
    indexKiB: index.length / 1024,
    indexGzipKiB: gzipSync(index).length / 1024,
    readyMs,
    plainP50: percentile(timings.plain ?? [], 50),
    plainP95: percentile(timings.plain ?? [], 95),
    filteredP50: percentile(timings.filtered ?? [], 50),
    filteredP95: percentile(timings.filtered ?? [], 95),
    keystrokes: (timings.plain?.length ?? 0) + (timings.filtered?.length ?? 0),
  };
  console.log(JSON.stringify(row));
  results.push(row);
  const pf = await pagefindRun(browser, outDir, QUERIES, null);
  baseline.push({ factor, ours: { firstQueryKiB: ourFirstQueryKiB(outDir) }, ...pf, precisionAt5: pagefindSample.precisionAt5 });
  console.log(JSON.stringify({ factor, pagefind: pf }));
}
await browser.close();

const f = (n: number) => n.toFixed(1);
console.log(
  [
    '',
    '| data set | docs | index (KiB) | gzip (KiB) | ready (ms) | keystroke p50 / p95 (ms) | with filters p50 / p95 (ms) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.factor}× sample | ${r.docs} | ${f(r.indexKiB)} | ${f(r.indexGzipKiB)} | ${r.readyMs} | ${f(r.plainP50)} / ${f(r.plainP95)} | ${f(r.filteredP50)} / ${f(r.filteredP95)} |`,
    ),
  ].join('\n'),
);
console.log(
  [
    '',
    'Side by side with Pagefind 1.6.0 over the same built detail pages (its timings are the search and the first five results’ data, with no drawing; ours include drawing the results; precision@5 is on the sample):',
    '',
    '| data set | engine | first query (KiB gzip) | cold (ms) | later keystrokes p50 / p95 (ms) | precision@5 |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...baseline.flatMap((b) => {
      const ours = results.find((r) => r.factor === b.factor);
      return [
        `| ${b.factor}× sample | Llwybrau | ${f(b.ours.firstQueryKiB)} | ${ours?.readyMs ?? '–'} (page ready) | ${f(ours?.plainP50 ?? 0)} / ${f(ours?.plainP95 ?? 0)} | ${judged.mean.toFixed(3)} |`,
        `| ${b.factor}× sample | Pagefind | ${f(b.firstQueryKiB)} | ${f(b.coldMs)} (first query) | ${f(b.warmP50)} / ${f(b.warmP95)} | ${b.precisionAt5?.toFixed(3) ?? '–'} |`,
      ];
    }),
  ].join('\n'),
);
writeFileSync(
  join(BENCH_DIR, 'search-results.json'),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      precisionAt5: judged.mean,
      judgedFailures: failures.map((j) => ({ query: j.query.query, lang: j.query.lang, score: j.score, missing: j.missing })),
      queries: QUERIES,
      filters: FILTERS,
      results,
      pagefind: { sample: pagefindSample, runs: baseline },
    },
    null,
    2,
  )}\n`,
);
