/**
 * The service worker (src/sw/service-worker.ts): pages a visitor has opened, My options and the
 * search data work offline; a page not kept opens the offline page, never a dead end; the CSV and
 * feed downloads are never kept. The other tests block
 * service workers (playwright.config.ts), so that each is a first visit.
 */
import { expect, type Page, test } from '@playwright/test';
import { pathFor } from '../../src/lib/i18n/routes.ts';
import { CACHE_NAMES } from '../../src/lib/offline/rules.ts';
import { dictionaries, LANGS, shown } from './fixtures.ts';

test.use({ serviceWorkers: 'allow' });

const local = shown.find((entry) => !entry.walesWide && entry.status === 'active');
if (!local) throw new Error('the sample needs a local active record');

/** Waits until the worker is in charge of the page (it claims pages as soon as it is active). */
const controlled = (page: Page) =>
  page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });

/** Every URL kept in the site's caches. */
const kept = (page: Page) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    return urls;
  });

for (const lang of LANGS) {
  const ui = dictionaries[lang];
  test(`${lang}: pages opened, My options and the search work offline; downloads are never kept`, async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000);
    const detail = pathFor(lang, { route: 'detail', params: { id: local.id } });
    // The first page opened: loaded before the worker was in charge, so the page asks it to keep what it loaded.
    await page.goto(detail);
    await controlled(page);
    await page.getByRole('button', { name: new RegExp(`^${ui.shortlist.save} `) }).click();
    await expect.poll(async () => (await kept(page)).includes(detail), { timeout: 15_000 }).toBe(true);
    // Saving keeps that option's data, so My options opens offline though it was never opened online.
    await expect
      .poll(async () => (await kept(page)).some((url) => url.startsWith(`/shortlist-data/${lang}/`)), {
        timeout: 15_000,
      })
      .toBe(true);

    // The search, used online, keeps its data.
    await page.goto(`${pathFor(lang, { route: 'search' })}?q=gofal`);
    await page.locator('.search-app[data-ready]').waitFor();
    // Saving a result keeps its page too, though it was never opened.
    const savedCard = page.locator(`li.card:not([data-id="${local.id}"])`).nth(1);
    const savedPath = pathFor(lang, {
      route: 'detail',
      params: { id: (await savedCard.getAttribute('data-id')) ?? '' },
    });
    const savedTitle = ((await savedCard.locator('h2, h3').first().textContent()) ?? '').trim();
    await savedCard.locator('button.save-toggle').click();
    await expect.poll(async () => (await kept(page)).includes(savedPath), { timeout: 15_000 }).toBe(true);
    // Downloads go to the network and are never kept.
    const downloads = await page.evaluate(async () => {
      const csv = await fetch('/data/provision-wales.csv');
      const feed = await fetch('/openreferral/index.json');
      return [csv.status, feed.status];
    });
    expect(downloads).toEqual([200, 200]);

    await context.setOffline(true);
    await page.goto(detail);
    await expect(page.locator('h1')).toHaveText((lang === 'cy' && local.title.cy) || local.title.en);
    await page.goto(savedPath);
    await expect(page.locator('h1')).toHaveText(savedTitle);
    await page.goto(pathFor(lang, { route: 'shortlist' }));
    await expect(page.locator('#shortlist-list > li')).toHaveCount(2);
    await expect(page.locator(`#shortlist-list > li[data-id="${local.id}"] h2`)).toBeVisible();
    await page.goto(`${pathFor(lang, { route: 'search' })}?q=gofal`);
    await page.locator('.search-app[data-ready]').waitFor();
    await expect(page.locator('li.card').first()).toBeVisible();
    // A search result tapped offline, whose page was never opened: the offline page, in this language, at the
    // address asked for, with the option's title from the search data kept, instead of the browser's dead end.
    const result = page.locator(`li.card:not([data-id="${local.id}"])`).first();
    const resultId = (await result.getAttribute('data-id')) ?? '';
    const resultTitle = ((await result.locator('h2, h3').first().textContent()) ?? '').trim();
    await result.locator('h2 a, h3 a').first().click();
    const resultPath = pathFor(lang, { route: 'detail', params: { id: resultId } });
    await expect(page).toHaveURL(resultPath);
    await expect(page.locator('h1')).toHaveText(ui.offline.title);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('#offline-record h3')).toHaveText(resultTitle);
    await expect(page.getByRole('link', { name: ui.offline.retry })).toHaveAttribute(
      'href',
      new RegExp(`${resultPath}$`),
    );
    // What is kept: My options, and the pages opened before, by their titles.
    await expect(page.getByRole('link', { name: ui.offline.myOptions })).toBeVisible();
    await expect(
      page.locator('#offline-visited a', { hasText: (lang === 'cy' && local.title.cy) || local.title.en }),
    ).toHaveCount(1);
    // A page never opened nor found in search: the offline page still, saying what happened.
    await page.goto(pathFor(lang, { route: 'about' }));
    await expect(page.locator('h1')).toHaveText(ui.offline.title);
    await expect(page.locator('#offline-record')).toBeHidden();
    // The saved option, opened from the offline page's link to My options.
    await page.getByRole('link', { name: ui.offline.myOptions }).click();
    await expect(page.locator(`#shortlist-list > li[data-id="${local.id}"] h2`)).toBeVisible();
    await context.setOffline(false);
    await page.goto(detail);

    const urls = await kept(page);
    expect(urls.filter((url) => /\.csv$|^\/openreferral\/|^\/data\//.test(url))).toEqual([]);
    expect(urls).toContain('/search-data/docs.json');
    expect(await page.evaluate(() => caches.keys())).toEqual(
      expect.arrayContaining([CACHE_NAMES.pages, CACHE_NAMES.data]),
    );
  });
}
