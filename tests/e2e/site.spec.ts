import { expect, test } from '@playwright/test';
import { readContentDir } from '../../src/lib/content/load.ts';
import { validateRecords } from '../../src/lib/content/validate.ts';
import { buildDate, contentDir } from '../../src/lib/environment.ts';
import { withWord } from '../../src/lib/i18n/mutate.ts';
import { listPage, pathFor } from '../../src/lib/i18n/routes.ts';
import { checkSheet } from '../../src/lib/sheets/import.ts';
import { content, dictionaries, LANGS, live, translators } from './fixtures.ts';

for (const lang of LANGS) {
  const ui = dictionaries[lang];

  test.describe(`${lang}: pages`, () => {
    test('home page offers five ways in, an area picker and the professional view', async ({ page }) => {
      await page.goto(pathFor(lang, { route: 'home' }));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.home.title);
      for (const kind of ['course', 'apprenticeship', 'jgw', 'volunteering', 'support'] as const) {
        await expect(page.getByRole('link', { name: new RegExp(`^${ui.ways[kind].title}`) })).toHaveAttribute(
          'href',
          pathFor(lang, { route: 'kind', params: { kind } }),
        );
      }
      await expect(page.getByRole('link', { name: ui.home.proLink })).toHaveAttribute(
        'href',
        pathFor(lang, { route: 'tiers' }),
      );

      const area = content.areas.find((candidate) => candidate.id === 'gwynedd');
      if (!area) throw new Error('sample content lacks gwynedd');
      await page.getByLabel(ui.home.areaLabel).selectOption({ label: area.name[lang] });
      await page.getByRole('button', { name: ui.home.areaButton }).click();
      await expect(page).toHaveURL(pathFor(lang, { route: 'area', params: { slug: 'gwynedd' } }));
      // In Welsh the name follows "yn", mutated: "Dewisiadau yng Ngwynedd".
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        translators[lang]('area.title', { area: area.name.en, inArea: withWord('yn', area.name.cy) }),
      );
    });

    test('the browse list leads to a detail page', async ({ page }) => {
      await page.goto(pathFor(lang, { route: 'browse' }));
      await expect(page.getByRole('heading', { level: 1 })).toContainText(ui.browse.title);
      const entry = live.find((candidate) => candidate.kind === 'apprenticeship' && candidate.title.cy);
      if (!entry) throw new Error('sample content lacks a translated apprenticeship');
      const title = lang === 'cy' ? (entry.title.cy as string) : entry.title.en;
      // The entry is on one of the pages: follow "next page" until it is, each page loaded before it is looked at.
      for (let next = 2; (await page.locator(`li.card[data-id="${entry.id}"]`).count()) === 0; next++) {
        const link = page.getByRole('link', { name: ui.pager.next });
        await expect(link).toHaveAttribute('href', pathFor(lang, listPage({ route: 'browse' }, next)));
        await link.click();
        await page.waitForURL(`**${pathFor(lang, listPage({ route: 'browse' }, next))}`);
      }
      await page.locator(`li.card[data-id="${entry.id}"] h3 a`).click();
      await expect(page).toHaveURL(pathFor(lang, { route: 'detail', params: { id: entry.id } }));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.getByRole('heading', { name: ui.detail.howHeading })).toBeVisible();
      await expect(page.getByRole('heading', { name: ui.detail.nextHeading })).toBeVisible();
      await expect(page.getByText(ui.detail.lastReviewed, { exact: true })).toBeVisible();
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });

      test('the list of every option comes in pages of 50 that link to each other, and together hold every option once', async ({
        page,
      }) => {
        expect(live.length).toBeGreaterThan(100);
        await page.goto(pathFor(lang, { route: 'browse' }));
        const seen: string[] = [];
        for (let n = 1; ; n++) {
          const ids = await page
            .locator('li.card')
            .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-id') as string));
          expect(ids.length).toBeLessThanOrEqual(50);
          seen.push(...ids);
          const pager = page.getByRole('navigation', {
            name: translators[lang]('pager.label', { list: ui.browse.listLabel }),
          });
          await expect(pager.locator('[aria-current="page"]')).toHaveText(String(n));
          const next = pager.getByRole('link', { name: ui.pager.next });
          if ((await next.count()) === 0) break;
          await next.click();
          await expect(page).toHaveURL(pathFor(lang, { route: 'browsePage', params: { page: n + 1 } }));
        }
        expect(seen.sort()).toEqual(live.map((entry) => entry.id).sort());
      });

      test('"tier 2 in Conwy" lists the area’s and the Wales-wide options for tier 2, and links to the search with both filters set', async ({
        page,
      }) => {
        const expected = live.filter(
          (entry) => entry.tiers.includes(2) && (entry.walesWide || entry.areas.includes('conwy')),
        );
        expect(expected.length).toBeGreaterThan(0);
        expect(expected.length).toBeLessThanOrEqual(50);
        await page.goto(pathFor(lang, { route: 'area', params: { slug: 'conwy' } }));
        const areaTier = pathFor(lang, { route: 'areaTier', params: { slug: 'conwy', tier: 2 } });
        await page.locator(`a[href="${areaTier}"]`).click();
        // Read the cards of the page the link opened, not of the one it left.
        await expect(page).toHaveURL(areaTier);
        const ids = await page
          .locator('li.card')
          .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-id') as string));
        expect(ids.sort()).toEqual(expected.map((entry) => entry.id).sort());
        await expect(page.getByRole('link', { name: ui.areaTier.searchLink })).toHaveAttribute(
          'href',
          // closed=1: the page lists temporarily closed offers (with a badge), so the search it opens does too.
          `${pathFor(lang, { route: 'search' })}?tier=2&area=conwy&closed=1`,
        );
      });

      test('a tier page links to the search with its tier already chosen', async ({ page }) => {
        await page.goto(pathFor(lang, { route: 'tier', params: { tier: 3 } }));
        await expect(
          page.getByRole('link', { name: translators[lang]('tier.searchLink', { tier: 3 }) }),
        ).toHaveAttribute('href', `${pathFor(lang, { route: 'search' })}?tier=3&closed=1`);
      });
    });

    test('each detail page carries schema.org JSON-LD of a type that fits its kind, in the page language', async ({
      page,
    }) => {
      const types = {
        course: 'Course',
        apprenticeship: 'EducationalOccupationalProgram',
        jgw: 'EducationalOccupationalProgram',
        volunteering: 'Service',
      } as const;
      for (const kind of ['course', 'apprenticeship', 'jgw', 'volunteering'] as const) {
        const entry = live.find((candidate) => candidate.kind === kind && candidate.title.cy);
        if (!entry) throw new Error(`no translated ${kind}`);
        await page.goto(pathFor(lang, { route: 'detail', params: { id: entry.id } }));
        const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
        expect(data['@context']).toBe('https://schema.org');
        expect(data['@type']).toBe(types[kind]);
        expect(data.name).toBe(lang === 'cy' ? entry.title.cy : entry.title.en);
      }
    });

    test('an illustrative entry says so on the page', async ({ page }) => {
      const entry = live.find((candidate) => candidate.illustrative);
      if (!entry) throw new Error('sample content has no illustrative entry');
      await page.goto(pathFor(lang, { route: 'detail', params: { id: entry.id } }));
      await expect(page.locator('[data-notice="illustrative"]')).toContainText(ui.detail.illustrativeNotice);
    });

    test('an area page lists local offers and Wales-wide ones separately', async ({ page }) => {
      const slug = 'carmarthenshire';
      await page.goto(pathFor(lang, { route: 'area', params: { slug } }));
      const local = live.filter((entry) => entry.areas.includes(slug) && !entry.walesWide);
      const national = live.filter((entry) => entry.walesWide);
      await expect(page.locator('section[aria-labelledby="local"] li.card')).toHaveCount(local.length);
      await expect(page.locator('section[aria-labelledby="anywhere"] li.card')).toHaveCount(national.length);
      expect(local.length).toBeGreaterThan(0);
    });

    test('a tier page explains the tier and lists what serves it', async ({ page }) => {
      await page.goto(pathFor(lang, { route: 'tier', params: { tier: 2 } }));
      await expect(page.getByRole('heading', { level: 1 })).toContainText(ui.tiers['2'].name);
      // The first page of 50, and a pager to the rest; the count in the heading is every option.
      const serving = live.filter((entry) => entry.tiers.includes(2));
      expect(serving.length).toBeGreaterThan(50);
      await expect(page.locator('li.card')).toHaveCount(50);
      await expect(page.locator('.pager-status')).toHaveText(
        translators[lang]('pager.showing', { from: 1, to: 50, total: serving.length }),
      );
      await page.getByRole('link', { name: ui.pager.next }).click();
      await expect(page).toHaveURL(pathFor(lang, { route: 'tierPage', params: { tier: 2, page: 2 } }));
      await expect(page.locator('li.card')).toHaveCount(Math.min(50, serving.length - 50));
    });

    test('the language switch keeps the visitor on the same page', async ({ page }) => {
      const entry = live[0];
      if (!entry) throw new Error('no content');
      const other = lang === 'en' ? 'cy' : 'en';
      await page.goto(pathFor(lang, { route: 'detail', params: { id: entry.id } }));
      const alternate = page.locator(`link[rel="alternate"][hreflang="${other}-GB"]`);
      await expect(alternate).toHaveAttribute(
        'href',
        new RegExp(`${pathFor(other, { route: 'detail', params: { id: entry.id } })}$`),
      );
      await page.getByRole('link', { name: `${ui.site.switchLanguageLabel} ${ui.site.switchLanguage}` }).click();
      await expect(page).toHaveURL(pathFor(other, { route: 'detail', params: { id: entry.id } }));
      await expect(page.locator('html')).toHaveAttribute('lang', other);
    });
  });
}

test('Welsh pages show missing Welsh text in English, marked lang="en", with a notice', async ({ page }) => {
  const entry = live.find((candidate) => candidate.title.cy === undefined);
  if (!entry) throw new Error('the sample content should have an entry without Welsh (see content/README.md)');
  await page.goto(pathFor('cy', { route: 'detail', params: { id: entry.id } }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en');
  await expect(page.locator('[data-notice="welsh-missing"]')).toHaveText(dictionaries.cy.detail.welshMissing);
  await page.goto(pathFor('en', { route: 'detail', params: { id: entry.id } }));
  await expect(page.locator('[data-notice="welsh-missing"]')).toHaveCount(0);
});

test('the home page at / lets the visitor choose, Welsh first', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  // Welsh comes first where both appear: the page's one h1 is the Welsh heading, and the English half is marked.
  await expect(page.locator('h1')).toHaveText(dictionaries.cy.chooser.heading);
  await expect(page.locator('section[lang="en"] h2')).toHaveText(dictionaries.en.chooser.heading);
  await expect(page).toHaveTitle(new RegExp(`^${dictionaries.cy.chooser.title} / `));
  await page.getByRole('link', { name: 'Cymraeg' }).click();
  await expect(page).toHaveURL('/cy/');
});

test('an unknown address gives a 404 in both languages', async ({ page }) => {
  const response = await page.goto('/en/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: dictionaries.en.notFound.title })).toBeVisible();
  await expect(page.getByRole('heading', { name: dictionaries.cy.notFound.title })).toBeVisible();
  // Welsh first: the h1 is the Welsh heading, and the English half is marked lang="en".
  await expect(page.locator('h1')).toHaveText(dictionaries.cy.notFound.title);
  await expect(page.locator('section[lang="en"]')).toBeVisible();
});

test('an area’s provision downloads as a spreadsheet in the import columns that imports back unchanged', async ({
  page,
  request,
}) => {
  await page.goto(pathFor('cy', { route: 'area', params: { slug: 'conwy' } }));
  const href = await page.getByRole('link', { name: dictionaries.cy.area.downloadArea }).getAttribute('href');
  expect(href).toBe('/data/provision-conwy.csv');
  const bytes = await (await request.get(href as string)).body();
  expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const { records } = readContentDir(contentDir());
  const checked = checkSheet(new Uint8Array(bytes), 'provision-conwy.csv', records, {
    force: true,
    today: buildDate(),
  });
  if ('error' in checked) throw new Error(checked.error);
  expect([...checked.problems, ...checked.elsewhere]).toEqual([]);
  // It says what it covers, so that a prune with it can remove only Conwy's records.
  expect(checked.scope).toEqual({ areas: ['conwy'], kinds: 'all' });
  const conwy = content.provision.filter((entry) => entry.areas.includes('conwy'));
  expect(checked.imported.map((record) => record.id).sort()).toEqual(conwy.map((entry) => entry.id).sort());
  // Imported again, each record is the record the site was built from.
  const { content: back } = validateRecords(
    [
      ...records.filter(
        (record) => !(record.collection === 'provision' && conwy.some((entry) => entry.id === record.id)),
      ),
      ...checked.imported,
    ],
    { today: buildDate() },
  );
  for (const entry of conwy) expect(back.provision.find((candidate) => candidate.id === entry.id)).toEqual(entry);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a kind page reaches an entry', async ({ page }) => {
    const entry = live.find((candidate) => candidate.kind === 'volunteering' && !candidate.walesWide);
    if (!entry) throw new Error('no local volunteering');
    await page.goto(pathFor('en', { route: 'kind', params: { kind: 'volunteering' } }));
    await page.locator(`li.card[data-id="${entry.id}"] a`).first().click();
    await expect(page).toHaveURL(pathFor('en', { route: 'detail', params: { id: entry.id } }));
  });
  test('the area picker, which needs a script, gives way to a link for each area, which goes to that area', async ({
    page,
  }) => {
    await page.goto('/cy/');
    await expect(page.getByRole('button', { name: dictionaries.cy.home.areaButton })).toBeHidden();
    const conwy = page.locator('#area-heading').locator('..').getByRole('link', { name: 'Conwy', exact: true });
    await conwy.click();
    await expect(page).toHaveURL(pathFor('cy', { route: 'area', params: { slug: 'conwy' } }));
  });
});

test.describe('static maps', () => {
  for (const lang of LANGS) {
    test(`${lang}: an area page draws its boundary and one dot per venue`, async ({ page }) => {
      const slug = 'gwynedd';
      const venues = live
        .filter((entry) => entry.areas.includes(slug) && !entry.walesWide)
        .flatMap((entry) => entry.venues);
      await page.goto(pathFor(lang, { route: 'area', params: { slug } }));
      const map = page.locator('figure.static-map svg');
      await expect(map).toHaveAttribute('role', 'img');
      await expect(map.locator('path.boundary')).toHaveCount(1);
      await expect(map.locator('path.boundary')).toHaveAttribute('data-code', 'W06000002');
      await expect(map.locator('circle.venue')).toHaveCount(venues.length);
    });
  }

  test('a detail page with venues has a map; a Wales-wide one has none', async ({ page }) => {
    const entry = live.find((candidate) => candidate.venues.length === 3);
    if (!entry) throw new Error('expected an entry with three venues');
    await page.goto(pathFor('en', { route: 'detail', params: { id: entry.id } }));
    await expect(page.locator('figure.static-map circle.venue')).toHaveCount(3);
    await page.goto(pathFor('en', { route: 'detail', params: { id: 'wales-working-wales' } }));
    await expect(page.locator('figure.static-map')).toHaveCount(0);
  });
});
