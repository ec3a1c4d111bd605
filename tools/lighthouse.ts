/**
 * npm run lighthouse: builds the site, serves dist/ gzipped on 127.0.0.1 (as any static host would),
 * and runs Lighthouse (a pinned dev dependency) on a phone profile (its default: a mid-range phone,
 * simulated slow 4G) over the home, detail, search, map and gap pages in both languages.
 * Prints a Markdown table of the four category scores and writes .bench/lighthouse.json.
 * Nothing leaves the machine: the pages load nothing from other hosts, and Lighthouse reports nowhere.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { pathFor } from '../src/lib/i18n/routes.ts';
import { BENCH_DIR, serve } from './bench-lib.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from './browser.ts';

const DIST = process.env.LLWYBRAU_OUT_DIR ?? 'dist';
if (!existsSync(join(DIST, 'en', 'index.html'))) {
  console.error(`No built site in ${DIST}/: run npm run build first (npm run lighthouse does).`);
  process.exit(1);
}
const detailId = readdirSync(join(DIST, 'en', 'provision')).find((name) => name !== 'page');
if (!detailId) {
  console.error(`No detail pages in ${DIST}/en/provision/.`);
  process.exit(1);
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const PAGES = (['en', 'cy'] as const).flatMap((lang) => [
  { name: `home (${lang})`, path: pathFor(lang, { route: 'home' }) },
  { name: `detail (${lang})`, path: pathFor(lang, { route: 'detail', params: { id: detailId } }) },
  { name: `search (${lang})`, path: pathFor(lang, { route: 'search' }) },
  { name: `map (${lang})`, path: pathFor(lang, { route: 'map' }) },
  { name: `gaps (${lang})`, path: pathFor(lang, { route: 'gaps' }) },
]);

const server = await serve(DIST, { gzip: true });
const chromePath = chromiumExecutable();
const chrome = await chromeLauncher.launch({
  ...(chromePath ? { chromePath } : {}),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
const rows: { page: string; path: string; scores: Record<string, number>; failing: string[] }[] = [];
try {
  for (const { name, path } of PAGES) {
    const result = await lighthouse(`${server.url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { categories, audits } = result.lhr;
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]));
    // What keeps a score below 100: the scored audits that did not pass.
    const failing = CATEGORIES.flatMap((id) =>
      (categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${id}: ${ref.id}${audits[ref.id]?.displayValue ? ` (${audits[ref.id]?.displayValue})` : ''}`),
    );
    rows.push({ page: name, path, scores, failing });
    console.log(
      `${name}: ${CATEGORIES.map((id) => `${id} ${scores[id]}`).join(', ')}${failing.length ? `; below 100 on ${failing.join('; ')}` : ''}`,
    );
  }
} finally {
  await chrome.kill();
  server.close();
}

mkdirSync(BENCH_DIR, { recursive: true });
writeFileSync(
  join(BENCH_DIR, 'lighthouse.json'),
  `${JSON.stringify({ measured: new Date().toISOString(), rows }, null, 2)}\n`,
);
console.log('\n| page | performance | accessibility | best practices | SEO |\n| --- | ---: | ---: | ---: | ---: |');
for (const { page, scores } of rows) console.log(`| ${page} | ${CATEGORIES.map((id) => scores[id]).join(' | ')} |`);
