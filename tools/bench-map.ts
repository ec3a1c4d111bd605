/**
 * npm run bench:map [-- --factors=1,10,100] [--reuse] [--runs=5]
 * Builds the site from the sample and from synthetic content (or reuses
 * .bench/dist-<f>x with --reuse), serves it on 127.0.0.1, and in headless
 * Chromium measures the map page as a phone opens it (412 × 823, CPU slowed 4×, as
 * Lighthouse's phone profile), interleaved run by run with the same page unthrottled:
 * - time to first markers: from navigation start until every marker of the
 *   unfiltered set is clustered and on the map (the page marks it);
 * - total blocking time, the longest main-thread task and when the last task over 50 ms ended
 *   ("free from"), in the first 6 s; and when the search data and Leaflet were ready;
 * - a filter change: from ticking "Apprenticeships" until the map is redrawn;
 * - a zoom step: from pressing "+" until the clusters are redrawn;
 * - the JavaScript the page loads, gzipped.
 * Each figure is the median of the runs with its lowest and highest, marked "unsettled" when
 * they differ by more than a fifth; the machine's load is printed beside them.
 * Results: a Markdown table and .bench/map-results.json.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { blocking, machineLoad, PHONE, showSpread, spread, throttle, watchLongTasks } from './bench/phone.ts';
import { BENCH_DIR, benchBuild, factorsFromArgs, serve } from './bench-lib.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from './browser.ts';

const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 3);
const reuse = process.argv.includes('--reuse');
const executablePath = chromiumExecutable();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });

const waitReady = (page: Page) => page.locator('#map[data-state="ready"]').waitFor({ timeout: 300_000 });

interface Run {
  firstMarkers: number;
  markers: number;
  longestTask: number;
  totalBlocking: number;
  /** When the last task over 50 ms ended (0 when there was none). */
  freeAt: number;
  /** When the search data was ready, and when Leaflet had drawn the areas (the page's marks). */
  dataAt: number;
  leafletAt: number;
  filterMs: number;
  zoomMs: number;
  jsGzip: number;
}

const once = async (url: string, cpuSlowdown: number): Promise<Run> => {
  const page = await browser.newPage({ viewport: PHONE.viewport, isMobile: true, hasTouch: true });
  await throttle(page, cpuSlowdown);
  await watchLongTasks(page);
  const bodies: Promise<number>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script' && response.status() === 200)
      bodies.push(response.body().then((body) => gzipSync(body).length));
  });
  await page.goto(`${url}/en/map/`);
  await waitReady(page);
  const firstMarkers = await page.evaluate(
    () => performance.getEntriesByName('llwybrau:map-markers')[0]?.startTime ?? Number.NaN,
  );
  const markers = Number(await page.locator('#map').getAttribute('data-markers'));
  // Blocking in the first 6 s, as Lighthouse counts it: wait until then, so late tasks are seen.
  await page.waitForFunction(() => performance.now() > 6000, null, { timeout: 60_000 });
  const { totalBlockingMs: totalBlocking, longestTaskMs: longestTask, freeAtMs: freeAt } = await blocking(page, 6000);
  // Where the time to the first markers went: the search data ready, and Leaflet with the areas drawn.
  const [dataAt, leafletAt] = await page.evaluate(() =>
    ['llwybrau:map-data', 'llwybrau:map-leaflet'].map(
      (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN,
    ),
  );

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
  return {
    firstMarkers,
    markers,
    longestTask,
    totalBlocking,
    freeAt,
    dataAt: dataAt ?? Number.NaN,
    leafletAt: leafletAt ?? Number.NaN,
    filterMs,
    zoomMs,
    jsGzip,
  };
};

const THROTTLES = [PHONE.cpuSlowdown, 1] as const;
const results = [];
for (const factor of factorsFromArgs('1,10,100')) {
  const outDir = join(BENCH_DIR, `dist-${factor}x`);
  if (!(reuse && existsSync(join(outDir, 'en', 'map', 'index.html')))) benchBuild(factor);
  const server = await serve(outDir);
  // Throttled and unthrottled runs taken in turn, so that the machine's load falls on both alike.
  const runs = new Map<number, Run[]>(THROTTLES.map((rate) => [rate, []]));
  const loads: string[] = [];
  for (let i = 0; i < RUNS; i++)
    for (const rate of THROTTLES) {
      loads.push(machineLoad());
      runs.get(rate)?.push(await once(server.url, rate));
    }
  server.close();
  for (const rate of THROTTLES) {
    const these = runs.get(rate) ?? [];
    const of = (pick: (run: Run) => number) => spread(these.map(pick));
    const row = {
      factor,
      cpu: rate === 1 ? 'unthrottled' : `${rate}× slower`,
      markers: these[0]?.markers ?? 0,
      firstMarkersMs: of((r) => r.firstMarkers),
      totalBlockingMs: of((r) => r.totalBlocking),
      longestTaskMs: of((r) => r.longestTask),
      freeAtMs: of((r) => r.freeAt),
      dataAtMs: of((r) => r.dataAt),
      leafletAtMs: of((r) => r.leafletAt),
      filterMs: of((r) => r.filterMs),
      zoomMs: of((r) => r.zoomMs),
      jsGzipKiB: of((r) => r.jsGzip / 1024),
      load: `${loads[0]} … ${loads.at(-1)}`,
    };
    console.log(JSON.stringify(row));
    results.push(row);
  }
}
await browser.close();

console.log(
  [
    '',
    `Phone viewport ${PHONE.viewport.width} × ${PHONE.viewport.height}; each figure the median of ${RUNS} runs (lowest–highest).`,
    '',
    '| data set | CPU | markers | data ready (ms) | Leaflet and areas drawn (ms) | first markers (ms) | total blocking, first 6 s (ms) | longest task (ms) | free from (ms) | filter change (ms) | zoom step (ms) | JS gzip (KiB) | machine |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...results.map(
      (r) =>
        `| ${r.factor === 1 ? 'sample' : `${r.factor}× sample`} | ${r.cpu} | ${r.markers} | ${showSpread(r.dataAtMs)} | ${showSpread(r.leafletAtMs)} | ${showSpread(r.firstMarkersMs)} | ${showSpread(r.totalBlockingMs)} | ${showSpread(r.longestTaskMs)} | ${showSpread(r.freeAtMs)} | ${showSpread(r.filterMs)} | ${showSpread(r.zoomMs)} | ${r.jsGzipKiB.median.toFixed(1)} | ${r.load} |`,
    ),
  ].join('\n'),
);
writeFileSync(
  join(BENCH_DIR, 'map-results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, phone: PHONE, results }, null, 2)}\n`,
);
