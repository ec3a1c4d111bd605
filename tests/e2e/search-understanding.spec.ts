/**
 * The classes of question search answers (docs/search.md), on the search page and the map, in
 * both languages, from a first visit: a place typed among the words, concepts of the vocabulary,
 * word forms, Welsh mutations, rare words weighing more, a typo of a synonym, and what is shown
 * when nothing is found. Expectations are computed from the content the site was built from.
 */
import { expect, type Page, test } from '@playwright/test';
import { pathFor } from '../../src/lib/i18n/routes.ts';
import { expectNoAxeViolations } from './axe.ts';
import { dictionaries, LANGS, shown, translators } from './fixtures.ts';

const searchPath = (lang: 'en' | 'cy', query: string) =>
  `${pathFor(lang, { route: 'search' })}?q=${encodeURIComponent(query)}`;

/** Ids of the results shown in a group, once the island is ready. */
const resultIds = async (page: Page, group = 'local') => {
  await page.locator('.search-app[data-ready]').waitFor();
  return page
    .locator(`ul[data-group="${group}"] li.card`)
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-id') ?? ''));
};

const entry = (id: string) => shown.find((candidate) => candidate.id === id);

for (const lang of LANGS) {
  const ui = dictionaries[lang];
  const t = translators[lang];

  test.describe(`${lang}: what search understands`, () => {
    test('a place typed among the words searches near it, with a chip that lets it go', async ({ page }) => {
      const query = lang === 'en' ? 'volunteering Barry' : 'gwirfoddoli yn y Barri';
      await page.goto(searchPath(lang, query));
      const ids = await resultIds(page);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.every((id) => entry(id)?.kind === 'volunteering')).toBe(true);
      // Nearest first: the distances the cards give never fall.
      const km = await page
        .locator('ul[data-group="local"] li.card [data-distance]')
        .evaluateAll((facts) => facts.map((fact) => Number(fact.getAttribute('data-distance'))));
      expect(km.length).toBeGreaterThan(0);
      expect(km).toEqual([...km].sort((a, b) => a - b));
      // The chip names the place as the gazetteer does in the page's language.
      const chipText = t('search.nearChip', { place: lang === 'en' ? 'Barry' : 'Y Barri' });
      const chip = page.getByRole('button', { name: t('search.removeFilter', { filter: chipText }) });
      await expect(chip).toBeVisible();
      await chip.click();
      await expect(page.getByLabel(ui.search.queryLabel)).toHaveValue(lang === 'en' ? 'volunteering' : 'gwirfoddoli');
      await expect(page).toHaveURL(/[?&]q=(volunteering|gwirfoddoli)(&|$)/);
      await expect(chip).toBeHidden();
      await expect(page.locator('[data-distance]')).toHaveCount(0);
    });

    test('a place in its mutated form is found on the map too, which shares the search', async ({ page }) => {
      await page.goto(`${pathFor(lang, { route: 'map' })}?q=${encodeURIComponent('prentisiaeth ym Mangor')}`);
      await expect(page.locator('#map-near')).toContainText('Bangor');
      await page.locator('#map-status[data-placed]').waitFor({ state: 'attached' });
      const ids = await page
        .locator('#map-list li.card')
        .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-id') ?? ''));
      // The concept "prentisiaeth" finds every apprenticeship, and the records that talk of them: apprenticeships first.
      expect(entry(ids[0] ?? '')?.kind).toBe('apprenticeship');
      expect(ids.filter((id) => entry(id)?.kind === 'apprenticeship').length).toBeGreaterThan(ids.length / 2);
      // A concept, misspelt, finds the records tagged with it there too: every one with a venue is on the list.
      const tagged = shown
        .filter((e) => e.priorityGroups.includes('care-leavers') && e.venues.length > 0 && !e.walesWide)
        .map((e) => e.id);
      expect(tagged.length).toBeGreaterThan(0);
      await page.goto(`${pathFor(lang, { route: 'map' })}?q=${encodeURIComponent('care expereinced')}&view=list`);
      await expect(page.locator('#map-list li.card').first()).toBeVisible();
      const listed = await page
        .locator('#map-list li.card')
        .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-id') ?? ''));
      expect(listed).toEqual(expect.arrayContaining(tagged));
    });

    test('a group named in professionals’ or young people’s words finds every record tagged with it', async ({
      page,
    }) => {
      const tagged = shown.filter((e) => e.priorityGroups.includes('care-leavers')).map((e) => e.id);
      expect(tagged.length).toBeGreaterThan(1);
      await page.goto(searchPath(lang, lang === 'en' ? 'care experienced' : 'profiad o ofal'));
      const ids = await resultIds(page);
      expect(ids).toEqual(expect.arrayContaining(tagged));
      // Some of them never use the words: the tag found them.
      expect(
        tagged.some((id) => !/experienced|profiad/i.test(JSON.stringify([entry(id)?.title, entry(id)?.summary]))),
      ).toBe(true);
    });

    test('another form of a word, and a Welsh mutation, find what the word finds', async ({ page }) => {
      await page.goto(searchPath(lang, 'welder'));
      expect(await resultIds(page)).toContain('neath-port-talbot-nptc-afan-engineering-l2');
      const peirianneg = shown.filter((e) => /peirianneg/i.test(e.title.cy ?? '')).map((e) => e.id);
      expect(peirianneg.length).toBeGreaterThan(0);
      await page.goto(searchPath(lang, 'peirianwyr'));
      expect(await resultIds(page)).toEqual(expect.arrayContaining(peirianneg));
      await page.goto(searchPath(lang, 'peirianneg'));
      const radical = await resultIds(page);
      await page.goto(searchPath(lang, 'beirianneg'));
      expect((await resultIds(page)).slice(0, 5)).toEqual(radical.slice(0, 5));
    });

    test('a rare word outweighs common ones, and a misspelt synonym is corrected, then expanded', async ({ page }) => {
      await page.goto(searchPath(lang, lang === 'en' ? 'support with money worries' : 'cymorth gydag arian'));
      const first = entry((await resultIds(page))[0] ?? '');
      expect(first?.kind === 'support' && first.serviceType).toBe('financial-help');
      // Neither "plumbr" nor "plymmwr" is a word of the records: each is corrected to a word people use, then expanded.
      await page.goto(searchPath(lang, lang === 'en' ? 'plumbr' : 'plymmwr'));
      expect(await resultIds(page)).toContain('bridgend-college-pencoed-construction-l2');
    });

    test('nothing found is never a dead end: what was understood, a near word, the tiers and people to talk to', async ({
      page,
    }) => {
      await page.goto(searchPath(lang, lang === 'en' ? 'dentist' : 'deintydd'));
      await page.locator('.search-app[data-ready]').waitFor();
      await expect(page.locator('.result-count')).toHaveText(t.plural('search.results', 0));
      const panel = page.getByTestId('nothing-found');
      await expect(panel.locator('dd').first()).toHaveText(lang === 'en' ? 'dentist' : 'deintydd');
      await expect(panel.locator('.tier-links a')).toHaveCount(5);
      await expect(panel.locator('.tier-links a').first()).toHaveAttribute(
        'href',
        pathFor(lang, { route: 'tier', params: { tier: 1 } }),
      );
      for (const id of ['wales-working-wales', 'wales-meic-helpline']) {
        const record = entry(id);
        const link = panel.locator(`.help-routes a[href="${pathFor(lang, { route: 'detail', params: { id } })}"]`);
        await expect(link).toBeVisible();
        await expect(link.locator('xpath=..')).toContainText(record?.access.contact.phone ?? '');
      }
      await expectNoAxeViolations(page);
      // A word a typo too far from one search knows is offered as "did you mean", and taking it searches again.
      await page.goto(searchPath(lang, 'mecanik'));
      await page.locator('.search-app[data-ready]').waitFor();
      await page.getByTestId('nothing-found').getByRole('button', { name: 'mechanic' }).click();
      await expect(page.getByLabel(ui.search.queryLabel)).toHaveValue('mechanic');
      await expect(
        page.locator('ul[data-group="local"] li.card[data-id="conwy-gllm-rhos-motor-vehicle-l2"]'),
      ).toBeVisible();
    });
  });
}

test('the first results never wait for the typo search, and a page without it still answers', async ({ page }) => {
  // Fuse held back: a query of known words is answered while it is on its way.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/_astro/fuse*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(searchPath('en', 'motor vehicle'));
  expect(await resultIds(page)).toContain('conwy-gllm-rhos-motor-vehicle-l2');
  // A misspelt word waits for it (the page is not ready while it is held), and is answered once it is here.
  await page.getByLabel(dictionaries.en.search.queryLabel).fill('vehical');
  await expect(page.locator('.search-app[data-ready]')).toHaveCount(0);
  release();
  await expect(
    page.locator('ul[data-group="local"] li.card[data-id="conwy-gllm-rhos-motor-vehicle-l2"]'),
  ).toBeVisible();
  await expect(page.locator('.search-app[data-ready]')).toHaveCount(1);
  // Unreachable (offline before it was kept), the page matches words as typed instead of waiting for ever.
  await page.unrouteAll();
  const other = await page.context().newPage();
  await other.route('**/_astro/fuse*.js', (route) => route.abort());
  await other.goto(searchPath('cy', 'motor vehical'));
  await other.locator('.search-app[data-ready]').waitFor();
  await expect(other.locator('.result-count')).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
  test('the place chip and the nothing-found panel fit the screen', async ({ page }) => {
    for (const query of ['gwirfoddoli yn y Barri', 'deintydd yn Aberystwyth']) {
      await page.goto(searchPath('cy', query));
      await page.locator('.search-app[data-ready]').waitFor();
      await expect(page.locator('.chosen-filters .chip').first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }
    await expect(page.getByTestId('nothing-found')).toBeVisible();
  });
});
