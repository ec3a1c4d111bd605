import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { pathFor } from '../../src/lib/i18n/routes.ts';
import { expectNoAxeViolations } from './axe.ts';
import { content, dictionaries, LANGS, shown, translators } from './fixtures.ts';

const searchPath = (lang: 'en' | 'cy', query = '') => `${pathFor(lang, { route: 'search' })}${query}`;
/** Ids of the results shown, once the island has loaded its index. */
const resultIds = async (page: import('@playwright/test').Page, group = 'local') => {
  await page.locator('.search-app[data-ready]').waitFor();
  return page
    .locator(`ul[data-group="${group}"] li.card`)
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-id')));
};

for (const lang of LANGS) {
  const ui = dictionaries[lang];
  const t = translators[lang];
  test.describe(`${lang}: search`, () => {
    test('a misspelled query finds its target', async ({ page }) => {
      await page.goto(searchPath(lang));
      await page.locator('.search-app[data-ready]').waitFor();
      await page.getByLabel(ui.search.queryLabel).fill('motor vehical');
      const ids = await resultIds(page);
      expect(ids).toContain('conwy-gllm-rhos-motor-vehicle-l2');
      expect(ids).toContain('carmarthenshire-sir-gar-motor-vehicle-l2');
      expect(ids.every((id) => shown.find((entry) => entry.id === id))).toBe(true);
      // The address follows once typing pauses, with no history step per key, and the query survives a visit to a result.
      await expect(page).toHaveURL(/[?&]q=motor(\+|%20)vehical/);
      const before = await page.evaluate(() => window.history.length);
      await page.locator('li.card[data-id="conwy-gllm-rhos-motor-vehicle-l2"] h3 a').click();
      await page.waitForURL((url) => !url.pathname.startsWith(searchPath(lang)));
      await page.goBack();
      await expect(page.getByLabel(ui.search.queryLabel)).toHaveValue('motor vehical');
      expect(await resultIds(page)).toContain('conwy-gllm-rhos-motor-vehicle-l2');
      expect(await page.evaluate(() => window.history.length)).toBe(before + 1);
    });

    test('a query typed and left at once is still in the address when the visitor comes back', async ({ page }) => {
      await page.goto(searchPath(lang));
      await page.locator('.search-app[data-ready]').waitFor();
      const box = page.getByLabel(ui.search.queryLabel);
      await box.fill('gofal');
      // Leaves by keyboard straight away, before the pause that writes the address.
      await box.press('Tab');
      expect(await page.evaluate(() => window.location.search)).toMatch(/[?&]q=gofal/);
    });

    test('a Welsh query finds Welsh-titled entries, whatever the accents', async ({ page }) => {
      await page.goto(searchPath(lang, '?q=gofal'));
      await expect(
        page.locator('ul[data-group="local"] li.card[data-id="gwynedd-apprenticeship-childcare-l3"]'),
      ).toBeVisible();
      await page.goto(searchPath(lang, '?q=prentisiaeth'));
      const ids = await resultIds(page);
      expect(ids.length).toBeGreaterThan(5);
      const kinds = ids.map((id) => shown.find((entry) => entry.id === id)?.kind);
      expect(kinds.filter((kind) => kind === 'apprenticeship').length).toBeGreaterThan(kinds.length / 2);
      await page.goto(searchPath(lang, '?q=ynys%20mon'));
      expect(await resultIds(page)).toContain('isle-of-anglesey-jgw-engagement-holyhead');
    });

    test('three filters give the expected set, and the URL reproduces it', async ({ page }) => {
      const expected = shown
        .filter(
          (entry) =>
            entry.tiers.includes(2) && entry.language === 'welsh' && !entry.walesWide && entry.kind === 'support',
        )
        .map((entry) => entry.id)
        .sort();
      expect(expected.length).toBeGreaterThan(0);
      await page.goto(searchPath(lang));
      await page.locator('.search-app[data-ready]').waitFor();
      await page.getByRole('checkbox', { name: new RegExp(`^${t('tierWord', { tier: 2 })}:`) }).check();
      await page.getByRole('checkbox', { name: new RegExp(`^${ui.vocab.language.welsh} \\(`) }).check();
      await page.getByRole('checkbox', { name: new RegExp(`^${ui.kindPlural.support} \\(`) }).check();
      await page.getByRole('radio', { name: ui.search.nationalExclude }).check();
      expect((await resultIds(page)).sort()).toEqual(expected);
      const url = page.url();
      expect(url).toContain('tier=2');
      expect(url).toContain('lang=welsh');
      await page.goto(url);
      expect((await resultIds(page)).sort()).toEqual(expected);
      await expect(page.getByRole('checkbox', { name: new RegExp(`^${ui.vocab.language.welsh} \\(`) })).toBeChecked();
    });

    test('the age and distance lists narrow the results, and the address keeps them', async ({ page }) => {
      await page.goto(searchPath(lang, '?near=SA18'));
      const all = await resultIds(page);
      await page.getByLabel(ui.search.ageLabel, { exact: true }).selectOption('24');
      await page.getByLabel(ui.search.radiusLabel, { exact: true }).selectOption('10');
      await expect(page).toHaveURL(/[?&]age=24/);
      await expect(page).toHaveURL(/[?&]radius=10/);
      const ids = await resultIds(page);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.length).toBeLessThan(all.length);
      for (const id of ids) {
        const entry = shown.find((candidate) => candidate.id === id);
        expect(entry !== undefined && entry.ages.min <= 24 && entry.ages.max >= 24, String(id)).toBe(true);
      }
      const distances = await page
        .locator('ul[data-group="local"] dd[data-distance]')
        .evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-distance'))));
      // Every local result near a place with a venue shows its distance, and none is beyond the radius.
      expect(distances.length).toBeGreaterThan(0);
      expect(distances.every((km) => Number.isFinite(km) && km <= 10)).toBe(true);
      // "Any" lifts each again.
      await page.getByLabel(ui.search.ageLabel, { exact: true }).selectOption('');
      await expect(page).not.toHaveURL(/[?&]age=/);
    });

    test('near SA18 puts a nearby offer above a distant one, with distances', async ({ page }) => {
      await page.goto(searchPath(lang, '?q=agriculture&near=SA18'));
      const ids = await resultIds(page);
      const near = ids.indexOf('carmarthenshire-sir-gar-gelli-aur-agriculture-l2');
      const far = ids.indexOf('gwynedd-gllm-glynllifon-agriculture-l2');
      expect(near).toBeGreaterThanOrEqual(0);
      expect(far).toBeGreaterThan(near);
      await expect(
        page.locator('li.card[data-id="carmarthenshire-sir-gar-gelli-aur-agriculture-l2"] dd[data-distance]'),
      ).toContainText('km');
      // Wales-wide and online offers are listed apart, with no distance.
      await page.goto(searchPath(lang, '?near=SA18'));
      expect(await resultIds(page, 'anywhere')).toContain('wales-working-wales');
      expect((await resultIds(page))[0]).toMatch(/^carmarthenshire-/);
    });

    test('near a full postcode: its district, named with its area, and cards that say which town and how far', async ({
      page,
    }) => {
      await page.goto(searchPath(lang, '?near=cf10%201aa'));
      const cardiff = content.areas.find((area) => area.id === 'cardiff');
      await expect(page.locator('#search-results')).toContainText(`CF10, ${cardiff?.name[lang]}`);
      await expect(page.locator('#search-results [role="alert"]')).toHaveCount(0);
      // Outreach that comes to young people in Cardiff is listed first, with no distance; then the nearest venues.
      const first = page.locator('ul[data-group="local"] li.card:has(dd[data-distance])').first();
      const where = first.locator('dd[data-fact="where"]');
      // A town, then the distance: "Cardiff, 0.4 km (0.2 miles) away".
      await expect(where).toHaveText(/^[^\d,]+, \d+[.,]\d km/);
    });

    test('outreach and online offers for some areas belong to them: local near a place in them, left out elsewhere', async ({
      page,
    }) => {
      const outreach = shown.filter((entry) => !entry.walesWide && entry.venues.length === 0);
      const carmarthenshire = outreach.filter((entry) => entry.areas.includes('carmarthenshire'));
      const elsewhere = outreach.filter((entry) => !entry.areas.includes('carmarthenshire'));
      expect(carmarthenshire.length).toBeGreaterThan(0);
      expect(elsewhere.length).toBeGreaterThan(0);
      await page.goto(searchPath(lang, '?near=SA18'));
      const local = await resultIds(page);
      const anywhere = await resultIds(page, 'anywhere');
      for (const entry of carmarthenshire)
        expect(local, `${entry.id} comes to young people in Carmarthenshire`).toContain(entry.id);
      for (const entry of elsewhere)
        expect([...local, ...anywhere], `${entry.id} serves ${entry.areas.join(', ')}`).not.toContain(entry.id);
      // Only Wales-wide offers are "available anywhere".
      const byId = new Map(shown.map((entry) => [entry.id, entry]));
      expect(anywhere.filter((id) => !byId.get(String(id))?.walesWide)).toEqual([]);
    });

    test('on a phone (390 × 844) the count and the first results are on the first screen, the filters folded behind one button', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(searchPath(lang, '?q=gofal&tier=2'));
      const count = page.locator('#search-results .result-count');
      await expect(count).toBeVisible();
      const firstCard = page.locator('#search-results li.card').first();
      await expect(firstCard).toBeVisible();
      const top = async (locator: typeof count) => (await locator.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
      expect(await top(count)).toBeLessThan(844);
      expect(await top(firstCard)).toBeLessThan(844);
      // The filters are folded; the button says how many are chosen, and the chosen one is a chip that removes itself.
      const fold = page.locator('details.filters-fold');
      const summary = fold.locator(':scope > summary');
      await expect(fold).not.toHaveAttribute('open', '');
      await expect(summary).toHaveText(translators[lang]('search.filtersChosen', { count: 1 }));
      const chip = page.getByRole('button', {
        name: translators[lang]('search.removeFilter', { filter: translators[lang]('tierWord', { tier: 2 }) }),
      });
      await chip.click();
      await expect(page).not.toHaveURL(/tier=/);
      await expect(summary).toHaveText(ui.search.filtersButton);
    });

    test('when the places cannot be fetched, it says so once, and neither spins for ever nor fetches them again', async ({
      page,
    }) => {
      let fetched = 0;
      await page.route('**/places.json', (route) => {
        fetched += 1;
        return route.fulfill({ status: 503, body: 'unavailable' });
      });
      await page.goto(searchPath(lang, '?near=SA18'));
      await expect(page.getByText(ui.search.loadError)).toBeVisible();
      await expect(page.getByText(ui.search.loading)).toHaveCount(0);
      await page.getByLabel(ui.search.queryLabel).fill('gofal');
      await expect(page).toHaveURL(/[?&]q=gofal/);
      expect(fetched).toBe(1);
    });

    test('an unknown place gives a clear message with suggestions', async ({ page }) => {
      await page.goto(searchPath(lang, '?near=Llanelly'));
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(t('search.unknownPlace', { place: 'Llanelly' }));
      await alert.getByRole('button', { name: 'Llanelli' }).click();
      await expect(page).toHaveURL(/near=Llanelli/);
      await expect(page.getByRole('alert')).toHaveCount(0);
    });

    test('loads from a shared link without console errors or requests to other hosts', async ({ page }) => {
      const errors: string[] = [];
      const foreign: string[] = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('request', (request) => !request.url().startsWith('http://127.0.0.1') && foreign.push(request.url()));
      await page.goto(searchPath(lang, '?q=gofal&tier=4&near=Bangor&pro=1'));
      expect((await resultIds(page)).length).toBeGreaterThan(0);
      await expect(page.getByLabel(ui.search.queryLabel)).toHaveValue('gofal');
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
    });

    test('fetches the search data in parts: the places only when a place is asked for', async ({ page }) => {
      const data: string[] = [];
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (path.endsWith('.json')) data.push(path);
      });
      await page.goto(searchPath(lang, '?q=motor'));
      expect((await resultIds(page)).length).toBeGreaterThan(0);
      // The entries and the match index, and the titles chunk(s) of the cards shown: no places, no other data.
      expect(data.filter((path) => !/^\/search-data\/titles-\d+\.json$/.test(path)).sort()).toEqual([
        '/search-data/docs.json',
        '/search-data/match.json',
      ]);
      expect(data.filter((path) => path.includes('/titles-')).length).toBeGreaterThan(0);
      await page.getByLabel(ui.search.nearLabel).fill('Llanelli');
      await page.getByLabel(ui.search.nearLabel).press('Enter');
      await expect(page.getByText(t('search.nearFound', { place: 'Llanelli' }))).toBeVisible();
      expect(data).toContain('/places.json');
    });

    test('axe is clean with results showing', async ({ page }) => {
      await page.goto(searchPath(lang, '?q=gofal&pro=1&near=Bangor'));
      await expect(page.locator('li.card').first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

test.describe('search and map without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of LANGS) {
    const ui = dictionaries[lang];
    test(`${lang}: the search page shows only what works: no dead form, nothing "loading", and links to the browse pages`, async ({
      page,
    }) => {
      const dataRequests: string[] = [];
      page.on('request', (request) => dataRequests.push(new URL(request.url()).pathname));
      await page.goto(searchPath(lang));
      const notice = page.locator('[data-notice="no-js"]');
      await expect(notice).toContainText(ui.search.noJs);
      await expect(page.locator('main').locator('form, input, select, button')).toHaveCount(0);
      await expect(page.getByText(ui.search.loading)).toHaveCount(0);
      // The search data is fetched by a script, so a visitor without JavaScript does not download it for nothing.
      expect(dataRequests.filter((path) => path.startsWith('/search-data/'))).toEqual([]);
      await notice.getByRole('link', { name: ui.site.browse }).click();
      await expect(page).toHaveURL(pathFor(lang, { route: 'browse' }));
    });

    test(`${lang}: the map page shows only what works: no map or list buttons, nothing "loading"`, async ({ page }) => {
      const dataRequests: string[] = [];
      page.on('request', (request) => dataRequests.push(new URL(request.url()).pathname));
      await page.goto(pathFor(lang, { route: 'map' }));
      await expect(page.locator('[data-notice="no-js"]')).toContainText(ui.map.noJs);
      await expect(page.getByRole('button', { name: ui.map.viewMap })).toBeHidden();
      await expect(page.getByRole('button', { name: ui.map.viewList })).toBeHidden();
      await expect(page.getByText(ui.map.loading)).toBeHidden();
      expect(dataRequests.filter((path) => path.startsWith('/search-data/'))).toEqual([]);
    });
  }
});

const DATA = ['/search-data/docs.json', '/search-data/match.json'];
for (const lang of LANGS) {
  test(`${lang}: the search and map pages fetch their data once, by their first script, and use that copy`, async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(searchPath(lang, '?q=gofal'));
    expect(await resultIds(page)).not.toEqual([]);
    // Taken, so a later load of the island would fetch afresh rather than reuse a spent promise.
    expect(
      await page.evaluate(() => Object.keys((window as unknown as { llwybrauEarlyData: object }).llwybrauEarlyData)),
    ).toEqual([]);
    await page.goto(pathFor(lang, { route: 'map' }));
    await page.locator('#map[data-state="ready"]').waitFor({ timeout: 20_000 });
    expect(
      await page.evaluate(() => Object.keys((window as unknown as { llwybrauEarlyData: object }).llwybrauEarlyData)),
    ).toEqual([]);
    expect(requested.filter((path) => DATA.includes(path)).sort()).toEqual([...DATA, ...DATA].sort());
  });
}

test('when the early fetch of the search data fails, the search fetches it again and shows results', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  let failures = 1;
  await page.route('**/search-data/match.json', (route) =>
    failures-- > 0 ? route.fulfill({ status: 503, body: 'busy' }) : route.continue(),
  );
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(searchPath('en', '?q=motor'));
  expect(await resultIds(page)).toContain('conwy-gllm-rhos-motor-vehicle-l2');
  expect(requested.filter((path) => path === '/search-data/match.json')).toHaveLength(2);
  // Playwright's own note that it blocked the service worker may come too, depending on timing: it is not the page's.
  expect(warnings.filter((text) => !text.startsWith('Service Worker registration blocked by Playwright'))).toEqual([
    'Fetching /search-data/match.json again: the early fetch failed (/search-data/match.json: 503)',
  ]);
});

test('the compact search on an area page opens the search with that area chosen', async ({ page }) => {
  await page.goto(pathFor('cy', { route: 'area', params: { slug: 'gwynedd' } }));
  await page.getByLabel(dictionaries.cy.search.compactLabel).fill('amaethyddiaeth');
  await page.getByRole('button', { name: dictionaries.cy.search.submit }).click();
  await expect(page).toHaveURL(/\/cy\/chwilio\/\?q=amaethyddiaeth&area=gwynedd/);
  expect(await resultIds(page)).toContain('gwynedd-gllm-glynllifon-agriculture-l2');
  await expect(page.getByRole('checkbox', { name: /^Gwynedd \(/ })).toBeChecked();
});

// 26 KB since the search document became one table (lib/search/fields.ts, whose builders ship with it) and the card one
// template with its renderers: about 1 KB gzip, half of it the bundler's chunks shared with the map and My options.
// 27 KB since the offline page (issue 25): it shares the shortlist's data-file and cache modules with every page, so the
// bundler splits those into chunks of their own (about 300 B of per-file overhead), and every page now fills in its own
// address (page-address.ts, about 200 B). Measured: 26,396 B before, 26,937 B after.
// 25 KB again since issue 26: Fuse (7 KB gzip) is loaded apart, beside the first results (browser/load-fuse.ts), since
// only a misspelt word or an unknown place needs it; that made room for the stemmer, the query's places and concepts,
// and the nothing-found panel. Measured: 26,937 B before, 22,938 B after.
test('the search page’s own JavaScript, React left out, stays within 25 KB gzip, and Fuse is not part of it', () => {
  const html = readFileSync(join('dist', 'en', 'search', 'index.html'), 'utf8');
  const scripts = new Set([...html.matchAll(/\/_astro\/[^"']+\.js/g)].map((m) => m[0]));
  // The island's chunks import shared ones: follow the imports through the built files.
  for (const script of scripts) {
    for (const m of readFileSync(join('dist', script), 'utf8').matchAll(/from\s*"\.\/([^"]+\.js)"/g))
      scripts.add(`/_astro/${m[1]}`);
  }
  const own = [...scripts].filter((script) => !/\/(client|react)\./.test(script));
  expect(own.some((script) => script.includes('SearchApp'))).toBe(true);
  const bytes = own.reduce((sum, script) => sum + gzipSync(readFileSync(join('dist', script))).length, 0);
  expect(bytes).toBeLessThanOrEqual(25 * 1024);
  // Fuse comes in a chunk of its own (its default options name isCaseSensitive), which the page imports only when needed.
  const isFuse = (script: string) => readFileSync(join('dist', script), 'utf8').includes('isCaseSensitive');
  expect(own.filter(isFuse)).toEqual([]);
  expect(readdirSync(join('dist', '_astro')).filter((name) => isFuse(`/_astro/${name}`))).toHaveLength(1);
});
