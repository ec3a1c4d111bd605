/** What the service worker keeps for offline use, and what it never keeps. */
import { describe, expect, it } from 'vitest';
import { pathFor } from '../../src/lib/i18n/routes.ts';
import { offlineRule, PRECACHE_GLOBS, urlsToKeep } from '../../src/lib/offline/rules.ts';

describe('the offline rules', () => {
  it.each([
    ['/data/provision-wales.csv', 'never'],
    ['/en/gaps/data/conwy.json', 'never'],
    ['/cy/bylchau/data/conwy.csv', 'never'],
    ['/openreferral/services/1.json', 'never'],
    ['/sitemap-index.xml', 'never'],
    ['/search-data/docs.json', 'data'],
    ['/shortlist-data/cy/3.json', 'data'],
    ['/places.json', 'data'],
    ['/boundaries.json', 'data'],
    ['/_astro/client.abc.js', 'assets'],
    ['/favicon.svg', 'assets'],
    ['/en/provision/some-course/', 'pages'],
    ['/cy/', 'pages'],
    ['/en/my-options/index.html', 'pages'],
  ])('%s → %s', (path, rule) => expect(offlineRule(path)).toBe(rule));

  it('keeps only same-origin URLs that are not downloads, each once, without fragments', () => {
    expect(
      urlsToKeep(
        [
          'https://site.example/en/search/?q=gofal#results',
          '/en/search/?q=gofal',
          'https://tiles.example/1/2/3.png',
          '/data/provision-wales.csv',
          'http://[not-a-host',
          '/search-data/titles-0.json',
        ],
        'https://site.example',
      ),
    ).toEqual(['https://site.example/en/search/?q=gofal', 'https://site.example/search-data/titles-0.json']);
  });

  it('precaches My options in both languages at the paths the routes give', () => {
    for (const lang of ['en', 'cy'] as const)
      expect(PRECACHE_GLOBS).toContain(`${pathFor(lang, { route: 'shortlist' }).slice(1)}index.html`);
  });
});
