/**
 * Pagefind, the search most static sites use, as a baseline for bench:search: it indexes
 * the same built detail pages (English and Welsh), and is measured the same way where the
 * two can be: bytes downloaded for a first query, the first query's time from a loaded page
 * (kept in the results file; the table's cold start is bench-cold.ts, the same for both),
 * later queries' time, and precision@5 on the judged queries (on the sample, whose ids the
 * judgements name). Pagefind keeps one index per language, so a query is asked of the
 * index of its page's language, as on a real site.
 *
 * Pagefind's timings are the search and the loading of the first five results' data, with
 * no DOM; ours include putting the results in the page and laying them out. Both are in the same browser, on the same host.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import * as pagefind from 'pagefind';
import { PHONE } from './bench/phone.ts';
import { percentile, serve } from './bench-lib.ts';
import { byClass, type JudgedQuery, judge } from './judge.ts';

/** Indexes the detail pages of a built site into <outDir>/pagefind. */
export const pagefindIndex = async (outDir: string): Promise<number> => {
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind could not start');
  const added = await index.addDirectory({ path: outDir, glob: '{en/provision,cy/darpariaeth}/*/index.html' });
  await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  await pagefind.close();
  return added.page_count;
};

export interface PagefindRun {
  pages: number;
  firstQueryKiB: number;
  coldMs: number;
  warmP50: number;
  warmP95: number;
  precisionAt5: number | null;
  /** Precision@5 per class of judged query (judge.ts byClass), when judged. */
  byClass: ReturnType<typeof byClass> | null;
}

/**
 * Runs Pagefind in Chromium over a built site already indexed. `queries` are typed one key at
 * a time, as bench:search types them; `judged` (sample only) are asked whole.
 */
export const pagefindRun = async (
  browser: Browser,
  outDir: string,
  queries: readonly string[],
  judged: readonly JudgedQuery[] | null,
  /** Done to each page before it opens: bench:search slows its CPU as a phone's. */
  prepare: (page: Page) => Promise<void> = async () => {},
): Promise<PagefindRun> => {
  const pages = await pagefindIndex(outDir);
  // Pages of our own with no CSP (Pagefind needs WebAssembly, which the site's policy does not allow),
  // one per language: Pagefind picks the index of the page's language.
  for (const lang of ['en', 'cy'])
    writeFileSync(
      join(outDir, `pagefind-bench-${lang}.html`),
      `<!doctype html><html lang="${lang}"><title>Pagefind</title></html>`,
    );
  // What a first query downloads, as the server sees it: Pagefind searches in a Web Worker, whose
  // fetches (its WebAssembly, index and fragments) the page's own resource timings do not list.
  const requested: string[] = [];
  let recording = false;
  const server = await serve(outDir, { onRequest: (path) => recording && requested.push(path) });
  const open = async (lang: string) => {
    const page = await browser.newPage({ viewport: PHONE.viewport, isMobile: true, hasTouch: true });
    await prepare(page);
    await page.goto(`${server.url}/pagefind-bench-${lang}.html`);
    return page;
  };
  const pagesByLang = { en: await open('en'), cy: await open('cy') };
  const idOf = (url: string) => decodeURIComponent(url.replace(/\/$/, '').split('/').at(-1) ?? '');

  /** One query: loading Pagefind the first time, then the search and the first five results' data, as a UI needs them. */
  const ask = (lang: 'en' | 'cy', text: string) =>
    pagesByLang[lang].evaluate(async (query) => {
      type Pagefind = { search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> };
      const w = window as unknown as { pf?: Pagefind };
      const t0 = performance.now();
      // A path the browser resolves on the bench server, not a module of this project.
      const script = '/pagefind/pagefind.js';
      w.pf ??= (await import(/* @vite-ignore */ script)) as Pagefind;
      const found = await w.pf.search(query);
      const top = await Promise.all(found.results.slice(0, 5).map((result) => result.data()));
      return { ms: performance.now() - t0, urls: top.map((data) => data.url) };
    }, text);

  recording = true;
  const cold = await ask('en', queries[0] ?? 'care');
  recording = false;
  // Pagefind's index files are compressed already; its scripts would be served gzipped.
  const firstQueryBytes = requested
    .filter((path) => path.startsWith('/pagefind/'))
    .reduce((sum, path) => {
      const bytes = readFileSync(join(outDir, decodeURIComponent(path)));
      return sum + (path.endsWith('.js') ? gzipSync(bytes).length : bytes.length);
    }, 0);

  const warm: number[] = [];
  for (const text of queries) for (let i = 1; i <= text.length; i++) warm.push((await ask('en', text.slice(0, i))).ms);

  let precisionAt5: number | null = null;
  let classes: ReturnType<typeof byClass> | null = null;
  if (judged) {
    const answers: string[][] = [];
    for (const query of judged) answers.push((await ask(query.lang, query.query)).urls.map(idOf));
    // judge() asks in the list's order, once per query.
    let next = 0;
    const judgedRun = judge(judged, () => answers[next++] ?? []);
    precisionAt5 = judgedRun.mean;
    classes = byClass(judgedRun.judgements);
  }
  await pagesByLang.en.close();
  await pagesByLang.cy.close();
  server.close();
  return {
    pages,
    firstQueryKiB: firstQueryBytes / 1024,
    coldMs: cold.ms,
    warmP50: percentile(warm, 50),
    warmP95: percentile(warm, 95),
    precisionAt5,
    byClass: classes,
  };
};
