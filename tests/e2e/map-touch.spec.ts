/**
 * The map on a touch screen, as fingers use it: touches sent through Chromium's input pipeline
 * (DevTools' Input.dispatchTouchEvent), so touch-action, the browser's own scrolling and the page's
 * handlers all take part. One finger scrolls the page past the map, two fingers move it, and a
 * popup shows its actions first.
 */
import { type CDPSession, expect, type Page, test } from '@playwright/test';
import { pathFor } from '../../src/lib/i18n/routes.ts';
import { dictionaries, LANGS } from './fixtures.ts';
import { mapSettled } from './map-settled.ts';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const bboxOf = (text: string | null) => {
  const [west, south, east, north] = (text ?? '').split(',').map(Number) as [number, number, number, number];
  return { west, south, east, north };
};

const openMap = async (page: Page, lang: 'en' | 'cy') => {
  await page.goto(pathFor(lang, { route: 'map' }));
  await page.locator('#map[data-state="ready"]').waitFor({ timeout: 20_000 });
  await mapSettled(page);
};

/** Fingers that touch at `from`, move by (dx, dy) in ten steps, and lift: one point per finger. */
const drag = async (cdp: CDPSession, from: { x: number; y: number }[], dx: number, dy: number) => {
  const at = (step: number) => from.map(({ x, y }, id) => ({ x: x + (dx * step) / 10, y: y + (dy * step) / 10, id }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let step = 1; step <= 10; step++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
};

/** A point on the map that is on the screen, after the map has been scrolled into view. */
const onMap = async (page: Page) => {
  await page.locator('#map').scrollIntoViewIfNeeded();
  const box = await page.locator('#map').boundingBox();
  if (!box) throw new Error('the map must be drawn');
  const viewport = page.viewportSize()?.height ?? 844;
  return { x: Math.round(box.x + box.width / 2), y: Math.round(Math.min(box.y + box.height / 2, viewport - 100)) };
};

for (const lang of LANGS) {
  const ui = dictionaries[lang];
  test.describe(`${lang}: the map on a touch screen`, () => {
    test('one finger dragging on the map scrolls the page and leaves the map where it was, with a hint', async ({
      page,
    }) => {
      await openMap(page, lang);
      // The hint for fingers, not keys, with the map.
      await expect(page.locator('#map-keys .hint-touch')).toBeVisible();
      await expect(page.locator('#map-keys .hint-keys')).toBeHidden();
      const point = await onMap(page);
      const scroll = await page.evaluate(() => window.scrollY);
      const bounds = (await page.locator('#map').getAttribute('data-bounds')) ?? '';
      // A finger on the map, moving up by 300 px: the page follows it.
      await drag(await page.context().newCDPSession(page), [point], 0, -300);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scroll + 150);
      await mapSettled(page);
      await expect(page.locator('#map')).toHaveAttribute('data-bounds', bounds);
      await expect(page.locator('#map')).toHaveAttribute('data-touch-hints', /^[1-9]/);
      await expect(page.locator('.map-touch-hint')).toHaveText(ui.map.twoFingers);
    });

    test('two fingers moving together move the map, and the page stays where it is', async ({ page }) => {
      await openMap(page, lang);
      const { x, y } = await onMap(page);
      const scroll = await page.evaluate(() => window.scrollY);
      const before = bboxOf(await page.locator('#map').getAttribute('data-bounds'));
      // Two fingers 80 px apart, moving 120 px to the right: the map's view moves west.
      await drag(
        await page.context().newCDPSession(page),
        [
          { x: x - 40, y },
          { x: x + 40, y },
        ],
        120,
        0,
      );
      await mapSettled(page);
      await expect
        .poll(async () => bboxOf(await page.locator('#map').getAttribute('data-bounds')).west)
        .toBeLessThan(before.west);
      expect(await page.evaluate(() => window.scrollY)).toBe(scroll);
    });

    test('a tapped marker’s popup shows “See the details” and Save without scrolling inside it', async ({ page }) => {
      await openMap(page, lang);
      await page.locator('#map').scrollIntoViewIfNeeded();
      for (let i = 0; i < 6 && (await page.locator('#map .map-marker').count()) === 0; i++) {
        await page.locator('#map .map-cluster').first().tap();
        await mapSettled(page);
      }
      await page.locator('#map .map-marker').first().tap();
      const popup = page.locator('.leaflet-popup');
      await expect(popup).toBeVisible();
      await mapSettled(page);
      const scroller = page.locator('.leaflet-popup-content');
      const link = popup.getByRole('link', { name: new RegExp(`^${ui.map.popupLink}`) });
      const save = popup.locator('button.save-toggle');
      for (const action of [link, save]) {
        const [a, s] = await Promise.all([action.boundingBox(), scroller.boundingBox()]);
        if (!a || !s) throw new Error('the popup and its actions must be drawn');
        // Inside the popup's visible box as it opens, with nothing scrolled.
        expect(a.y + a.height).toBeLessThanOrEqual(s.y + s.height + 1);
      }
      expect(await scroller.evaluate((node) => node.scrollTop)).toBe(0);
      await save.tap();
      await expect(save).toHaveAttribute('aria-pressed', 'true');
    });
  });
}
