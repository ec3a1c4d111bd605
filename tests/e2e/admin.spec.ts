/**
 * The editor at /admin/, in Chromium against Decap's real local backend (decap-server, started by
 * playwright.config.ts over .cms-e2e/content, a copy made afresh for each test): sign in, create a
 * course, change one Welsh summary, delete a record others link to, and have an invalid edit
 * refused, checking the files themselves and `npm run validate` on them. The editor is for EPCs at
 * a desk, so these run at desktop size; its own policy, and its absence from the public site, are
 * checked too. Axe is informative here, except for our own widgets: Decap's markup is not ours (docs/editing.md).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { readYaml } from '../../src/lib/content/yaml-file.ts';
import { AXE_SCAN_MS, AXE_TAGS } from './axe.ts';
import { CMS_E2E_CONTENT, freshContent } from './cms-backend.ts';

// The tests share one backend and one copy of the content: one at a time, each from a fresh copy.
test.describe.configure({ mode: 'serial' });
// Decap's 5 MB bundle, a busy machine, and the validator run on the whole copy.
test.setTimeout(180_000);

const file = (...parts: string[]) => join(CMS_E2E_CONTENT, ...parts);

/** npm run validate on the copy, as the pull request's check runs it. */
const validate = () => {
  const run = spawnSync(process.execPath, ['tools/validate-content.ts', '--strict'], {
    env: { ...process.env, CONTENT_DIR: CMS_E2E_CONTENT },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: run.status, out: `${run.stdout}\n${run.stderr}` };
};

const signIn = async (page: Page, hash = '') => {
  await page.goto('/admin/');
  await page.getByRole('button', { name: /login/i }).click();
  // Signed in: the collections are listed.
  await expect(page.getByRole('link', { name: /Courses · Cyrsiau/ }).first()).toBeVisible({ timeout: 60_000 });
  if (hash) await page.goto(`/admin/${hash}`);
};

/** A field by its label, which Decap ends with " (optional)" for a field that may be left empty. */
const labelled = (page: Page, label: string) =>
  page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: \\(optional\\))?$`));

/** Picks an option of a select or relation field (react-select), by typing and choosing what it offers. */
const pick = async (page: Page, label: string, option: string | RegExp) => {
  const input = labelled(page, label);
  await input.click();
  await input.fill(typeof option === 'string' ? option : '');
  await page.getByRole('option', { name: option }).first().click();
};

const bilingual = (page: Page, path: string, lang: 'en' | 'cy') =>
  page.locator(`.llw-bilingual[data-path="${path}"] [lang="${lang}"]:is(input, textarea)`);

const publish = async (page: Page) => {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now', { exact: true }).click();
};

test.beforeEach(() => freshContent());

test('signs in locally, creates a course in Conwy, and writes exactly the fields given, which the validator accepts', async ({
  page,
}) => {
  await signIn(page, '#/collections/provision-courses/new');
  await bilingual(page, 'title', 'en').fill('Motor vehicle skills, Level 1');
  await bilingual(page, 'title', 'cy').fill('Sgiliau cerbydau modur, Lefel 1');
  await bilingual(page, 'summary', 'en').fill('Learn to service cars in the college workshop.');
  await bilingual(page, 'summary', 'cy').fill('Dysgwch sut i wasanaethu ceir yng ngweithdy’r coleg.');
  await pick(page, 'Provider · Darparwr', 'Grŵp Llandrillo Menai');
  await pick(page, 'Subject area · Maes pwnc', /^Motor vehicle/);
  await bilingual(page, 'qualification', 'en').fill('Level 1 Certificate in Vehicle Maintenance');
  await pick(page, 'Type of institution · Math o sefydliad', /^Further education college/);
  await pick(page, 'Tiers · Haenau', 'Tier 3 · Haen 3');
  await pick(page, 'Tiers · Haenau', 'Tier 4 · Haen 4');
  await pick(page, 'Areas · Ardaloedd', 'Conwy');

  await page.getByRole('button', { name: 'Add a venue · Ychwanegu lleoliad' }).click();
  const venue = page.locator('.llw-venue').first();
  await venue.getByLabel(/^Venue name in English/).fill('Rhos-on-Sea campus');
  await venue.getByLabel(/^Venue name in Welsh/).fill('Campws Llandrillo-yn-Rhos');
  await venue.getByLabel(/^Find the point/).fill('LL28');
  await venue.getByRole('button', { name: 'Find · Canfod' }).click();
  // The point and its town come from the gazetteer, and the editor says which area it is in.
  await expect(venue.getByRole('status')).toHaveText('Area: Conwy · Ardal: Conwy');
  await expect(venue.getByLabel(/^Postcode district/)).toHaveValue('LL28');

  await pick(page, 'How it is delivered · Sut y caiff ei ddarparu', /^In person/);
  await pick(page, 'Language of delivery · Iaith y ddarpariaeth', /^Welsh and English/);
  await labelled(page, 'Youngest age · Oed ieuengaf').fill('16');
  await labelled(page, 'Oldest age · Oed hynaf').fill('19');
  await pick(page, 'Qualification level · Lefel y cymhwyster', 'Level 1 · Lefel 1');
  await page.locator('.llw-starts select').selectOption('september');
  await pick(page, 'Ways in · Ffyrdd i mewn', /^Apply to them directly/);
  await labelled(page, 'Web page · Tudalen we').fill('https://www.gllm.ac.uk');
  await page.getByRole('switch', { name: 'Free · Am ddim' }).click();
  await pick(page, 'Funded by · Wedi’i ariannu gan', /^Medr/);
  // Where it leads: chosen from the real records, by title.
  await pick(page, 'Leads on to · Yn arwain at', /\(conwy-apprenticeship-hospitality-l3\)$/);
  await labelled(page, 'Last checked · Gwiriwyd ddiwethaf').fill('2026-11-02');
  await pick(page, 'Status · Statws', /^Running/);
  await page.getByRole('switch', { name: 'Invented sample · Enghraifft wedi’i dyfeisio' }).click();

  // The preview is the site's own card, in both languages.
  const preview = page.frameLocator('iframe').first();
  await expect(preview.getByRole('heading', { name: 'Motor vehicle skills, Level 1' })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Sgiliau cerbydau modur, Lefel 1' })).toBeVisible();

  await publish(page);
  const path = file('provision', 'courses', 'motor-vehicle-skills-level-1.yaml');
  await expect.poll(() => existsSync(path), { timeout: 30_000 }).toBe(true);
  const read = readYaml(readFileSync(path, 'utf8'));
  expect('data' in read && read.data).toEqual({
    kind: 'course',
    title: { en: 'Motor vehicle skills, Level 1', cy: 'Sgiliau cerbydau modur, Lefel 1' },
    summary: {
      en: 'Learn to service cars in the college workshop.',
      cy: 'Dysgwch sut i wasanaethu ceir yng ngweithdy’r coleg.',
    },
    provider: 'grwp-llandrillo-menai',
    sector: 'motor-vehicle',
    qualification: { en: 'Level 1 Certificate in Vehicle Maintenance' },
    institutionType: 'fe-college',
    tiers: [3, 4],
    areas: ['conwy'],
    venues: [
      expect.objectContaining({
        name: 'Rhos-on-Sea campus',
        nameCy: 'Campws Llandrillo-yn-Rhos',
        postcodeDistrict: 'LL28',
        lat: expect.any(Number),
        lon: expect.any(Number),
        town: expect.any(String),
      }),
    ],
    delivery: 'in-person',
    language: 'bilingual',
    ages: { min: 16, max: 19 },
    level: '1',
    starts: 'september',
    access: { routes: ['apply-to-provider'], contact: { url: 'https://www.gllm.ac.uk' } },
    cost: { free: true },
    fundedBy: ['medr'],
    progression: ['conwy-apprenticeship-hospitality-l3'],
    lastReviewed: '2026-11-02',
    status: 'active',
    illustrative: true,
  });
  const checked = validate();
  expect(checked.code, checked.out).toBe(0);
});

test('changes one record’s Welsh summary, and the file differs by that one line', async ({ page }) => {
  const path = file('provision', 'courses', 'blaenau-gwent-coleg-gwent-learning-zone-care-l2.yaml');
  const before = readFileSync(path, 'utf8');
  await signIn(page, '#/collections/provision-courses/entries/blaenau-gwent-coleg-gwent-learning-zone-care-l2');
  const welsh = bilingual(page, 'summary', 'cy');
  await expect(welsh).toHaveValue(/^Astudio ym Mharth Dysgu/);
  await welsh.fill(
    'Astudio ym Mharth Dysgu Blaenau Gwent yng Nglynebwy, gyda lleoliadau gwaith mewn cartrefi gofal lleol.',
  );
  await publish(page);
  // Until the new words are in it: the editor's server empties the file before writing it, and a read between the
  // two found an empty file (which differs from before as much as the written one does).
  await expect
    .poll(() => readFileSync(path, 'utf8'), { timeout: 30_000 })
    .toContain('gyda lleoliadau gwaith mewn cartrefi gofal lleol.\n');
  const after = readFileSync(path, 'utf8');
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b).toHaveLength(a.length);
  const changed = a.map((line, i) => [line, b[i]] as const).filter(([x, y]) => x !== y);
  expect(changed).toEqual([
    [
      '  cy: Astudio ym Mharth Dysgu Blaenau Gwent yng Nglynebwy, gyda lleoliadau gwaith mewn gofal.',
      '  cy: Astudio ym Mharth Dysgu Blaenau Gwent yng Nglynebwy, gyda lleoliadau gwaith mewn cartrefi gofal lleol.',
    ],
  ]);
});

test('deletes a record that another links to, and the validator then names the dangling link', async ({ page }) => {
  const target = file('provision', 'courses', 'bridgend-work-ready-ended.yaml');
  const fallback = readFileSync(file('provision', 'courses', 'bridgend-essential-skills-rolling.yaml'), 'utf8');
  expect(fallback).toContain('bridgend-work-ready-ended');
  expect(existsSync(target)).toBe(true);
  await signIn(page, '#/collections/provision-courses/entries/bridgend-work-ready-ended');
  page.on('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Delete entry' }).click();
  await expect.poll(() => existsSync(target), { timeout: 30_000 }).toBe(false);
  const checked = validate();
  expect(checked.code).toBe(1);
  expect(checked.out).toMatch(/bridgend-essential-skills-rolling\.yaml: progression\[0\]: .*bridgend-work-ready-ended/);
});

/** Every request that asks the backend to write or delete, so a test can show that nothing was asked. */
const writesAsked = (page: Page): string[] => {
  const asked: string[] = [];
  page.on('request', (request) => {
    const body = request.url().includes(':8081/') ? (request.postData() ?? '') : '';
    if (/"action":"(persistEntry|deleteFile|deleteFiles)"/.test(body)) asked.push(body.slice(0, 80));
  });
  return asked;
};

test('refuses an invalid field in the validator’s words, and asks the backend to write nothing', async ({ page }) => {
  const asked = writesAsked(page);
  await signIn(page, '#/collections/provision-courses/entries/blaenau-gwent-coleg-gwent-learning-zone-care-l2');
  await bilingual(page, 'title', 'en').fill('x'.repeat(121));
  await publish(page);
  await expect(
    page.getByText('en: the title in English must be at most 120 characters (got 121)').first(),
  ).toBeVisible();
  expect(asked).toEqual([]);
});

test('refuses a person’s own email address when the whole record is checked before saving', async ({ page }) => {
  const asked = writesAsked(page);
  await signIn(page, '#/collections/provision-courses/entries/blaenau-gwent-coleg-gwent-learning-zone-care-l2');
  await labelled(page, 'Email · E-bost').fill('jane.jones@coleggwent.ac.uk');
  await publish(page);
  await expect(
    page.getByText(/access\.contact\.email: jane\.jones@coleggwent\.ac\.uk looks like a person’s own address/).first(),
  ).toBeVisible();
  expect(asked).toEqual([]);
});

test('has its own policy, labels in both languages, and is reported by axe for information only', async ({
  page,
}, testInfo) => {
  testInfo.setTimeout(180_000 + AXE_SCAN_MS);
  const response = await page.goto('/admin/');
  const html = (await response?.text()) ?? '';
  expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self' 'unsafe-eval'/);
  expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  await signIn(page, '#/collections/provision-courses/new');
  // Every widget of ours on the screen for axe: a venue, with the finder, and start dates.
  await page.getByRole('button', { name: 'Add a venue · Ychwanegu lleoliad' }).click();
  await page.locator('.llw-starts select').selectOption('dates');
  await expect(page.locator('.llw-dates input[type="date"]')).toHaveCount(1);
  for (const label of ['Title · Teitl', 'Summary · Crynodeb', 'Provider · Darparwr', 'Tiers · Haenau'])
    await expect(page.getByText(label, { exact: true }).first()).toBeVisible();
  // Our own widgets, and the preview frame's title, pass; the rest is Decap's.
  await expect(page.locator('iframe').first()).toHaveAttribute('title', 'Preview · Rhagolwg');
  const ours = await new AxeBuilder({ page })
    .include('.llw-bilingual')
    .include('.llw-starts')
    .include('.llw-venues')
    .withTags(AXE_TAGS)
    .analyze();
  expect(ours.passes.length).toBeGreaterThan(0);
  expect(ours.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  // Informative: Decap's own markup is not ours to fix. What it finds is attached to the report.
  await testInfo.attach('axe-admin.json', {
    body: JSON.stringify(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.length }))),
    contentType: 'application/json',
  });
  expect(results.passes.length).toBeGreaterThan(0);
});

test('says, in both languages, how to start the local server when it is not running', async ({ page }) => {
  // As if `npm start` served the site without `npm run cms`: nothing answers on the backend's port.
  await page.route(/:8081\//, (route) => route.abort('connectionrefused'));
  await page.goto('/admin/');
  await expect(
    page.getByText('The editor’s local server is not running. Start the editor with: npm run cms'),
  ).toBeVisible();
  await expect(page.locator('p[lang="cy"]')).toHaveText(
    'Dydy gweinydd lleol y golygydd ddim yn rhedeg. Dechreuwch y golygydd â’r gorchymyn: npm run cms',
  );
});

test('is kept apart from the public site: not in the sitemap, robots.txt, or any public page', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Disallow: /admin/');
  // The sitemap of the copy built with SITE_URL, as a deployment is (a build without it writes none).
  const sitemap = readFileSync(join('dist-no-data', 'sitemap-0.xml'), 'utf8');
  expect(sitemap).toContain('/en/');
  expect(sitemap).not.toContain('/admin');
  for (const path of ['/en/', '/cy/', '/en/search/', '/en/map/']) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toMatch(/admin|decap/i);
    expect(html, path).not.toContain('unsafe-eval');
  }
  // The service worker keeps none of it, and sends every request for it to the network.
  const worker = await (await request.get('/sw.js')).text();
  expect(worker).toContain('"url":"en/my-options/index.html"');
  expect(worker).not.toMatch(/"url":"admin\//);
});

test('opens a record to fix from the gap analysis in one click, in both languages', async ({ page }) => {
  await signIn(page);
  for (const [lang, path] of [
    ['en', '/en/gaps/newport/'],
    ['cy', '/cy/bylchau/newport/'],
  ] as const) {
    await page.goto(path);
    const row = page.locator('[data-table="fix-first"] tbody tr').first();
    const title = ((await row.locator('td').nth(1).textContent()) ?? '').trim();
    const href = (await row.locator('a[href^="/admin/#/collections/"]').getAttribute('href')) as string;
    const id = decodeURIComponent(href.split('/entries/')[1] ?? '');
    expect(id, lang).not.toBe('');
    await row.locator('a[href^="/admin/#/collections/"]').click();
    await expect(page).toHaveURL(new RegExp(`/admin/#/collections/provision-[a-z]+/entries/${id}$`));
    // The record's own page in the editor: its title in the language of the page it came from.
    const source = readYaml(
      readFileSync(file('provision', href.split('/')[4]?.replace('provision-', '') ?? '', `${id}.yaml`), 'utf8'),
    );
    expect('data' in source, lang).toBe(true);
    await expect(bilingual(page, 'title', lang)).toHaveValue(title, { timeout: 60_000 });
  }
});
