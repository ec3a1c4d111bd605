/**
 * npm run lighthouse [-- --runs=3] [--pages=map,search]: builds the sample into .bench/dist-lighthouse with SITE_URL set to the
 * address it is then served from, gzipped on 127.0.0.1 (as any static host would), and runs Lighthouse (a pinned dev dependency) on its phone profile over the home,
 * detail, search, map, gap, area and My options pages in both languages, with the CPU really slowed 4× through the
 * DevTools protocol (Emulation.setCPUThrottlingRate, Lighthouse's "devtools" throttling) rather than
 * simulated. Every page is run `--runs` times, the pages taken in turn so that the machine's load
 * falls on all alike; each score is the median with its lowest and highest, and the machine's load
 * is printed beside each run. Writes .bench/lighthouse.json.
 * Nothing leaves the machine: the pages load nothing from other hosts, and Lighthouse reports nowhere.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { pathFor } from '../src/lib/i18n/routes.ts';
import { machineLoad, PHONE, showSpread, spread } from './bench/phone.ts';
import { BENCH_DIR, freePort, serve } from './bench-lib.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from './browser.ts';

// The build names the address it is served from (SITE_URL), as a deployed build does: canonical and hreflang
// links are then absolute, which Lighthouse's SEO audits require. Its own output directory leaves dist/ alone.
const port = await freePort();
const DIST = join(BENCH_DIR, 'dist-lighthouse');
console.log(`Building the sample for http://127.0.0.1:${port} into ${DIST}…`);
const build = spawnSync('npm', ['run', 'build'], {
  env: { ...process.env, SITE_URL: `http://127.0.0.1:${port}`, LLWYBRAU_OUT_DIR: DIST },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0 || !existsSync(join(DIST, 'en', 'index.html'))) {
  console.error(`The build failed (npm run build, with SITE_URL=http://127.0.0.1:${port}).`);
  process.exit(1);
}
const detailId = readdirSync(join(DIST, 'en', 'provision')).find((name) => name !== 'page');
if (!detailId) {
  console.error(`No detail pages in ${DIST}/en/provision/.`);
  process.exit(1);
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
// `--pages=map,search` runs only those page types.
const only = process.argv
  .find((a) => a.startsWith('--pages='))
  ?.slice('--pages='.length)
  .split(',');
const PAGES = (['en', 'cy'] as const)
  .flatMap((lang) => [
    { type: 'home', name: `home (${lang})`, path: pathFor(lang, { route: 'home' }) },
    { type: 'detail', name: `detail (${lang})`, path: pathFor(lang, { route: 'detail', params: { id: detailId } }) },
    { type: 'search', name: `search (${lang})`, path: pathFor(lang, { route: 'search' }) },
    { type: 'map', name: `map (${lang})`, path: pathFor(lang, { route: 'map' }) },
    { type: 'gaps', name: `gaps (${lang})`, path: pathFor(lang, { route: 'gaps' }) },
    { type: 'area', name: `area (${lang})`, path: pathFor(lang, { route: 'area', params: { slug: 'cardiff' } }) },
    { type: 'shortlist', name: `My options (${lang})`, path: pathFor(lang, { route: 'shortlist' }) },
  ])
  .filter((page) => !only || only.includes(page.type));

const server = await serve(DIST, { gzip: true, port });
const chromePath = chromiumExecutable();
const chrome = await chromeLauncher.launch({
  ...(chromePath ? { chromePath } : {}),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 3);
type Run = { scores: Record<string, number>; tbt: number; longest: number; failing: string[]; load: string };
const runs = new Map<string, Run[]>(PAGES.map(({ name }) => [name, []]));
try {
  for (let i = 0; i < RUNS; i++)
    for (const { name, path } of PAGES) {
      const load = machineLoad();
      const result = await lighthouse(
        `${server.url}${path}`,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        {
          extends: 'lighthouse:default',
          settings: {
            throttlingMethod: 'devtools',
            // Lighthouse's own slow-4G phone figures, applied by the browser rather than simulated.
            throttling: {
              cpuSlowdownMultiplier: PHONE.cpuSlowdown,
              rttMs: 150,
              throughputKbps: 1638.4,
              requestLatencyMs: 150 * 3.75,
              downloadThroughputKbps: 1638.4 * 0.9,
              uploadThroughputKbps: 750 * 0.9,
            },
          },
        },
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { categories, audits } = result.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]));
      // What keeps a score below 100: the scored audits that did not pass.
      const failing = CATEGORIES.flatMap((id) =>
        (categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${id}: ${ref.id}${audits[ref.id]?.displayValue ? ` (${audits[ref.id]?.displayValue})` : ''}`),
      );
      // Which element the largest contentful paint was, so that a slow one says what to look at.
      const lcpItems = (
        audits['largest-contentful-paint-element']?.details as
          | { items?: { items?: { node?: { snippet?: string } }[] }[] }
          | undefined
      )?.items;
      const lcpElement = lcpItems?.[0]?.items?.[0]?.node?.snippet?.slice(0, 120);
      if (lcpElement) failing.push(`largest contentful paint: ${lcpElement}`);
      const tbt = Number(audits['total-blocking-time']?.numericValue ?? Number.NaN);
      // The longest main-thread task Lighthouse saw (its long-tasks diagnostic lists those over 50 ms; none is 0).
      const longTasks =
        (audits['long-tasks']?.details as { items?: { duration?: number; url?: string }[] } | undefined)?.items ?? [];
      const longest = longTasks.reduce((most, task) => Math.max(most, task.duration ?? 0), 0);
      // What the longest task was spent on, as Lighthouse attributes it (a script, or the page itself for parsing and layout).
      const longestOn = longTasks.find((task) => task.duration === longest)?.url?.replace(server.url, '');
      if (longestOn && longest > 50) failing.push(`longest task ${longest.toFixed(0)} ms in ${longestOn}`);
      runs.get(name)?.push({ scores, tbt, longest, failing, load });
      console.log(
        `run ${i + 1} ${name}: ${CATEGORIES.map((id) => `${id} ${scores[id]}`).join(', ')}, blocking ${tbt.toFixed(0)} ms, longest task ${longest.toFixed(0)} ms (${load})${failing.length ? `; below 100 on ${failing.join('; ')}` : ''}`,
      );
    }
} finally {
  await chrome.kill();
  server.close();
}
const rows = PAGES.map(({ name, path }) => {
  const these = runs.get(name) ?? [];
  return {
    page: name,
    path,
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, spread(these.map((run) => run.scores[id] ?? Number.NaN))])),
    totalBlockingMs: spread(these.map((run) => run.tbt)),
    longestTaskMs: spread(these.map((run) => run.longest)),
    runs: these,
  };
});

mkdirSync(BENCH_DIR, { recursive: true });
writeFileSync(
  join(BENCH_DIR, 'lighthouse.json'),
  `${JSON.stringify({ measured: new Date().toISOString(), runs: RUNS, cpuSlowdown: PHONE.cpuSlowdown, rows }, null, 2)}\n`,
);
console.log(
  `\nMedian of ${RUNS} runs (lowest–highest), CPU slowed ${PHONE.cpuSlowdown}× through the DevTools protocol.\n`,
);
console.log(
  '| page | performance | accessibility | best practices | SEO | total blocking (ms) | longest task (ms) |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
);
for (const { page, scores, totalBlockingMs, longestTaskMs } of rows)
  console.log(
    `| ${page} | ${CATEGORIES.map((id) => showSpread(scores[id] as ReturnType<typeof spread>)).join(' | ')} | ${showSpread(totalBlockingMs)} | ${showSpread(longestTaskMs)} |`,
  );
