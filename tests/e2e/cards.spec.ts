/**
 * One card, drawn by one template (src/lib/cards/card-view.ts) on the server, in the search
 * island and on the map: for a set of records chosen to cover what varies (each kind, a JGW+
 * strand, an example badge, a closed offer, English standing in for Welsh), the server's card
 * on the browse pages, the search result and the map list's card show the same text, links,
 * facts and `lang` attributes, in both languages.
 */
import { expect, type Page, test } from '@playwright/test';
import { pathFor } from '../../src/lib/i18n/routes.ts';
import { LANGS, live } from './fixtures.ts';

/** What a card says, without its Save toggle (which each page's script adds). */
interface CardFacts {
  kindLine: string;
  link: { text: string; href: string; lang: string | null; spanLang: string | null };
  facts: [string, string, string | null][];
}

const readCards = (page: Page, scope: string) =>
  page.locator(`${scope} li.card[data-id]`).evaluateAll((cards) =>
    cards.map((card) => {
      const link = card.querySelector('h2 a, h3 a, h4 a');
      const terms = [...card.querySelectorAll('dl > dt')];
      return {
        id: card.getAttribute('data-id') ?? '',
        kind: card.getAttribute('data-kind'),
        facts: {
          kindLine: card.querySelector('.kind-label')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
          link: {
            text: link?.textContent?.trim() ?? '',
            href: link?.getAttribute('href') ?? '',
            lang: link?.getAttribute('lang') ?? null,
            spanLang: link?.querySelector('[lang]')?.getAttribute('lang') ?? null,
          },
          facts: terms.map((term): [string, string, string | null] => {
            const value = term.nextElementSibling;
            return [
              term.textContent?.trim() ?? '',
              value?.textContent?.trim() ?? '',
              value?.getAttribute('data-fact') ?? null,
            ];
          }),
        },
      };
    }),
  );

/** Records that between them show every part of a card. */
const chosen = (() => {
  const pick = (test: (entry: (typeof live)[number]) => boolean) => live.find(test)?.id;
  const ids = [
    pick((entry) => entry.kind === 'jgw'),
    pick((entry) => entry.kind === 'course' && !entry.illustrative),
    pick((entry) => entry.kind === 'apprenticeship'),
    pick((entry) => entry.kind === 'volunteering' && entry.illustrative),
    pick((entry) => entry.kind === 'support' && entry.walesWide),
    pick((entry) => entry.status === 'temporarily-closed'),
    pick((entry) => entry.title.cy === undefined),
  ];
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
})();

for (const lang of LANGS) {
  test(`${lang}: the server, the search and the map draw the same card`, async ({ page }) => {
    test.setTimeout(120_000);
    expect(chosen.length).toBeGreaterThanOrEqual(6);
    // The server's cards: the browse pages list every live record.
    const server = new Map<string, CardFacts>();
    for (let n = 1; server.size < live.length; n++) {
      const path =
        n === 1 ? pathFor(lang, { route: 'browse' }) : pathFor(lang, { route: 'browsePage', params: { page: n } });
      const response = await page.goto(path);
      if (response?.status() !== 200) break;
      for (const card of await readCards(page, 'main')) server.set(card.id, card.facts);
    }
    for (const id of chosen) expect(server.has(id), `${id} on the browse pages`).toBe(true);

    for (const id of chosen) {
      const entry = live.find((record) => record.id === id);
      if (!entry) throw new Error(id);
      // The title less its venues' towns: a town typed among the words would search near it, and add a distance.
      const towns = entry.venues.map((venue) => venue.town);
      const words = towns.reduce((title, town) => title.replaceAll(town, ' '), entry.title.en);
      const query = new URLSearchParams({ q: words, closed: '1' }).toString();
      await page.goto(`${pathFor(lang, { route: 'search' })}?${query}`);
      await page.locator('.search-app[data-ready]').waitFor();
      await page.locator(`.search-app li.card[data-id="${id}"] h3 a`).first().waitFor();
      const searched = (await readCards(page, '.search-app')).find((card) => card.id === id);
      await page.goto(`${pathFor(lang, { route: 'map' })}?${query}&view=list`);
      await page.locator(`#map-app li.card[data-id="${id}"]`).first().waitFor();
      const mapped = (await readCards(page, '#map-app')).find((card) => card.id === id);
      const expected = server.get(id);
      // The title's lang sits on the link, the same everywhere.
      expect(expected?.link.spanLang).toBeNull();
      expect(searched?.facts, `${id}: search`).toEqual(expected);
      expect(mapped?.facts, `${id}: map`).toEqual(expected);
    }
  });
}
