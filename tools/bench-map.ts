/**
 * npm run bench:map [-- --factors=1,10,100] [--reuse]
 * Builds the site from the sample and from synthetic content (or reuses
 * .bench/dist-<f>x with --reuse), serves it on 127.0.0.1, and in headless
 * Chromium measures the map page:
 * - time to first markers: from navigation start until every marker of the
 *   unfiltered set is clustered and on the map (the page marks it);
 * - a filter change: from ticking "Apprenticeships" until the map is redrawn;
 * - a zoom step: from pressing "+" until the clusters are redrawn;
 * - the longest main-thread task while loading (responsiveness);
 * - the JavaScript the page loads, gzipped.
 * Each figure is the median of 3 runs. Results: a Markdown table and .bench/map-results.json.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { BENCH_DIR, benchBuild, factorsFromArgs, percentile, serve } from './bench-lib.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from './browser.ts';

const RUNS = 3;
const reuse = process.argv.includes('--reuse');
const executablePath = chromiumExecutable();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });

const waitReady = (page: Page) => page.locator('#map[data-state="ready"]').waitFor({ timeout: 300_000 });

interface Run {
  firstMarkers: number;
  markers: number;
  longestTask: number;
  filterMs: number;
  zoomMs: number;
  jsGzip: number;
}

const once = async (url: string): Promise<Run> => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const bodies: Promise<number>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script' && response.status() === 200)
      bodies.push(response.body().then((body) => gzipSync(body).length));
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${url}/en/map/`);
  await waitReady(page);
  const firstMarkers = await page.evaluate(
    () => performance.getEntriesByName('llwybrau:map-markers')[0]?.startTime ?? Number.NaN,
  );
  const markers = Number(await page.locator('#map').getAttribute('data-markers'));
  const longestTask = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);

  // A filter change, as a visitor makes it.
  await page.locator('#m-filters summary').click();
  const filterStart = Date.now();
  await page.locator('#m-kind-apprenticeship').check();
  await page.waitForFunction(
    () => document.querySelector('#map')?.getAttribute('data-state') === 'ready' && location.search.includes('kind='),
  );
  const filterMs = Date.now() - filterStart;

  // A zoom step on the unfiltered set.
  await page.locator('#m-kind-apprenticeship').uncheck();
  await page.waitForFunction(
    () => document.querySelector('#map')?.getAttribute('data-state') === 'ready' && !location.search.includes('kind='),
  );
  const zoomBefore = await page.locator('#map').getAttribute('data-zoom');
  const zoomStart = Date.now();
  await page.locator('.leaflet-control-zoom-in').click();
  await page.waitForFunction(
    (before) => document.querySelector('#map')?.getAttribute('data-zoom') !== before,
    zoomBefore,
  );
  // Wait a frame for the clusters of the new zoom to be drawn.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  const zoomMs = Date.now() - zoomStart;
  const jsGzip = (await Promise.all(bodies)).reduce((sum, n) => sum + n, 0);
  await page.close();
  return { firstMarkers, markers, longestTask, filterMs, zoomMs, jsGzip };
};

const results = [];
for (const factor of factorsFromArgs('1,10,100')) {
  const outDir = join(BENCH_DIR, `dist-${factor}x`);
  if (!(reuse && existsSync(join(outDir, 'en', 'map', 'index.html')))) benchBuild(factor);
  const server = await serve(outDir);
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(server.url));
  server.close();
  const median = (pick: (run: Run) => number) => percentile(runs.map(pick), 50);
  const row = {
    factor,
    markers: runs[0]?.markers ?? 0,
    firstMarkersMs: median((r) => r.firstMarkers),
    filterMs: median((r) => r.filterMs),
    zoomMs: median((r) => r.zoomMs),
    longestTaskMs: median((r) => r.longestTask),
    jsGzipKiB: median((r) => r.jsGzip) / 1024,
  };
  console.log(JSON.stringify(row));
  results.push(row);
}
await browser.close();

const f = (n: number) => n.toFixed(0);
console.log(
  [
    '',
    '| data set | markers | first markers (ms) | filter change (ms) | zoom step (ms) | longest task (ms) | JS gzip (KiB) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.factor === 1 ? 'sample' : `${r.factor}× sample`} | ${r.markers} | ${f(r.firstMarkersMs)} | ${f(r.filterMs)} | ${f(r.zoomMs)} | ${f(r.longestTaskMs)} | ${r.jsGzipKiB.toFixed(1)} |`,
    ),
  ].join('\n'),
);
writeFileSync(
  join(BENCH_DIR, 'map-results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, results }, null, 2)}\n`,
);
