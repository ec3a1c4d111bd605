/** Every page carries a Content-Security-Policy that allows no inline script it did not write, and nothing breaks under it. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { pathFor } from '../../src/lib/i18n/routes.ts';
import { LANGS } from './fixtures.ts';

const DIST = 'dist';
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
/** The site's pages: not the editor (/admin/), which has its own policy and names its local backend (admin.spec.ts). */
const sitePages = (dir: string): string[] => htmlFiles(dir).filter((file) => !file.startsWith(join(dir, 'admin')));
const policyOf = (html: string) =>
  /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? null;

test('every built page has a CSP whose scripts are only this site’s files and hashed scripts', () => {
  const files = sitePages(DIST);
  // Every page type in both languages, from the small content set.
  expect(files.length).toBeGreaterThan(300);
  const problems = files.flatMap((file) => {
    const policy = policyOf(readFileSync(file, 'utf8'));
    if (!policy) return [`${file}: no Content-Security-Policy`];
    const scripts = /script-src ([^;]+)/.exec(policy)?.[1] ?? '';
    const wrong = [
      ...(policy.includes("default-src 'self'") ? [] : ['no default-src']),
      ...(scripts.includes("'unsafe-inline'") || scripts.includes("'unsafe-eval'") ? ['unsafe script-src'] : []),
      ...(scripts.split(' ').every((source) => source === '' || source === "'self'" || source.startsWith("'sha"))
        ? []
        : [`script-src allows ${scripts}`]),
    ];
    return wrong.map((problem) => `${file}: ${problem}`);
  });
  expect(problems).toEqual([]);
});

test('ships a _headers file for static hosts with the headers a <meta> policy cannot give', () => {
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  expect(headers).toMatch(/^\/\*$/m);
  for (const line of [
    "Content-Security-Policy: frame-ancestors 'none'",
    'X-Frame-Options: DENY',
    'X-Content-Type-Options: nosniff',
    'Referrer-Policy: strict-origin-when-cross-origin',
    'Permissions-Policy: ',
  ]) {
    expect(headers).toContain(`  ${line}`);
  }
});

for (const lang of LANGS) {
  test(`${lang}: pages with scripts run under the policy without a violation`, async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
    });
    await page.goto(`${pathFor(lang, { route: 'search' })}?q=gofal&pro=1`);
    await page.locator('.search-app[data-ready]').waitFor();
    await page.goto(`${pathFor(lang, { route: 'map' })}?area=gwynedd`);
    await page.locator('#map[data-state="ready"]').waitFor({ timeout: 20_000 });
    await page.goto(pathFor(lang, { route: 'home' }));
    // The area picker's script runs: choosing an area goes straight to its page.
    const powys = pathFor(lang, { route: 'area', params: { slug: 'powys' } });
    await page.locator('[data-area-picker] select').selectOption(powys);
    await page.locator('[data-area-picker] button').click();
    await expect(page).toHaveURL(new RegExp(`${powys}$`));
    expect(violations).toEqual([]);
  });
}

/** The sample as `npm start` and `npm test` build it, with SITE_URL unset: for trying the site, not for deploying. */
test('a build without SITE_URL names no address of its own (never localhost); the browser puts in the one it opened', async ({
  page,
}) => {
  // Pages, the Open Referral feed in both languages, and robots.txt; and no sitemap, which needs the full address.
  const feed = readdirSync(join('dist', 'openreferral'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .map((name) => join('dist', 'openreferral', name));
  expect(feed.length).toBeGreaterThan(500);
  const naming = [...sitePages('dist'), ...feed, join('dist', 'robots.txt')].filter((file) =>
    /localhost|127\.0\.0\.1/.test(readFileSync(file, 'utf8')),
  );
  expect(naming).toEqual([]);
  expect(existsSync(join('dist', 'sitemap-index.xml'))).toBe(false);
  expect(readFileSync(join('dist', 'robots.txt'), 'utf8')).not.toContain('Sitemap:');
  const home = readFileSync(join('dist', 'en', 'index.html'), 'utf8');
  expect(home).toContain('<link rel="canonical" href="/en/"');
  // The mistake email and the printed footer name the page as the browser opened it.
  const entry = readFileSync(join('dist', 'en', 'provision', 'index.html'), 'utf8').match(
    /href="(\/en\/provision\/[a-z0-9-]+\/)"/,
  )?.[1];
  if (!entry) throw new Error('the list of all options links to no option');
  await page.goto(entry);
  const opened = new URL(entry, page.url()).href;
  await expect(page.locator('[data-testid="report"] a')).toHaveAttribute(
    'href',
    new RegExp(encodeURIComponent(opened).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  );
  await expect(page.locator('[data-page-address]')).toHaveText(opened);
});

/** The copy built without reference data (package.json's preview:no-data) is also built as a deployment would be, with SITE_URL set. */
test('a build with SITE_URL set names that address, and never localhost, in any page, the sitemap or its log', () => {
  const log = readFileSync('dist-no-data.build.log', 'utf8');
  expect(log).toContain('name https://llwybrau.example.gov.wales');
  const files = [
    ...sitePages('dist-no-data'),
    ...readdirSync('dist-no-data')
      .filter((name) => name.endsWith('.xml') || name === 'robots.txt')
      .map((name) => join('dist-no-data', name)),
  ];
  // Every page type in both languages, from the small content set.
  expect(files.length).toBeGreaterThan(300);
  const naming = files.filter((file) => /localhost|127\.0\.0\.1/.test(readFileSync(file, 'utf8')));
  expect(naming).toEqual([]);
  const home = readFileSync(join('dist-no-data', 'en', 'index.html'), 'utf8');
  expect(home).toContain('<link rel="canonical" href="https://llwybrau.example.gov.wales/en/"');
  // robots.txt points search engines to the sitemap at the site's own address.
  expect(readFileSync(join('dist-no-data', 'robots.txt'), 'utf8')).toContain(
    'Sitemap: https://llwybrau.example.gov.wales/sitemap-index.xml',
  );
});
