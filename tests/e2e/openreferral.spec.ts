/**
 * The Open Referral UK feed as built: every file under dist/openreferral/ validates against the
 * profile's schemas, the index points to files that exist, another site's page may read it
 * (CORS), and a consumer following the index reaches every service.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openReferralValidators, type SchemaName } from '../openreferral-schemas.ts';
import { live } from './fixtures.ts';

const ROOT = join('dist', 'openreferral');
const read = (...path: string[]) => JSON.parse(readFileSync(join(ROOT, ...path), 'utf8')) as Record<string, unknown>;
const files = (folder: string) => readdirSync(join(ROOT, folder)).sort();

test('every built feed file validates against the Open Referral UK profile', () => {
  const { validate } = openReferralValidators();
  const problems: string[] = [];
  const each = (folder: string, item: SchemaName) => {
    for (const name of files(folder)) {
      const value = read(folder, name);
      if (name.startsWith('page-')) {
        problems.push(...validate('page', `${folder}/${name}`, value));
        for (const entry of value.contents as unknown[])
          problems.push(...validate(item === 'service' ? 'serviceListItem' : item, `${folder}/${name}`, entry));
      } else problems.push(...validate(item, `${folder}/${name}`, value));
    }
  };
  each('services', 'service');
  each('taxonomies', 'taxonomy');
  each('taxonomy_terms', 'term');
  expect(problems).toEqual([]);
});

test('a consumer that follows the index reaches every service, and each service file exists', async ({ request }) => {
  const index = (await (await request.get('/openreferral/index.json')).json()) as {
    version: string;
    services: { first_page: string; total_items: number };
  };
  expect(index.version).toBe('3.0');
  // Ended offers are published too, as defunct: every record is there.
  expect(index.services.total_items).toBeGreaterThan(live.length);
  const ids: string[] = [];
  let next: string | null = new URL(index.services.first_page).pathname;
  while (next) {
    const response = await request.get(next);
    expect(response.ok(), next).toBe(true);
    const page = (await response.json()) as { page_number: number; last_page: boolean; contents: { id: string }[] };
    ids.push(...page.contents.map((item) => item.id));
    next = page.last_page ? null : `/openreferral/services/page-${page.page_number + 1}.json`;
  }
  expect(ids).toHaveLength(index.services.total_items);
  expect(new Set(ids).size).toBe(ids.length);
  expect(files('services').filter((name) => !name.startsWith('page-'))).toEqual(ids.map((id) => `${id}.json`).sort());
});

test('the static headers let any site read the feed, as the profile requires', () => {
  const headers = readFileSync(join('dist', '_headers'), 'utf8');
  expect(headers).toMatch(/^\/openreferral\/\*\n {2}Access-Control-Allow-Origin: \*$/m);
});
