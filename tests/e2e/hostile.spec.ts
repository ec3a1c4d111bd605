/**
 * The hostile-content build (package.json's preview:hostile, from tests/e2e/fixture-content.ts):
 * every text a person can write carries a script or formula payload. No payload may run
 * anywhere: on every page, in the map's tooltips, popups and list, and in the search as
 * you type. Each payload must be shown as the text it is, and every CSV cell neutralised.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import Papa from 'papaparse';
import { looksLikeFormula } from '../../src/lib/csv.ts';
import { pageForPath, pathFor } from '../../src/lib/i18n/routes.ts';
import { SHORTLIST_KEY } from '../../src/lib/shortlist/store.ts';
import { HOSTILE_PORT } from '../../tools/browser.ts';
import { PAYLOADS } from './fixture-content.ts';
import { dictionaries, LANGS } from './fixtures.ts';
import { mapSettled } from './map-settled.ts';

const DIST = 'dist-hostile';
test.use({ baseURL: `http://127.0.0.1:${HOSTILE_PORT}` });

const filesUnder = (dir: string, ending: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, ending) : name.endsWith(ending) ? [path] : [];
  });
const urlOf = (file: string) => `/${relative(DIST, file).split(sep).join('/')}`.replace(/index\.html$/, '');

/** Dialogs are recorded (and dismissed); CSP violations, which an injected handler would cause, are collected in the page. */
const guard = async (page: Page): Promise<string[]> => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      w.__csp.push(`${event.violatedDirective} ${event.sample}`),
    );
  });
  return dialogs;
};

/** What a payload would leave behind had it been parsed as HTML, and whether any payload is on the page as text. */
const traces = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __xss?: unknown; __csp: string[] };
    const selector =
      'img[src="x"], svg[onload], iframe[srcdoc], b[onmouseover], [onerror], [onmouseover], script:not([src]):not([type="application/json"]):not([type="application/ld+json"])';
    // JSON-LD holds the payloads as data: it must never hold a "<" that could close its element.
    const dataBlocks = [...document.querySelectorAll('script[type="application/ld+json"]')].filter((el) =>
      (el.textContent ?? '').includes('<'),
    );
    return {
      url: location.pathname,
      ran: w.__xss ?? null,
      csp: w.__csp,
      elements: [
        ...[...document.querySelectorAll(selector)].filter((el) => /__xss|alert\(/.test(el.outerHTML)),
        ...dataBlocks,
      ].map((el) => el.outerHTML.slice(0, 100)),
      text: document.body.textContent ?? '',
    };
  });

const shownAsText = (text: string) => PAYLOADS.some((payload) => text.includes(payload.slice(0, 24)));

const expectClean = async (page: Page, dialogs: string[]) => {
  const found = await traces(page);
  expect({ url: found.url, ran: found.ran, csp: found.csp, elements: found.elements, dialogs }).toEqual({
    url: found.url,
    ran: null,
    csp: [],
    elements: [],
    dialogs: [],
  });
  return found;
};

for (const lang of LANGS) {
  const ui = dictionaries[lang];

  test(`${lang}: no payload runs on any page, and each shows as text`, async ({ page }) => {
    // Every page type of the language (home, lists and their pages, tiers, areas, area tiers, details, map,
    // search, gaps, about), three pages of each: the payloads are on every one.
    const byRoute = Map.groupBy(
      filesUnder(join(DIST, lang), '.html').map(urlOf),
      (url) => pageForPath(url)?.page.route ?? url,
    );
    const pages = [...byRoute.values()].flatMap((urls) => urls.slice(0, 3));
    test.setTimeout(30_000 + pages.length * 2_500);
    expect(byRoute.size).toBeGreaterThanOrEqual(15);
    const dialogs = await guard(page);
    const plain: string[] = [];
    for (const url of pages) {
      await page.goto(url);
      const { text } = await expectClean(page, dialogs);
      if (!shownAsText(text)) plain.push(url);
    }
    // Only pages with no content of their own, or whose content script draws later (tested below), may show none.
    const allowed = (['map', 'search', 'tiers', 'glossary', 'accessibility', 'shortlist', 'offline'] as const).map(
      (route) => pathFor(lang, { route }),
    );
    expect(plain.filter((url) => !allowed.includes(url))).toEqual([]);
    expect(plain.length).toBeLessThanOrEqual(allowed.length);
  });

  test(`${lang}: the map's tooltips, popups and list show payloads as text`, async ({ page }) => {
    // A tablet's width, where the map and the list take turns behind the Map/List switch.
    await page.setViewportSize({ width: 800, height: 900 });
    const dialogs = await guard(page);
    await page.goto(`/${lang}/map/?area=ceredigion`);
    await page.locator('#map[data-state="ready"]').waitFor({ timeout: 30_000 });
    // An area's tooltip opens on focus: its name is a payload.
    await page.locator('#map path.map-area[data-area="ceredigion"]').focus();
    const tooltip = page.locator('.map-area-name');
    await expect(tooltip).toBeVisible();
    expect(shownAsText((await tooltip.textContent()) ?? '')).toBe(true);
    // A marker's popup (a cluster first zooms in until markers stand alone).
    for (let i = 0; i < 6 && (await page.locator('#map .map-marker').count()) === 0; i++) {
      await page.locator('#map .map-cluster').first().click();
      await mapSettled(page);
    }
    const marker = page.locator('#map .map-marker').first();
    await marker.focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup');
    await expect(popup).toBeVisible();
    expect(shownAsText((await popup.textContent()) ?? '')).toBe(true);
    await expectClean(page, dialogs);
    // The list view draws the same cards in the page.
    await page.getByRole('button', { name: ui.map.viewList, exact: true }).click();
    await expect(page.locator('#map-list li').first()).toBeVisible();
    expect(shownAsText((await page.locator('#map-list').textContent()) ?? '')).toBe(true);
    await expectClean(page, dialogs);
  });

  test(`${lang}: typing payloads into the search shows them as text and runs nothing`, async ({ page }) => {
    const dialogs = await guard(page);
    await page.goto(`/${lang}/${lang === 'cy' ? 'chwilio' : 'search'}/`);
    const box = page.getByLabel(ui.search.queryLabel);
    for (const query of ['<img src=x onerror', '<script>', 'HYPERLINK', '"><svg onload="window.__xss=1">']) {
      await box.fill(query);
      await expect(page.locator('#search-results .result-count')).toBeVisible();
      await expectClean(page, dialogs);
    }
    await box.fill('onerror');
    await expect(page.locator('#search-results li.card').first()).toBeVisible();
    expect(shownAsText((await page.locator('#search-results').textContent()) ?? '')).toBe(true);
    await expectClean(page, dialogs);
  });
}

for (const lang of LANGS) {
  test(`${lang}: My options shows saved records' payloads as text, in the page and in the copied text`, async ({
    page,
  }) => {
    const dialogs = await guard(page);
    const ids = readdirSync(join(DIST, lang, lang === 'cy' ? 'darpariaeth' : 'provision'))
      .filter((name) => !/^(page|tudalen)$/.test(name))
      .slice(0, 5);
    expect(ids.length).toBe(5);
    await page.goto(pathFor(lang, { route: 'shortlist' }));
    await page.evaluate(([key, saved]) => window.localStorage.setItem(key, JSON.stringify(saved)), [
      SHORTLIST_KEY,
      ids,
    ] as const);
    await page.reload();
    await expect(page.locator('#shortlist-list > li')).toHaveCount(5);
    expect(shownAsText((await page.locator('#shortlist-list').textContent()) ?? '')).toBe(true);
    await expectClean(page, dialogs);
    await page.getByRole('button', { name: dictionaries[lang].shortlist.copyText }).click();
    const text = await page.locator('#shortlist-text').inputValue();
    expect(shownAsText(text)).toBe(true);
    await expectClean(page, dialogs);
  });
}

test('every CSV cell that a spreadsheet would run is neutralised, and payloads reach the CSVs', () => {
  const files = filesUnder(DIST, '.csv');
  expect(files.length).toBeGreaterThan(100);
  const live: string[] = [];
  let neutralised = 0;
  for (const file of files) {
    const rows = Papa.parse<string[]>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    for (const cell of rows.flat()) {
      if (looksLikeFormula(cell)) live.push(`${file}: ${cell}`);
      if (/^'[+\-@]/.test(cell) && PAYLOADS.some((payload) => cell.slice(1).startsWith(payload.slice(0, 12))))
        neutralised++;
    }
  }
  expect(live).toEqual([]);
  expect(neutralised).toBeGreaterThan(0);
});
