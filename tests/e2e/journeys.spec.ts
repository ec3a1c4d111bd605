/**
 * Eight journeys, each the way a person goes (from the home page or a list, not to one feature's
 * URL), from a first visit (empty storage; no service worker, except the offline journey), in
 * both languages, on a phone with touch (390 × 844) and on a desktop (1366 × 900). Each ends with
 * no sideways scroll, and the phone's last screen is kept as a picture for a reviewer:
 * test-results/journeys/<lang>-<n>-<journey>.png, and in the HTML report (playwright-report/).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page, type TestInfo, test } from '@playwright/test';
import { reviewIsOld } from '../../src/lib/content/status.ts';
import { buildDate } from '../../src/lib/environment.ts';
import { pathFor } from '../../src/lib/i18n/routes.ts';
import { content, dictionaries, LANGS, live, shown, translators } from './fixtures.ts';
import { mapSettled } from './map-settled.ts';

const SIZES = {
  phone: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
  desktop: { viewport: { width: 1366, height: 900 } },
} as const;

const oldReview = live.find((entry) => entry.status === 'active' && reviewIsOld(entry.lastReviewed, buildDate()));
if (!oldReview) throw new Error('the sample needs a record last checked more than a year ago');

/** The page is no wider than the screen. */
const fitsScreen = async (page: Page) =>
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(1);

/** Ends a journey: no sideways scroll, and, on a phone, its last screen kept as a picture. */
const lastScreen = async (page: Page, info: TestInfo, name: string, phone: boolean) => {
  await fitsScreen(page);
  if (!phone) return;
  const body = await page.screenshot();
  const dir = join(info.project.outputDir, 'journeys');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.png`), body);
  await info.attach(`${name}: the last screen`, { body, contentType: 'image/png' });
};

/** Taps on a phone, clicks on a desktop. */
const press = async (phone: boolean, target: Locator) => (phone ? target.tap() : target.click());

/**
 * Scrolls to an element of a list that is drawn again as data arrives (search results when the
 * places come, the map's list when the map does): on a busy machine the element can be replaced
 * mid-scroll, so the scroll is tried again on whatever element the locator finds then.
 */
const scrollToRedrawn = async (locator: Locator) => {
  await expect(async () => {
    await locator.scrollIntoViewIfNeeded({ timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
};

for (const lang of LANGS) {
  const ui = dictionaries[lang];
  const title = (entry: { title: { en: string; cy?: string | undefined } }) =>
    (lang === 'cy' && entry.title.cy) || entry.title.en;
  for (const [size, options] of Object.entries(SIZES)) {
    const phone = size === 'phone';
    test.describe(`${lang}, ${size}: journeys`, () => {
      test.use(options);

      test('1. a young person near a full postcode, with a subject', async ({ page }, info) => {
        await page.goto(pathFor(lang, { route: 'home' }));
        await page.getByLabel(ui.search.compactLabel).fill(lang === 'cy' ? 'gofal' : 'care');
        await page.getByLabel(ui.search.compactLabel).press('Enter');
        await page.locator('.search-app[data-ready]').waitFor();
        const near = page.getByLabel(ui.search.nearLabel, { exact: true });
        if (phone && !(await near.isVisible())) await press(phone, page.locator('.filters-fold > summary'));
        await near.fill('CF10 1AA');
        await near.press('Enter');
        await expect(page).toHaveURL(/near=CF10/i);
        // Nearest first, each with how far it is.
        const first = page.locator('ul[data-group="local"] li.card:has(dd[data-distance])').first();
        await scrollToRedrawn(first);
        await expect(first.locator('dd[data-fact="where"]')).toHaveText(/\d+[.,]\d km/);
        await lastScreen(page, info, `${lang}-1-near-a-postcode`, phone);
      });

      test('2. save from search, a detail page and the map, then share and print', async ({ page }, info) => {
        const [a, b, c] = shown.filter(
          (entry) => !entry.walesWide && entry.venues.length > 0 && entry.kind === 'course',
        );
        if (!(a && b && c)) throw new Error('the sample needs three local courses');
        await page.goto(pathFor(lang, { route: 'home' }));
        await page.getByLabel(ui.search.compactLabel).fill(title(a));
        await page.getByLabel(ui.search.compactLabel).press('Enter');
        const card = page.locator(`ul[data-group] li.card[data-id="${a.id}"]`);
        await press(phone, card.locator('button.save-toggle'));
        await expect(card.locator('button.save-toggle')).toHaveAttribute('aria-pressed', 'true');
        // A detail page, reached from its card on a list.
        await page.goto(pathFor(lang, { route: 'detail', params: { id: b.id } }));
        await press(phone, page.locator('button.save-toggle').first());
        await expect(page.locator('button.save-toggle').first()).toHaveText(new RegExp(`^${ui.shortlist.savedLabel} `));
        // The map's list.
        await page.goto(`${pathFor(lang, { route: 'map' })}?q=${encodeURIComponent(title(c))}&view=list`);
        const mapCard = page.locator(`#map-list li.card[data-id="${c.id}"]`);
        await press(phone, mapCard.locator('button.save-toggle'));
        await expect(mapCard.locator('button.save-toggle')).toHaveAttribute('aria-pressed', 'true');
        // My options, from the navigation.
        await press(phone, page.locator('a[data-shortlist-nav]'));
        await expect(page.locator('#shortlist-list > li')).toHaveCount(3);
        const link = await page.getByLabel(ui.shortlist.shareLabel).inputValue();
        expect(link).toContain(`?ids=${a.id},${b.id},${c.id}`);
        await page.emulateMedia({ media: 'print' });
        await expect(page.locator('[data-page-address]')).toHaveText(link);
        await page.emulateMedia({ media: 'screen' });
        await lastScreen(page, info, `${lang}-2-save-share-print`, phone);
      });

      test('3. a detail page: the mistake link, the glossary, and the note that it was checked long ago', async ({
        page,
      }, info) => {
        await page.goto(pathFor(lang, { route: 'kind', params: { kind: oldReview.kind } }));
        const link = page
          .locator(`a[href="${pathFor(lang, { route: 'detail', params: { id: oldReview.id } })}"]`)
          .first();
        await link.scrollIntoViewIfNeeded();
        await press(phone, link);
        await expect(page.locator('h1')).toHaveText(title(oldReview));
        await expect(page.locator('[data-notice="old-review"]')).toHaveText(ui.detail.oldReview);
        const report = page.locator('[data-testid="report"] a');
        const href = decodeURIComponent((await report.getAttribute('href')) ?? '');
        expect(href).toMatch(/^mailto:[^@\s]+@[^?\s]+\?subject=/);
        expect(href).toContain(title(oldReview));
        // The browser puts in the address it opened, once the page's script has run.
        await expect
          .poll(async () => decodeURIComponent((await report.getAttribute('href')) ?? ''))
          .toContain(page.url());
        const glossary = page.locator(`a[href="${pathFor(lang, { route: 'glossary' })}#tiers"]`).first();
        await press(phone, glossary);
        await expect(page).toHaveURL(new RegExp(`${pathFor(lang, { route: 'glossary' })}#tiers$`));
        await expect(page.locator('#tiers')).toBeInViewport();
        await lastScreen(page, info, `${lang}-3-detail-mistake-glossary`, phone);
      });

      test('4. the map: scroll past it, open a cluster and a popup’s actions, the list, the other language', async ({
        page,
      }, info) => {
        await page.goto(pathFor(lang, { route: 'home' }));
        await press(phone, page.locator('.site-nav').getByRole('link', { name: ui.site.map, exact: true }));
        await page.locator('#map[data-state="ready"]').waitFor({ timeout: 20_000 });
        await mapSettled(page);
        if (phone) {
          // One finger on the map scrolls the page past it.
          await page.locator('#map').scrollIntoViewIfNeeded();
          const box = await page.locator('#map').boundingBox();
          if (!box) throw new Error('the map must be drawn');
          const x = Math.round(box.x + box.width / 2);
          const y = Math.round(Math.min(box.y + box.height / 2, 700));
          const before = await page.evaluate(() => window.scrollY);
          const cdp = await page.context().newCDPSession(page);
          await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
          for (let step = 1; step <= 10; step++)
            await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - step * 30 }] });
          await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
          await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 150);
          await page.locator('#map').scrollIntoViewIfNeeded();
        }
        for (let i = 0; i < 6 && (await page.locator('#map .map-marker').count()) === 0; i++) {
          await press(phone, page.locator('#map .map-cluster').first());
          await mapSettled(page);
        }
        await press(phone, page.locator('#map .map-marker').first());
        const details = page.locator('.leaflet-popup').getByRole('link', { name: new RegExp(`^${ui.map.popupLink}`) });
        await expect(details).toBeInViewport();
        await expect(page.locator('.leaflet-popup button.save-toggle')).toBeInViewport();
        // The list, on a phone behind the Map/List switch; beside the map on a desktop.
        if (phone) await press(phone, page.getByRole('button', { name: ui.map.viewList, exact: true }));
        await expect(page.locator('#map-list li.card').first()).toBeVisible();
        // The other language keeps the place.
        const other = lang === 'en' ? 'cy' : 'en';
        await press(
          phone,
          page.getByRole('link', { name: `${ui.site.switchLanguageLabel} ${ui.site.switchLanguage}` }),
        );
        await expect(page.locator('html')).toHaveAttribute('lang', other);
        await expect(page).toHaveURL(new RegExp(`^[^?]*${pathFor(other, { route: 'map' })}`));
        await expect(page.locator('#map-list li.card').first()).toBeVisible();
        // The list is drawn again as the rest of the data arrives (the places, the map): on a busy machine the first
        // card can be replaced mid-scroll, so the scroll is tried again on the card that is there then.
        await scrollToRedrawn(page.locator('#map-list li.card').first());
        await lastScreen(page, info, `${lang}-4-map`, phone);
      });

      test('5. offline after a short visit: what was opened opens, and the rest says what happened', async ({
        browser,
      }, info) => {
        test.setTimeout(90_000);
        const context = await browser.newContext({ ...options, serviceWorkers: 'allow' });
        const page = await context.newPage();
        const visited = shown.find((entry) => !entry.walesWide && entry.kind === 'course');
        if (!visited) throw new Error('the sample needs a local course');
        const detail = pathFor(lang, { route: 'detail', params: { id: visited.id } });
        await page.goto(pathFor(lang, { route: 'kind', params: { kind: 'course' } }));
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
        const link = page.locator(`a[href="${detail}"]`).first();
        await link.scrollIntoViewIfNeeded();
        await press(phone, link);
        await expect(page.locator('h1')).toHaveText(title(visited));
        // Kept once the worker has it.
        await expect
          .poll(() => page.evaluate(async (path) => (await caches.match(path)) !== undefined, detail), {
            timeout: 15_000,
          })
          .toBe(true);
        await context.setOffline(true);
        // A page never opened: the offline page, in this language, with a way on.
        await page.goto(pathFor(lang, { route: 'kind', params: { kind: 'volunteering' } }));
        await expect(page.locator('h1')).toHaveText(ui.offline.title);
        await expect(page.locator('#offline-visited a', { hasText: title(visited) })).toHaveCount(1);
        await press(phone, page.locator('#offline-visited a', { hasText: title(visited) }));
        await expect(page.locator('h1')).toHaveText(title(visited));
        await lastScreen(page, info, `${lang}-5-offline`, phone);
        await context.close();
      });

      test('6. with JavaScript off: the home search and area picker still reach the options', async ({
        browser,
      }, info) => {
        const context = await browser.newContext({ ...options, javaScriptEnabled: false });
        const page = await context.newPage();
        await page.goto(pathFor(lang, { route: 'home' }));
        await page.getByLabel(ui.search.compactLabel).fill('gofal');
        await page.getByLabel(ui.search.compactLabel).press('Enter');
        // The search needs a script: the page says so and links every type, area and tier.
        const notice = page.locator('[data-notice="no-js"]');
        await expect(notice).toContainText(ui.search.noJs);
        const conwy = content.areas.find((area) => area.id === 'conwy');
        if (!conwy) throw new Error('the sample needs Conwy');
        await press(phone, notice.getByRole('link', { name: conwy.name[lang], exact: true }));
        await expect(page).toHaveURL(pathFor(lang, { route: 'area', params: { slug: 'conwy' } }));
        await press(
          phone,
          page.locator(`a[href="${pathFor(lang, { route: 'areaTier', params: { slug: 'conwy', tier: 3 } })}"]`),
        );
        await expect(page.locator('li.card').first()).toBeVisible();
        await lastScreen(page, info, `${lang}-6-no-javascript`, phone);
        await context.close();
      });

      test('7. a lead worker, tier first and area first: the same options, the same count in search', async ({
        page,
      }, info) => {
        // Tier first: the tiers, tier 2, then Conwy.
        await page.goto(pathFor(lang, { route: 'home' }));
        await press(phone, page.locator('.site-nav').getByRole('link', { name: ui.site.tiers, exact: true }));
        await press(phone, page.locator(`a[href="${pathFor(lang, { route: 'tier', params: { tier: 2 } })}"]`).first());
        const areaTier = pathFor(lang, { route: 'areaTier', params: { slug: 'conwy', tier: 2 } });
        await press(phone, page.locator(`#by-area + ul a[href="${areaTier}"]`));
        await expect(page).toHaveURL(areaTier);
        const listed = await page.locator('li.card').count();
        expect(listed).toBeGreaterThan(0);
        // Its search link shows the same options.
        await press(phone, page.getByRole('link', { name: ui.areaTier.searchLink }));
        await page.locator('.search-app[data-ready]').waitFor();
        await expect(page.locator('#search-results .result-count')).toHaveText(
          translators[lang].plural('search.results', listed),
        );
        // Area first: Conwy's page puts its tiers on the first screens.
        await page.goto(pathFor(lang, { route: 'area', params: { slug: 'conwy' } }));
        const tier3 = page.locator(
          `section[aria-labelledby="by-tier"] a[href="${pathFor(lang, { route: 'areaTier', params: { slug: 'conwy', tier: 3 } })}"]`,
        );
        const box = await tier3.boundingBox();
        expect(box?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(phone ? 844 * 2 : 900);
        await press(phone, tier3);
        await expect(page).toHaveURL(pathFor(lang, { route: 'areaTier', params: { slug: 'conwy', tier: 3 } }));
        await lastScreen(page, info, `${lang}-7-lead-worker`, phone);
      });

      test('8. an EPC reads an area’s gaps and downloads a table', async ({ page, request }, info) => {
        await page.goto(pathFor(lang, { route: 'home' }));
        await press(phone, page.locator('.site-nav').getByRole('link', { name: ui.site.gaps, exact: true }));
        await press(phone, page.locator('.scope-chooser > summary'));
        await press(
          phone,
          page.locator(`.scope-chooser a[href="${pathFor(lang, { route: 'gapsArea', params: { slug: 'conwy' } })}"]`),
        );
        await expect(page).toHaveURL(pathFor(lang, { route: 'gapsArea', params: { slug: 'conwy' } }));
        const download = page.locator('.gap-table .csv-link a').first();
        const href = (await download.getAttribute('href')) ?? '';
        const response = await request.get(href);
        expect(response.status()).toBe(200);
        expect(response.headers()['content-type'] ?? '').toMatch(/csv|octet-stream|text/);
        const body = await response.text();
        expect(body.split('\n').length).toBeGreaterThan(1);
        // No cell starts a live formula.
        expect(body).not.toMatch(/(^|,)"?[=+@-][A-Za-z(]/m);
        await download.scrollIntoViewIfNeeded();
        await lastScreen(page, info, `${lang}-8-gaps`, phone);
      });
    });
  }
}
