/** "My options": save from every kind of card and from the detail page, list, share, copy, print, and cope with ids that are gone. */
import { expect, type Page, test } from '@playwright/test';
import { pathFor } from '../../src/lib/i18n/routes.ts';
import { SHORTLIST_KEY } from '../../src/lib/shortlist/store.ts';
import { expectNoAxeViolations } from './axe.ts';
import { dictionaries, LANGS, shown } from './fixtures.ts';

const withContact = shown.filter((entry) => entry.access.contact.url && !entry.walesWide && entry.status === 'active');
const [first, second] = withContact;
const national = shown.find((entry) => entry.walesWide);
if (!first || !second || !national)
  throw new Error('the sample needs two local records with a website and a Wales-wide one');

const saved = (page: Page) =>
  page.evaluate((key) => JSON.parse(window.localStorage.getItem(key) ?? '[]') as string[], SHORTLIST_KEY);
const shortlistPath = (lang: 'en' | 'cy') => pathFor(lang, { route: 'shortlist' });

for (const lang of LANGS) {
  const ui = dictionaries[lang];
  // "Save" or, once saved, "Saved", then the title.
  const save = (title: string) =>
    new RegExp(`^(${ui.shortlist.save}|${ui.shortlist.savedLabel}) ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  test.describe(`${lang}: My options`, () => {
    test('saves from the detail page, a browse card, a search result and the map list, with one toggle that says its state', async ({
      page,
    }) => {
      const title = (entry: typeof first) => (lang === 'cy' && entry.title.cy) || entry.title.en;
      // Detail page.
      await page.goto(pathFor(lang, { route: 'detail', params: { id: first.id } }));
      const toggle = page.getByRole('button', { name: save(title(first)) });
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      // The label says so too: "Saved", and "Save" again once removed.
      await expect(toggle).toHaveText(new RegExp(`^${ui.shortlist.savedLabel} `));
      await expect(
        page.getByRole('status').filter({ hasText: ui.shortlist.saved.replace('{count}', '1') }),
      ).toHaveCount(1);
      await expect(page.locator('a[data-shortlist-nav]')).toHaveText(ui.shortlist.navWithCount.replace('{count}', '1'));
      expect(await saved(page)).toEqual([first.id]);
      // Pressed again, it removes; pressed a third time, it saves again.
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      expect(await saved(page)).toEqual([]);
      await expect(toggle).toHaveText(new RegExp(`^${ui.shortlist.save} `));
      await toggle.click();

      // A search result, which shows the same state.
      await page.goto(`${pathFor(lang, { route: 'search' })}?q=${encodeURIComponent(title(second))}`);
      await page.locator('.search-app[data-ready]').waitFor();
      const result = page.locator(`ul[data-group] li.card[data-id="${second.id}"]`);
      await result.getByRole('button', { name: save(title(second)) }).click();
      await expect(result.getByRole('button', { name: save(title(second)) })).toHaveAttribute('aria-pressed', 'true');

      // A static card on a browse page.
      await page.goto(pathFor(lang, { route: 'kind', params: { kind: national.kind } }));
      const card = page.locator(`li.card[data-id="${national.id}"]`).first();
      await card.getByRole('button').click();
      await expect(card.getByRole('button')).toHaveAttribute('aria-pressed', 'true');
      expect(await saved(page)).toEqual([first.id, second.id, national.id]);

      // The map's list shows them as saved.
      await page.goto(`${pathFor(lang, { route: 'map' })}?q=${encodeURIComponent(title(first))}&view=list`);
      await expect(page.locator(`#map-app li.card[data-id="${first.id}"] .save-toggle`)).toHaveAttribute(
        'aria-pressed',
        'true',
      );

      // The list, with how to apply and the contact details.
      await page.goto(shortlistPath(lang));
      const items = page.locator('#shortlist-list > li');
      await expect(items).toHaveCount(3);
      expect(await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id')))).toEqual([
        first.id,
        second.id,
        national.id,
      ]);
      const item = items.first();
      await expect(item.getByRole('heading', { level: 2 })).toHaveText(title(first));
      await expect(item.getByRole('heading', { name: ui.shortlist.applyLabel })).toBeVisible();
      await expect(item.locator('dl.contact a').first()).toHaveAttribute('href', first.access.contact.url as string);
      await expect(page.getByTestId('shortlist-privacy')).toHaveText(ui.shortlist.privacy);
      await expectNoAxeViolations(page);

      // Removed from the list, it is gone from the store and the count.
      await item.getByRole('button', { name: new RegExp(`^${ui.shortlist.remove} `) }).click();
      await expect(items).toHaveCount(2);
      expect(await saved(page)).toEqual([second.id, national.id]);
      await expect(page.locator('a[data-shortlist-nav]')).toHaveText(ui.shortlist.navWithCount.replace('{count}', '2'));
    });

    test('a share link opens the same list on another device, which can add it to its own', async ({
      page,
      browser,
    }) => {
      await page.goto(shortlistPath(lang));
      await page.evaluate(([key, ids]) => window.localStorage.setItem(key, JSON.stringify(ids)), [
        SHORTLIST_KEY,
        [first.id, national.id],
      ] as const);
      await page.reload();
      await expect(page.locator('#shortlist-list > li')).toHaveCount(2);
      const link = await page.getByLabel(ui.shortlist.shareLabel).inputValue();
      expect(link).toMatch(new RegExp(`${shortlistPath(lang)}\\?ids=${first.id},${national.id}$`));

      const other = await browser.newContext();
      const phone = await other.newPage();
      await phone.goto(link);
      await expect(phone.getByRole('heading', { name: ui.shortlist.sharedHeading })).toBeVisible();
      await expect(phone.locator('#shortlist-list > li')).toHaveCount(2);
      // Nothing is saved on the other device until asked.
      expect(await saved(phone)).toEqual([]);
      await expect(phone.locator('#shortlist-shared-intro')).toHaveText(ui.shortlist.sharedIntro);
      await phone.getByRole('button', { name: ui.shortlist.addShared }).click();
      await expect.poll(() => saved(phone)).toEqual([first.id, national.id]);
      // The panel now says they are saved, offers no second add, and keeps the keyboard's place.
      await expect(phone.locator('#shortlist-shared-intro')).toHaveText(ui.shortlist.sharedAllSaved);
      await expect(phone.getByRole('button', { name: ui.shortlist.addShared })).toBeHidden();
      await expect(phone.locator('#shortlist-shared-intro')).toBeFocused();
      await other.close();
    });

    test('copies the list as text, and prints on A4 with plain addresses and no buttons', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(shortlistPath(lang));
      await page.evaluate(([key, ids]) => window.localStorage.setItem(key, JSON.stringify(ids)), [
        SHORTLIST_KEY,
        [first.id, 'an-option-that-ended-long-ago'],
      ] as const);
      await page.reload();
      await expect(page.locator('#shortlist-list > li')).toHaveCount(2);
      // An id the data no longer has says so, and can be removed.
      await expect(page.locator('#shortlist-list > li.gone')).toContainText(ui.shortlist.gone);
      await page.getByRole('button', { name: ui.shortlist.copyText }).click();
      await expect(page.locator('#shortlist-copy-status')).toHaveText(ui.shortlist.copied);
      const text = await page.evaluate(() => navigator.clipboard.readText());
      const detailUrl = new URL(pathFor(lang, { route: 'detail', params: { id: first.id } }), page.url()).href;
      expect(text).toContain(detailUrl);
      expect(text).toContain(first.access.contact.url as string);
      expect(text).toContain(ui.shortlist.goneText.replace('{id}', 'an-option-that-ended-long-ago'));
      expect(text).toContain(`?ids=${first.id},an-option-that-ended-long-ago`);
      expect(text).not.toMatch(/[<>]/);

      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.site-nav')).toBeHidden();
      await expect(page.locator('.save-toggle, #shortlist-share, .card-actions').first()).toBeHidden();
      await expect(page.locator('#shortlist-list > li').first().locator('.print-url')).toHaveText(detailUrl);
      // The footer on paper gives the list's own address, which opens the same list.
      await expect(page.locator('[data-page-address]')).toHaveText(
        new RegExp(`${shortlistPath(lang)}\\?ids=${first.id},an-option-that-ended-long-ago$`),
      );
      // Options run on from one sheet to the next, rather than leaving half a sheet empty before a long one.
      expect(
        await page.locator('#shortlist-list').evaluate((list) => ({
          list: getComputedStyle(list).display,
          item: getComputedStyle(list.querySelector('li') as Element).breakInside,
        })),
      ).toEqual({ list: 'block', item: 'auto' });
      // Chromium prints the page on A4, as the stylesheet asks.
      const pdf = await page.pdf({ preferCSSPageSize: true });
      const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
      expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([595, 842]);
    });
  });
}

for (const lang of LANGS) {
  test(`${lang}: the About page’s privacy section says where My options is kept`, async ({ page }) => {
    await page.goto(pathFor(lang, { route: 'about' }));
    await expect(page.getByText(dictionaries[lang].about.privacyText)).toBeVisible();
  });
}

test.describe('My options without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of LANGS) {
    const ui = dictionaries[lang];
    test(`${lang}: there is no toggle, and My options says why it is empty`, async ({ page }) => {
      await page.goto(pathFor(lang, { route: 'detail', params: { id: first.id } }));
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('.save-toggle')).toHaveCount(0);
      await page.goto(pathFor(lang, { route: 'kind', params: { kind: first.kind } }));
      await expect(page.locator('li.card').first()).toBeVisible();
      await expect(page.locator('.save-toggle')).toHaveCount(0);
      await page.goto(shortlistPath(lang));
      await expect(page.locator('[data-notice="no-js"]')).toHaveText(ui.shortlist.noScript);
      await expect(page.getByText(ui.shortlist.loading)).toBeHidden();
    });
  }
});
