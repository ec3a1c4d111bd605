import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, type Page, test } from '@playwright/test';
import { loadContent } from '../../src/lib/content/load.ts';
import { isLive } from '../../src/lib/content/status.ts';
import { pathFor } from '../../src/lib/i18n/routes.ts';
import type { Provision } from '../../src/lib/schema/schema.ts';
import { NO_DATA_PORT } from '../../tools/browser.ts';
import { expectNoAxeViolations } from './axe.ts';
import { content, dictionaries, LANGS, shown, translators } from './fixtures.ts';
import { mapSettled } from './map-settled.ts';

const mapPath = (lang: 'en' | 'cy', query = '') => `${pathFor(lang, { route: 'map' })}${query}`;

/** Entries the map should draw: live and not closed for now, tied to a place, with at least one venue. */
const placed = (entries: Provision[]) =>
  entries.filter((entry) => !entry.walesWide && entry.delivery !== 'online' && entry.venues.length > 0);
const venueCount = (entries: Provision[]) => placed(entries).reduce((sum, entry) => sum + entry.venues.length, 0);

const waitForMap = async (page: Page) => {
  await page.locator('#map[data-state="ready"]').waitFor({ timeout: 20_000 });
};

/** Markers drawn on their own plus the markers inside each cluster, as the page shows them. */
const drawnCount = async (page: Page) => {
  const single = await page.locator('#map .map-marker').count();
  const inClusters = await page
    .locator('#map .map-cluster [data-count]')
    .evaluateAll((nodes) => nodes.reduce((sum, node) => sum + Number(node.getAttribute('data-count')), 0));
  return single + inClusters;
};

const bboxOf = (text: string | null) => {
  const [west, south, east, north] = (text ?? '').split(',').map(Number) as [number, number, number, number];
  return { west, south, east, north };
};

const showAll = async (page: Page, more: string) => {
  const button = page.locator(`#${more} button`);
  while (await button.isVisible()) await button.click();
};

for (const lang of LANGS) {
  const ui = dictionaries[lang];
  test.describe(`${lang}: map`, () => {
    // A tablet's width: the map and the list take turns behind the Map/List switch (from 60rem they stand side by side, tested below).
    test.use({ viewport: { width: 800, height: 900 } });
    test('draws the 22 area boundaries and one marker per venue, clustered, with offers with no point listed apart', async ({
      page,
    }) => {
      await page.goto(mapPath(lang));
      await waitForMap(page);
      await expect(page.locator('#map path.map-area')).toHaveCount(22);
      const expected = venueCount(shown);
      expect(expected).toBeGreaterThan(100);
      expect(await drawnCount(page)).toBe(expected);
      expect(await page.locator('#map .map-cluster').count()).toBeGreaterThan(0);
      // Available anywhere means Wales-wide; outreach or online for some areas, with no venue, belongs to
      // young people in those areas, listed apart.
      const anywhere = shown.filter((entry) => entry.walesWide);
      const outreach = shown.filter((entry) => !entry.walesWide && entry.venues.length === 0);
      expect(outreach.length).toBeGreaterThan(0);
      await expect(page.locator('#map-status')).toHaveAttribute('data-anywhere', String(anywhere.length));
      await expect(page.locator('#anywhere-count')).toHaveText(`(${anywhere.length})`);
      await expect(page.locator('#map-status')).toHaveAttribute('data-outreach', String(outreach.length));
      await expect(page.locator('#outreach-count')).toHaveText(`(${outreach.length})`);
      // The map's label, the key and the attribution are there, in the page's language.
      await expect(page.getByRole('region', { name: ui.map.regionLabel })).toBeVisible();
      for (const kind of ['course', 'apprenticeship', 'jgw', 'volunteering', 'support'] as const) {
        await expect(page.locator(`.map-legend li[data-kind="${kind}"]`)).toHaveText(ui.kindPlural[kind]);
      }
      await expect(page.locator('.leaflet-control-attribution')).toContainText('Martin Chorley');
      await expect(page.locator('.leaflet-control-attribution')).toContainText(ui.map.allSources);
    });

    test('a filter reduces the markers to the venues of the filtered set, and the URL keeps it', async ({ page }) => {
      await page.goto(mapPath(lang));
      await waitForMap(page);
      const all = await drawnCount(page);
      await page.locator('#m-filters summary').click();
      await page.getByRole('checkbox', { name: ui.kindPlural.apprenticeship, exact: true }).check();
      await expect(page).toHaveURL(/kind=apprenticeship/);
      const expected = venueCount(shown.filter((entry) => entry.kind === 'apprenticeship'));
      await expect(page.locator('#map-status')).toHaveAttribute('data-markers', String(expected));
      await waitForMap(page);
      expect(await drawnCount(page)).toBe(expected);
      expect(expected).toBeLessThan(all);
      // Reloading the URL gives the same view.
      await page.reload();
      await waitForMap(page);
      expect(await drawnCount(page)).toBe(expected);
      await expect(page.locator('#m-kind-apprenticeship')).toBeChecked();
      await expect(page.locator('#m-filter-count')).toHaveText('(1)');
    });

    test('quick changes in a row end with the markers of the last one', async ({ page }) => {
      await page.goto(mapPath(lang));
      await waitForMap(page);
      await page.locator('#m-filters summary').click();
      // Three changes without waiting: only the last set may be left on the map.
      await page.locator('#m-kind-apprenticeship').check();
      await page.locator('#m-kind-apprenticeship').uncheck();
      await page.locator('#m-kind-volunteering').check();
      const expected = venueCount(shown.filter((entry) => entry.kind === 'volunteering'));
      await expect(page.locator('#map')).toHaveAttribute('data-markers', String(expected));
      await waitForMap(page);
      expect(await drawnCount(page)).toBe(expected);
    });

    test('no marker or cluster covers another, at any zoom from Wales to a town', async ({ page }) => {
      await page.goto(mapPath(lang));
      await waitForMap(page);
      const overlaps = () =>
        page.locator('#map .leaflet-marker-icon').evaluateAll((icons) => {
          const boxes = icons.map((icon) => ({
            title: icon.getAttribute('title') ?? icon.textContent ?? '',
            box: icon.getBoundingClientRect(),
          }));
          const found: string[] = [];
          boxes.forEach((a, i) => {
            for (const b of boxes.slice(i + 1)) {
              const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
              const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
              if (x > 0.5 && y > 0.5) found.push(`${a.title} / ${b.title}`);
            }
          });
          return { count: icons.length, found };
        });
      const zoomIn = page.locator('#map .leaflet-control-zoom-in');
      for (let step = 0; step < 5; step++) {
        const { count, found } = await overlaps();
        expect(count).toBeGreaterThan(0);
        expect(found, `icons overlapping at zoom ${await page.locator('#map').getAttribute('data-zoom')}`).toEqual([]);
        const zoom = Number(await page.locator('#map').getAttribute('data-zoom'));
        await zoomIn.click();
        await expect.poll(async () => Number(await page.locator('#map').getAttribute('data-zoom'))).toBe(zoom + 1);
        await mapSettled(page);
      }
    });

    test('a cluster opened from the keyboard hands focus to what it revealed', async ({ page }) => {
      await page.goto(mapPath(lang));
      await waitForMap(page);
      const cluster = page.locator('#map .map-cluster').first();
      await cluster.focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() =>
          page.evaluate(
            () =>
              document.activeElement?.closest('#map .leaflet-marker-icon') !== null &&
              document.activeElement?.isConnected,
          ),
        )
        .toBe(true);
    });

    test('selecting a cluster zooms in', async ({ page }) => {
      await page.goto(mapPath(lang));
      await waitForMap(page);
      const before = Number(await page.locator('#map').getAttribute('data-zoom'));
      const cluster = page.locator('#map .map-cluster').first();
      await cluster.click();
      await expect
        .poll(async () => Number(await page.locator('#map').getAttribute('data-zoom')))
        .toBeGreaterThan(before);
    });

    test('a marker opens by keyboard; its popup names it and links to its detail page', async ({ page }) => {
      // Courses in Gwynedd: few enough that some markers stand on their own.
      await page.goto(mapPath(lang, '?area=gwynedd&kind=course'));
      await waitForMap(page);
      const marker = page.locator('#map .map-marker').first();
      await expect(marker).toBeVisible();
      const label = (await marker.getAttribute('title')) ?? '';
      const entry = shown.find((candidate) =>
        label.startsWith(`${(lang === 'cy' ? candidate.title.cy : undefined) ?? candidate.title.en}:`),
      );
      expect(entry, `an entry titled as the marker "${label}"`).toBeDefined();
      await marker.focus();
      await page.keyboard.press('Enter');
      const link = page.locator('.leaflet-popup .map-popup-link');
      await expect(link).toBeFocused();
      await expect(link).toHaveAttribute(
        'href',
        pathFor(lang, { route: 'detail', params: { id: entry?.id as string } }),
      );
      await expect(page.locator('.leaflet-popup')).toContainText(ui.kind[entry?.kind as Provision['kind']]);
      await expect(page.locator('.leaflet-popup')).toContainText(
        ui.vocab.language[entry?.language as Provision['language']],
      );
      // Escape closes it and focus goes back to the marker: focus is never trapped.
      await page.keyboard.press('Escape');
      await expect(page.locator('.leaflet-popup')).toHaveCount(0);
      await expect(marker).toBeFocused();
    });

    test('the list view shows the same set as the map', async ({ page }) => {
      await page.goto(mapPath(lang, '?tier=3'));
      await waitForMap(page);
      const inTier = shown.filter((entry) => entry.tiers.includes(3));
      await page.getByRole('button', { name: ui.map.viewList, exact: true }).click();
      await expect(page.locator('#map-view')).toBeHidden();
      await expect(page).toHaveURL(/view=list/);
      // The language switch keeps the filters and the list view.
      const other = lang === 'en' ? 'cy' : 'en';
      await expect(page.locator('a.lang-switch')).toHaveAttribute('href', `${mapPath(other, '')}?tier=3&view=list`);
      await showAll(page, 'list-more');
      const listed = await page
        .locator('#map-list li.card')
        .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-id')));
      expect(listed.sort()).toEqual(
        placed(inTier)
          .map((entry) => entry.id)
          .sort(),
      );
      await showAll(page, 'anywhere-more');
      await showAll(page, 'outreach-more');
      const anywhere = await page
        .locator('#anywhere-list li.card')
        .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-id')));
      const outreach = await page
        .locator('#outreach-list li.card')
        .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-id')));
      const placedIds = new Set(placed(inTier).map((entry) => entry.id));
      const unplaced = inTier.filter((entry) => !placedIds.has(entry.id));
      const isAnywhere = (entry: Provision) => entry.walesWide || entry.delivery === 'online';
      expect(anywhere.sort()).toEqual(
        unplaced
          .filter(isAnywhere)
          .map((entry) => entry.id)
          .sort(),
      );
      expect(outreach.sort()).toEqual(
        unplaced
          .filter((entry) => !isAnywhere(entry))
          .map((entry) => entry.id)
          .sort(),
      );
      await page.getByRole('button', { name: ui.map.viewMap, exact: true }).click();
      await expect(page.locator('#map-view')).toBeVisible();
      await expect.poll(() => drawnCount(page)).toBe(venueCount(inTier));
    });

    test('an area map fits its area', async ({ page, request }) => {
      const area = content.areas.find((candidate) => candidate.id === 'carmarthenshire');
      const boundaries = (await (await request.get('/boundaries.json')).json()) as {
        features: { bbox: number[]; properties: { id: string } }[];
      };
      const [west, south, east, north] =
        boundaries.features.find((f) => f.properties.id === 'carmarthenshire')?.bbox ?? [];
      await page.goto(pathFor(lang, { route: 'area', params: { slug: area?.slug as string } }));
      await page
        .getByRole('link', { name: translators[lang]('map.openArea', { area: area?.name[lang] as string }) })
        .click();
      await waitForMap(page);
      await expect(page).toHaveURL(/area=carmarthenshire/);
      const view = bboxOf(await page.locator('#map').getAttribute('data-bounds'));
      // The whole area is in view, and the view is not much larger than the area.
      expect(view.west).toBeLessThanOrEqual(west as number);
      expect(view.east).toBeGreaterThanOrEqual(east as number);
      expect(view.south).toBeLessThanOrEqual(south as number);
      expect(view.north).toBeGreaterThanOrEqual(north as number);
      const areaSize = ((east as number) - (west as number)) * ((north as number) - (south as number));
      expect((view.east - view.west) * (view.north - view.south)).toBeLessThan(areaSize * 6);
      const inArea = shown.filter((entry) => entry.areas.includes('carmarthenshire') || entry.walesWide);
      expect(await drawnCount(page)).toBe(venueCount(inArea));
    });

    test('opened in the list view, the map still fits its area when first shown', async ({ page, request }) => {
      const boundaries = (await (await request.get('/boundaries.json')).json()) as {
        features: { bbox: number[]; properties: { id: string } }[];
      };
      const [west, south, east, north] = boundaries.features.find((f) => f.properties.id === 'powys')?.bbox ?? [];
      await page.goto(mapPath(lang, '?area=powys&view=list'));
      await expect(page.locator('#map-list li.card').first()).toBeVisible();
      await page.getByRole('button', { name: ui.map.viewMap, exact: true }).click();
      await waitForMap(page);
      const view = bboxOf(await page.locator('#map').getAttribute('data-bounds'));
      expect(view.west).toBeLessThanOrEqual(west as number);
      expect(view.east).toBeGreaterThanOrEqual(east as number);
      expect(view.south).toBeLessThanOrEqual(south as number);
      expect(view.north).toBeGreaterThanOrEqual(north as number);
      // Centred on the area, not pushed to a corner.
      expect(Math.abs((view.west + view.east) / 2 - ((west as number) + (east as number)) / 2)).toBeLessThan(0.3);
      expect(Math.abs((view.south + view.north) / 2 - ((south as number) + (north as number)) / 2)).toBeLessThan(0.3);
    });

    test('a place search waits for the places, then fits the map to its circle; the Map/List switch redraws nothing', async ({
      page,
    }) => {
      // The places arrive late: the counts must not show all of Wales meanwhile, and the map must still fit when they come.
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route('**/places.json', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(mapPath(lang, '?near=Ammanford&radius=10'));
      await waitForMap(page);
      expect(await page.locator('#map-status').getAttribute('data-placed')).toBeNull();
      release();
      await expect(page.locator('#map-near')).toBeVisible();
      await mapSettled(page);
      const view = bboxOf(await page.locator('#map').getAttribute('data-bounds'));
      // Ammanford (51.79, -3.99) is in view, and the view is about the 10 km circle, not Wales.
      expect(view.west).toBeLessThan(-3.99);
      expect(view.east).toBeGreaterThan(-3.99);
      expect(view.south).toBeLessThan(51.79);
      expect(view.north).toBeGreaterThan(51.79);
      expect(view.north - view.south).toBeLessThan(1);
      // Words typed but not yet searched stay in the box when the visitor switches to the list and back.
      await page.locator('#m-q').fill('half typed');
      const listed = await page.locator('#map-list li.card').count();
      expect(listed).toBeGreaterThan(0);
      await page.getByRole('button', { name: ui.map.viewList, exact: true }).click();
      await expect(page).toHaveURL(/view=list/);
      await expect(page.locator('#m-q')).toHaveValue('half typed');
      expect(await page.locator('#map-list li.card').count()).toBe(listed);
    });

    test('search links to the map with the same filters, and back again', async ({ page }) => {
      // The search's filters stand open from 60rem: a desktop's width.
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`${pathFor(lang, { route: 'search' })}?tier=2&lang=welsh`);
      await page.locator('.search-app[data-ready]').waitFor();
      // The language switch keeps the search too.
      const other = lang === 'en' ? 'cy' : 'en';
      await expect(page.locator('a.lang-switch')).toHaveAttribute(
        'href',
        `${pathFor(other, { route: 'search' })}?tier=2&lang=welsh`,
      );
      await page.getByTestId('search-to-map').click();
      await expect(page).toHaveURL(new RegExp(`${mapPath(lang)}\\?tier=2&lang=welsh$`));
      await waitForMap(page);
      const expected = shown.filter((entry) => entry.tiers.includes(2) && entry.language === 'welsh');
      expect(await drawnCount(page)).toBe(venueCount(expected));
      await expect(page.locator('a.lang-switch')).toHaveAttribute('href', `${mapPath(other)}?tier=2&lang=welsh`);
      await page.getByRole('link', { name: ui.map.openInSearch }).click();
      await expect(page).toHaveURL(new RegExp(`${pathFor(lang, { route: 'search' })}\\?tier=2&lang=welsh$`));
      await expect(page.locator('.search-app[data-ready]')).toBeVisible();
      await expect(page.getByRole('checkbox', { name: new RegExp(`^${ui.vocab.language.welsh} \\(`) })).toBeChecked();
    });

    test('no request leaves this site', async ({ page }) => {
      const outside: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:') outside.push(request.url());
      });
      await page.goto(mapPath(lang, '?near=SA18&radius=25'));
      await waitForMap(page);
      await page.locator('#map .map-cluster, #map .map-marker').first().click();
      await page.getByRole('button', { name: ui.map.viewList, exact: true }).click();
      expect(outside).toEqual([]);
    });

    test('works at 320 px wide without sideways scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(mapPath(lang));
      await waitForMap(page);
      await expect(page.locator('#map')).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });

    test('axe finds no violations on the map page, in the map and list views', async ({ page }) => {
      await page.goto(mapPath(lang));
      await waitForMap(page);
      // Markers and clusters included: no icon covers another (WCAG 2.5.8 target size).
      await expectNoAxeViolations(page, 'the map view');
      await page.getByRole('button', { name: ui.map.viewList, exact: true }).click();
      await expectNoAxeViolations(page, 'the list view');
    });
  });
}

test('the map page ships at most 90 KB of JavaScript (gzip), Leaflet included; other pages ship no Leaflet', async ({
  page,
}) => {
  const scripts = new Map<string, Buffer>();
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script' && response.status() === 200)
      scripts.set(response.url(), await response.body());
  });
  await page.goto(mapPath('en'));
  await waitForMap(page);
  const total = [...scripts.values()].reduce((sum, body) => sum + gzipSync(body).length, 0);
  expect([...scripts.keys()].some((url) => url.includes('leaflet'))).toBe(true);
  expect(total).toBeLessThanOrEqual(90 * 1024);

  // Each other page in a page of its own: a late response of the map page must not be counted against it.
  for (const path of [
    '/en/',
    pathFor('cy', { route: 'search' }),
    pathFor('en', { route: 'area', params: { slug: 'gwynedd' } }),
  ]) {
    const other = await page.context().newPage();
    // Every script's body is read before the page closes, so none is left unread (or read from a closed page).
    const reading: Promise<[string, string]>[] = [];
    other.on('response', (response) => {
      if (response.request().resourceType() === 'script' && response.status() === 200)
        reading.push(response.body().then((body) => [response.url(), body.toString()]));
    });
    await other.goto(path);
    await other.waitForLoadState('networkidle');
    const bodies = await Promise.all(reading);
    expect(bodies.length, path).toBeGreaterThan(0);
    expect(
      bodies.filter(([url, body]) => url.includes('leaflet') || body.includes('Leaflet')).map(([url]) => url),
      path,
    ).toEqual([]);
    await other.close();
  }
});

for (const lang of LANGS) {
  const ui = dictionaries[lang];
  test.describe(`${lang}: the map fits the screen`, () => {
    test('at 1366 × 900 the filters and the list stand beside the map, which is on the first screen', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1366, height: 900 });
      await page.goto(mapPath(lang));
      await waitForMap(page);
      const map = await page.locator('#map').boundingBox();
      const form = await page.locator('#map-filters').boundingBox();
      const list = await page.locator('#list-view').boundingBox();
      if (!map || !form || !list) throw new Error('the map, the form and the list must all be drawn');
      expect(map.y).toBeLessThan(450);
      expect(Math.min(map.y + map.height, 900) - map.y).toBeGreaterThan(400);
      expect(form.x + form.width).toBeLessThanOrEqual(map.x);
      expect(list.x + list.width).toBeLessThanOrEqual(map.x);
      await expect(page.locator('#map-list li').first()).toBeVisible();
      await expect(page.getByRole('button', { name: ui.map.viewList, exact: true })).toBeHidden();
      // Scrolling down the list keeps the map in view.
      await page.mouse.wheel(0, 1500);
      await expect.poll(async () => (await page.locator('#map').boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
    });

    test('on a phone the map fills most of the screen, its sources fold behind an "i" button, and popups stay clear of the zoom buttons', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(mapPath(lang, '?view=list'));
      await page.getByRole('button', { name: ui.map.viewMap, exact: true }).click();
      await waitForMap(page);
      const map = await page.locator('#map').boundingBox();
      expect(map?.height ?? 0).toBeGreaterThan(844 * 0.7);
      const sources = page.locator('#map-sources');
      const toggle = page.getByRole('button', { name: ui.map.sourcesButton });
      await expect(sources).toBeHidden();
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(sources.getByRole('link', { name: ui.map.allSources })).toBeVisible();
      await toggle.click();
      await expect(sources).toBeHidden();

      // The marker nearest the top of the map, whose popup would open under the zoom buttons.
      await page.locator('#map').scrollIntoViewIfNeeded();
      for (let i = 0; i < 6 && (await page.locator('#map .map-marker').count()) === 0; i++) {
        await page.locator('#map .map-cluster').first().click();
        await mapSettled(page);
      }
      const top = await page.locator('#map .map-marker').evaluateAll((markers) => {
        const boxes = markers.map((marker, i) => ({ i, y: marker.getBoundingClientRect().y }));
        return boxes.sort((a, b) => a.y - b.y)[0]?.i ?? 0;
      });
      await page.locator('#map .map-marker').nth(top).focus();
      await page.keyboard.press('Enter');
      const popup = page.locator('.leaflet-popup');
      await expect(popup).toBeVisible();
      await mapSettled(page);
      const [popupBox, zoomBox, closeBox, mapBox] = await Promise.all(
        [
          popup,
          page.locator('.leaflet-control-zoom'),
          page.locator('.leaflet-popup-close-button'),
          page.locator('#map'),
        ].map((l) => l.boundingBox()),
      );
      if (!popupBox || !zoomBox || !closeBox || !mapBox) throw new Error('the popup and the controls must be drawn');
      const overlapX =
        Math.min(popupBox.x + popupBox.width, zoomBox.x + zoomBox.width) - Math.max(popupBox.x, zoomBox.x);
      const overlapY =
        Math.min(popupBox.y + popupBox.height, zoomBox.y + zoomBox.height) - Math.max(popupBox.y, zoomBox.y);
      expect(overlapX > 0 && overlapY > 0, 'the popup overlaps the zoom buttons').toBe(false);
      expect(closeBox.y).toBeGreaterThanOrEqual(mapBox.y);
      expect(closeBox.x + closeBox.width).toBeLessThanOrEqual(mapBox.x + mapBox.width);
    });
  });
}

test.describe('built without the reference data', () => {
  const origin = `http://127.0.0.1:${NO_DATA_PORT}`;
  // Built from the small content set (tests/e2e/fixture-content.ts), written when its server starts: read in the test.
  const smallShown = () =>
    loadContent('.small/content').content.provision.filter(
      (entry) => isLive(entry) && entry.status !== 'temporarily-closed',
    );

  test('the build warned, and still produced every page', () => {
    const log = readFileSync('dist-no-data.build.log', 'utf8');
    expect(log).toContain('Reference data not found at /nonexistent/llwybrau-reference-data');
    expect(log).toMatch(/\d+ page\(s\) built/);
  });

  for (const lang of LANGS) {
    test(`${lang}: the map shows the markers and a notice instead of boundaries`, async ({ page }) => {
      await page.goto(`${origin}${mapPath(lang)}`);
      await expect(page.locator('[data-notice="no-boundaries"]')).toHaveText(dictionaries[lang].map.boundariesMissing);
      await waitForMap(page);
      await expect(page.locator('#map path.map-area')).toHaveCount(0);
      const expected = venueCount(smallShown());
      expect(expected).toBeGreaterThan(10);
      expect(await drawnCount(page)).toBe(expected);
    });
  }
});
