/**
 * No page scrolls sideways on a phone, and every tap target is big enough or has room around it. Every page template, in both languages, with and without
 * results, from a first visit (no storage, no service worker), is laid out at 390 px and then at
 * 320 px with touch, scrolled to its end so that every card is drawn, and checked: the page is no
 * wider than the screen, and no element reaches past its edge unless it sits inside its own
 * scrolling box (a wide table that scrolls on its own is allowed; a card cut off is not).
 */
import { expect, type Page, test } from '@playwright/test';
import { type PageRef, pathFor } from '../../src/lib/i18n/routes.ts';
import { LANGS, live } from './fixtures.ts';

const detail = live.find((entry) => entry.kind === 'course' && entry.venues.length > 0);
const untranslated = live.find((entry) => entry.title.cy === undefined);
if (!(detail && untranslated)) throw new Error('the sample needs a course with a venue and a record without Welsh');

/** A page to check, and what shows it is ready. */
interface Case {
  name: string;
  page: PageRef;
  query?: string;
  ready?: string;
}

const SEARCH_READY = '.search-app[data-ready]';
const CASES: Case[] = [
  { name: 'home', page: { route: 'home' } },
  { name: 'browse', page: { route: 'browse' } },
  { name: 'kind', page: { route: 'kind', params: { kind: 'course' } } },
  { name: 'detail', page: { route: 'detail', params: { id: detail.id } } },
  { name: 'detail without Welsh', page: { route: 'detail', params: { id: untranslated.id } } },
  { name: 'areas', page: { route: 'areas' } },
  { name: 'area', page: { route: 'area', params: { slug: 'gwynedd' } } },
  { name: 'area tier', page: { route: 'areaTier', params: { slug: 'conwy', tier: 2 } } },
  { name: 'tiers', page: { route: 'tiers' } },
  { name: 'tier', page: { route: 'tier', params: { tier: 3 } } },
  { name: 'glossary', page: { route: 'glossary' } },
  { name: 'about', page: { route: 'about' } },
  { name: 'accessibility', page: { route: 'accessibility' } },
  { name: 'gaps, Wales', page: { route: 'gaps' } },
  { name: 'gaps, an area', page: { route: 'gapsArea', params: { slug: 'conwy' } } },
  { name: 'search, first visit', page: { route: 'search' }, ready: SEARCH_READY },
  { name: 'search, a subject', page: { route: 'search' }, query: '?q=gofal', ready: SEARCH_READY },
  { name: 'search, a tier', page: { route: 'search' }, query: '?tier=2', ready: SEARCH_READY },
  { name: 'search, near a postcode', page: { route: 'search' }, query: '?near=CF10+1AA', ready: SEARCH_READY },
  { name: 'search, no results', page: { route: 'search' }, query: '?q=zzqxjvbw', ready: SEARCH_READY },
  { name: 'map', page: { route: 'map' }, ready: '#map-status[data-placed]' },
  { name: 'map, list view', page: { route: 'map' }, query: '?view=list&tier=2', ready: '#map-status[data-placed]' },
  { name: 'my options, first visit', page: { route: 'shortlist' }, ready: '#shortlist-loading[hidden]' },
  { name: 'offline page', page: { route: 'offline' } },
];

/**
 * Scrolls to the end a screen at a time, so that cards drawn only near the screen are drawn, and
 * runs `each` on every screen on the way (the top one included).
 */
const scrollToEnd = async (page: Page, each?: () => Promise<void>) => {
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let i = 0; i < 200; i++) {
    await each?.();
    const done = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    });
    if (done) break;
  }
  await each?.();
};

/** What reaches past the screen's right or left edge, outside any box that scrolls or clips on its own. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width + 1)
      found.push(`the page is ${document.documentElement.scrollWidth} px wide on a ${width} px screen`);
    const contained = (element: Node) => {
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
        if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(up).overflowX)) return true;
      }
      return false;
    };
    // Text that runs past its box (a long address) widens nothing, but is cut off: its lines are checked too.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node && found.length < 5; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || contained(node)) continue;
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width > 1 && (box.right > width + 1 || box.left < -1))
        found.push(
          `text "${node.textContent.trim().slice(0, 40)}" spans ${Math.round(box.left)}–${Math.round(box.right)} px`,
        );
    }
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      if (box.right <= width + 1 && box.left >= -1) continue;
      if (contained(element)) continue;
      const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''}`;
      found.push(`${name} spans ${Math.round(box.left)}–${Math.round(box.right)} px`);
      if (found.length >= 5) break;
    }
    return found;
  });

/**
 * Tap targets smaller than 24 × 24 px that are too close to another (WCAG 2.2, 2.5.8): a target under
 * that size passes only if a 24 px circle centred on it touches no other target (nor another small
 * target's circle), or if it is a link inside a sentence (its block holds other text).
 */
const crampedTargets = (page: Page) =>
  page.evaluate(() => {
    const blocks = 'p, li, dd, dt, td, th, h1, h2, h3, h4, figcaption, legend, label, div, span.hint';
    // Not in a closed <details> (its content keeps a box, but is not drawn), not hidden, not see-through.
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      return (
        box.width > 0 && box.height > 0 && element.checkVisibility({ visibilityProperty: true, opacityProperty: true })
      );
    };
    // Those on this screen: cards off the screen are not laid out (content-visibility), so their boxes mean nothing yet.
    const onScreen = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    };
    const targets = [
      ...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary'),
    ].filter((element) => visible(element) && onScreen(element) && !element.closest('.leaflet-container'));
    const inSentence = (element: Element) => {
      if (element.tagName !== 'A') return false;
      const block = element.parentElement?.closest(blocks);
      const own = (element.textContent ?? '').trim();
      const all = (block?.textContent ?? '').replace(/\s+/g, ' ').trim();
      return all.length > own.length + 3;
    };
    const boxes = targets.map((element) => ({ element, box: element.getBoundingClientRect() }));
    const small = boxes.filter(({ element, box }) => (box.width < 23.5 || box.height < 23.5) && !inSentence(element));
    const centre = (box: DOMRect) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
    const found: string[] = [];
    for (const { element, box } of small) {
      const c = centre(box);
      const clash = boxes.find(({ element: other, box: b }) => {
        if (other === element || other.contains(element) || element.contains(other)) return false;
        if (small.some((s) => s.element === other)) {
          const o = centre(b);
          return Math.hypot(c.x - o.x, c.y - o.y) < 24;
        }
        const dx = Math.max(b.left - c.x, 0, c.x - b.right);
        const dy = Math.max(b.top - c.y, 0, c.y - b.bottom);
        return Math.hypot(dx, dy) < 12;
      });
      if (clash) {
        const name = (element.textContent ?? element.getAttribute('aria-label') ?? '').trim().slice(0, 40);
        const near = (clash.element.textContent ?? clash.element.getAttribute('aria-label') ?? '').trim().slice(0, 30);
        found.push(
          `${element.tagName.toLowerCase()} "${name}" is ${Math.round(box.width)}×${Math.round(box.height)} px, too close to "${near}"`,
        );
      }
      if (found.length >= 5) break;
    }
    return found;
  });

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** The time one screen's checks may take on a busy 2-CPU machine: scroll, then find cramped targets. */
const SCREEN_MS = 1_000;

for (const lang of LANGS) {
  for (const item of CASES) {
    test(`${lang}: ${item.name} fits a phone at 390 and 320 px`, async ({ page }, testInfo) => {
      const url = `${pathFor(lang, item.page)}${item.query ?? ''}`;
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      if (item.ready) await page.locator(item.ready).first().waitFor({ state: 'attached' });
      // The work is a check on every screen of the page at two widths: the time allowed grows with the page
      // (the Wales gap analysis is about 90 screens at 320 px), at 1 s a screen on a busy machine.
      const screens = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight / window.innerHeight));
      testInfo.setTimeout(testInfo.timeout + screens * 2.5 * SCREEN_MS);
      for (const width of [390, 320]) {
        await page.setViewportSize({ width, height: 844 });
        const cramped = new Set<string>();
        await scrollToEnd(page, async () => {
          for (const target of await crampedTargets(page)) cramped.add(target);
        });
        expect(await overflow(page), `${url} at ${width} px`).toEqual([]);
        expect([...cramped], `tap targets on ${url} at ${width} px`).toEqual([]);
      }
    });
  }
}

test('My options on a first visit says nothing is saved yet, in both languages, and never stays on "Loading"', async ({
  page,
}) => {
  for (const lang of LANGS) {
    await page.goto(pathFor(lang, { route: 'shortlist' }));
    await expect(page.locator('#shortlist-empty')).toBeVisible();
    await expect(page.locator('#shortlist-loading')).toBeHidden();
    await expect(page.locator('#shortlist-list > li')).toHaveCount(0);
  }
});
