/**
 * The Open Referral UK feed as built, in English and in Welsh: every file under
 * dist/openreferral/ validates against the profile's schemas, another site's page may read it
 * (CORS), and a consumer that knows only the index's address reaches every item of every list,
 * following the links the files give (relative ones, since the sample is built without SITE_URL).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openReferralValidators, resolveLinks, type SchemaName } from '../openreferral-schemas.ts';
import { live } from './fixtures.ts';

const ROOTS = ['openreferral', join('openreferral', 'cy')];
/** The sample as built without SITE_URL (relative links), and the small copy built with it (absolute links). */
const BUILDS = ['dist', 'dist-no-data'];
const read = (...path: string[]) => JSON.parse(readFileSync(join(...path), 'utf8')) as Record<string, unknown>;
const files = (...folder: string[]) =>
  readdirSync(join(...folder))
    .filter((name) => name.endsWith('.json'))
    .sort();

for (const build of BUILDS)
  for (const root of ROOTS)
    test(`every feed file in ${build}/${root}/ validates against the Open Referral UK profile`, () => {
      const { validate } = openReferralValidators();
      const problems: string[] = [];
      const each = (folder: string, item: SchemaName, listItem: SchemaName) => {
        const names = files(build, root, folder);
        expect(names.length, folder).toBeGreaterThan(1);
        for (const name of names) {
          // Read as a consumer would, fetched from a copy's address: relative links resolved there.
          const path = `/${root}/${folder}/${name}`.replaceAll('\\', '/');
          const value = resolveLinks(read(build, root, folder, name), `https://copy.example${path}`) as Record<
            string,
            unknown
          >;
          if (name.startsWith('page-')) {
            problems.push(...validate('page', path, value));
            for (const entry of value.contents as unknown[]) problems.push(...validate(listItem, path, entry));
          } else problems.push(...validate(item, path, value));
        }
      };
      each('services', 'service', 'serviceListItem');
      each('service_at_locations', 'serviceAtLocation', 'serviceAtLocationListItem');
      each('taxonomies', 'taxonomy', 'taxonomy');
      each('taxonomy_terms', 'term', 'term');
      expect(problems).toEqual([]);
    });

test('the copy built with SITE_URL names it in every link, so it validates as it stands', () => {
  const index = read('dist-no-data', 'openreferral', 'index.json') as { services: { pages: string[] } };
  expect(index.services.pages[0]).toBe('https://llwybrau.example.gov.wales/openreferral/services/page-1.json');
  const page = read('dist-no-data', 'openreferral', 'services', 'page-1.json') as { contents: { url: string }[] };
  expect(page.contents.every((item) => /^https:\/\//.test(item.url))).toBe(true);
});

type List = { total_items: number; pages: string[]; item: string };

for (const lang of ['en', 'cy'] as const)
  test(`a consumer given only the ${lang} index reaches every item of every list by the links the files give`, async ({
    request,
  }) => {
    const indexUrl = new URL(lang === 'en' ? '/openreferral/index.json' : '/openreferral/cy/index.json', 'http://x');
    const get = async (address: URL) => {
      const response = await request.get(address.pathname);
      expect(response.ok(), address.pathname).toBe(true);
      return (await response.json()) as Record<string, unknown>;
    };
    const index = await get(indexUrl);
    expect(index.version).toBe('3.0');
    expect(index.language).toBe(lang);
    // The other language's copy is named there too.
    const other = (index.languages as Record<string, string>)[lang === 'en' ? 'cy' : 'en'] as string;
    expect((await get(new URL(other, indexUrl))).language).toBe(lang === 'en' ? 'cy' : 'en');
    const counts: Record<string, number> = {};
    for (const list of ['services', 'service_at_locations', 'taxonomies', 'taxonomy_terms']) {
      const { pages, total_items, item } = index[list] as List;
      const ids: string[] = [];
      for (const address of pages) {
        const pageUrl = new URL(address, indexUrl);
        const page = (await get(pageUrl)) as { contents: { id: string; url?: string }[] };
        ids.push(...page.contents.map((entry) => entry.id));
        // A service's own link leads somewhere: its page on this site, or the offer's own site.
        const first = page.contents[0];
        if (list === 'services' && first?.url && !/^https?:/.test(first.url))
          expect((await request.get(new URL(first.url, pageUrl).pathname)).ok(), first.url).toBe(true);
      }
      expect(ids, list).toHaveLength(total_items);
      expect(new Set(ids).size, list).toBe(ids.length);
      // The first and last item by the index's pattern, which names the files the pages list.
      for (const id of [ids[0], ids.at(-1)]) await get(new URL(item.replace('{id}', String(id)), indexUrl));
      counts[list] = ids.length;
    }
    // Ended offers are published too, as defunct: every record is there.
    expect(counts.services).toBeGreaterThan(live.length);
    expect(files('dist', lang === 'en' ? 'openreferral' : join('openreferral', 'cy'), 'services').length).toBe(
      (counts.services ?? 0) + (index.services as { pages: string[] }).pages.length,
    );
  });

test('the static headers let any site read the feed, as the profile requires', () => {
  const headers = readFileSync(join('dist', '_headers'), 'utf8');
  expect(headers).toMatch(/^\/openreferral\/\*\n {2}Access-Control-Allow-Origin: \*$/m);
});
