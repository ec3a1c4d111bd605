/**
 * The cold start, measured the same way for each engine: a new browser context (nothing cached,
 * no service worker) opens a page with a query in its address, served gzipped, and the time is
 * from navigation until the first five results are in the page, read in the page itself
 * (performance.now()).
 *
 * - **Pagefind** and **Llwybrau's engine** each on a bare page of ours (no CSS, no site): the
 *   engine's script, the index it downloads and parses, the search, the first five results'
 *   titles written into a list. Pagefind's page imports /pagefind/pagefind.js; ours loads
 *   tools/bench-cold-entry.ts, bundled here with esbuild and minified, as Astro would.
 * - **Llwybrau's search page**: the real page, with the site's CSS, React, the filter panel and
 *   the cards, until its first results are drawn (`.search-app[data-ready]`).
 *
 * The three are interleaved, query by query, so that the machine's load falls on each alike.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { build } from 'esbuild';
import { PHONE } from './bench/phone.ts';
import { percentile, serve } from './bench-lib.ts';

export interface ColdStarts {
  loads: number;
  pagefindMs: number;
  engineMs: number;
  pageMs: number;
}

const barePage = (script: string) =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><title>Cold start</title><ol id="results"></ol>${script}</html>`;

/** Writes the bare pages into a built site (indexed by Pagefind already) and times `rounds` cold starts of each query. */
export const coldStarts = async (
  browser: Browser,
  outDir: string,
  queries: readonly string[],
  rounds: number,
  /** Done to each page before it opens: bench:search slows its CPU as a phone's. */
  prepare: (page: Page) => Promise<void> = async () => {},
): Promise<ColdStarts> => {
  await build({
    entryPoints: ['tools/bench-cold-entry.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(outDir, 'bench-cold-engine.js'),
    logLevel: 'error',
  });
  writeFileSync(
    join(outDir, 'bench-cold-engine.html'),
    barePage('<script type="module" src="/bench-cold-engine.js"></script>'),
  );
  writeFileSync(
    join(outDir, 'bench-cold-pagefind.html'),
    barePage(`<script type="module">
const pagefind = await import('/pagefind/pagefind.js');
const found = await pagefind.search(new URLSearchParams(location.search).get('q') ?? '');
const top = await Promise.all(found.results.slice(0, 5).map((result) => result.data()));
const list = document.getElementById('results');
for (const data of top) { const item = document.createElement('li'); item.textContent = data.meta.title; list.append(item); }
document.body.dataset.ready = String(performance.now());
</script>`),
  );
  // Gzipped, as a host serves them: our JSON is text, while Pagefind's index files are compressed already (bench-lib's serve sends those as they are).
  const server = await serve(outDir, { gzip: true });
  const times = { pagefind: [] as number[], engine: [] as number[], page: [] as number[] };
  const load = async (path: string, ready: string) => {
    const context = await browser.newContext({
      serviceWorkers: 'block',
      viewport: PHONE.viewport,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await prepare(page);
    // The real page marks its first results drawn with data-ready; note the time it is set.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('.search-app[data-ready]')) return;
        (window as unknown as { readyAt: number }).readyAt = performance.now();
        observer.disconnect();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
    });
    await page.goto(`${server.url}${path}`);
    // Attached, not visible: a page with no results has an empty list, and so no height.
    await page.locator(ready).waitFor({ state: 'attached', timeout: 120_000 });
    const ms = await page.evaluate(() =>
      Number(document.body.dataset.ready ?? (window as unknown as { readyAt: number }).readyAt),
    );
    await context.close();
    return ms;
  };
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const q = `?q=${encodeURIComponent(query)}`;
      times.pagefind.push(await load(`/bench-cold-pagefind.html${q}`, 'body[data-ready]'));
      times.engine.push(await load(`/bench-cold-engine.html${q}`, 'body[data-ready]'));
      times.page.push(await load(`/en/search/${q}`, '.search-app[data-ready]'));
    }
  }
  server.close();
  return {
    loads: rounds * queries.length,
    pagefindMs: percentile(times.pagefind, 50),
    engineMs: percentile(times.engine, 50),
    pageMs: percentile(times.page, 50),
  };
};
