import { expect, test } from '@playwright/test';
import { type PageRef, pathFor } from '../../src/lib/i18n/routes.ts';
import { expectNoAxeViolations } from './axe.ts';
import { LANGS, live } from './fixtures.ts';

const first = live.find((entry) => entry.illustrative && entry.kind === 'course');
if (!first) throw new Error('the sample has no example course to scan');
const untranslated = live.find((entry) => entry.title.cy === undefined);
/** One page per template, plus the special cases a template can show (Welsh missing). */
const templates: PageRef[] = [
  { route: 'home' },
  { route: 'browse' },
  { route: 'kind', params: { kind: 'support' } },
  { route: 'detail', params: { id: first.id } },
  ...(untranslated ? [{ route: 'detail', params: { id: untranslated.id } } as PageRef] : []),
  { route: 'areas' },
  { route: 'area', params: { slug: 'gwynedd' } },
  { route: 'tiers' },
  { route: 'tier', params: { tier: 3 } },
  { route: 'about' },
  { route: 'glossary' },
  { route: 'accessibility' },
  { route: 'offline' },
];

/** Scans a page, which must be the page asked for (a 404 would scan the wrong template); `status` is what it must answer. */
const check = async (page: import('@playwright/test').Page, url: string, status = 200) => {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(status);
  await expectNoAxeViolations(page, url);
};

for (const lang of LANGS) {
  for (const template of templates) {
    const url = pathFor(lang, template);
    test(`axe: ${url}`, async ({ page }) => check(page, url));
  }
}
test('axe: / (language chooser)', async ({ page }) => check(page, '/'));
test('axe: 404', async ({ page }) => check(page, '/en/no-such-page/', 404));
