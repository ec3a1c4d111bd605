import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { type PageRef, pathFor } from '../../src/lib/i18n/routes.ts';
import { LANGS, live } from './fixtures.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const first = live.find((entry) => entry.illustrative && entry.kind === 'course');
const untranslated = live.find((entry) => entry.title.cy === undefined);
/** One page per template, plus the special cases a template can show (Welsh missing). */
const templates: PageRef[] = [
  { route: 'home' },
  { route: 'browse' },
  { route: 'kind', params: { kind: 'support' } },
  { route: 'detail', params: { id: first?.id ?? live[0]?.id ?? '' } },
  ...(untranslated ? [{ route: 'detail', params: { id: untranslated.id } } as PageRef] : []),
  { route: 'areas' },
  { route: 'area', params: { slug: 'gwynedd' } },
  { route: 'tiers' },
  { route: 'tier', params: { tier: 3 } },
  { route: 'about' },
];

const check = async (page: import('@playwright/test').Page, url: string) => {
  await page.goto(url);
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${url}`).toEqual([]);
};

for (const lang of LANGS) {
  for (const template of templates) {
    const url = pathFor(lang, template);
    test(`axe: ${url}`, async ({ page }) => check(page, url));
  }
}
test('axe: / (language chooser)', async ({ page }) => check(page, '/'));
test('axe: 404', async ({ page }) => check(page, '/en/no-such-page/'));
