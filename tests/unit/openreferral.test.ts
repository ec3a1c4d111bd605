/**
 * The Open Referral UK feed (lib/openreferral/feed.ts): every file the site publishes under
 * /openreferral/, built from the sample as the build does, validated with Ajv against the
 * profile's own schemas, read from ../shared/standards/openreferral-uk-3.0 (never copied in).
 *
 * (tests/openreferral-schemas.ts says which schema checks which file.)
 */
import { describe, expect, it } from 'vitest';
import cy from '../../src/dictionaries/cy.json' with { type: 'json' };
import en from '../../src/dictionaries/en.json' with { type: 'json' };
import { loadContent } from '../../src/lib/content/load.ts';
import { pathFor } from '../../src/lib/i18n/routes.ts';
import { createTranslator, type Dictionary } from '../../src/lib/i18n/translate.ts';
import { buildFeed, pages } from '../../src/lib/openreferral/feed.ts';
import { FEED_ROOT, feedId } from '../../src/lib/openreferral/ids.ts';
import { openReferralValidators, type SchemaName } from '../openreferral-schemas.ts';

const { validate } = openReferralValidators();
const check = (name: SchemaName, path: string, value: unknown) => expect(validate(name, path, value)).toEqual([]);

const { content } = loadContent('content');
const areas = new Map(content.areas.map((area) => [area.id, area]));
const providers = new Map(content.providers.map((provider) => [provider.id, provider]));
const t = createTranslator({ en: en as Dictionary, cy: cy as Dictionary }, 'en');
const SITE = 'https://llwybrau.example.gov.wales';
const feed = buildFeed({
  provision: content.provision,
  ctx: {
    siteUrl: SITE,
    detailPath: (id) => pathFor('en', { route: 'detail', params: { id } }),
    provider: (id) => providers.get(id),
    area: (id) => areas.get(id),
    t,
  },
});
type Json = Record<string, unknown> & { id: string };
const file = (path: string) => feed.get(path) as Json & Record<string, never>;
const under = (folder: string, pattern: RegExp) =>
  [...feed].filter(([path]) => path.startsWith(`${FEED_ROOT}/${folder}/`) && pattern.test(path));
const PAGE_FILE = /\/page-\d+\.json$/;
const ITEM_FILE = /\/[0-9a-f-]{36}\.json$/;
const serviceFor = (id: string) =>
  file(`${FEED_ROOT}/services/${feedId('service', id)}.json`) as unknown as Json & Record<string, Json[]>;

describe('the Open Referral UK feed validates against the profile', () => {
  it('has validators that refuse what the profile refuses (so a pass means something)', () => {
    const [path, service] = under('services', ITEM_FILE)[0] as [string, Json];
    expect(validate('service', path, { ...service, name: undefined })).toEqual([
      `${path}: / must have required property 'name'`,
    ]);
    expect(validate('service', path, { ...service, id: 'not-a-uuid' })).toEqual([
      `${path}: /id must match format "uuid"`,
    ]);
    expect(validate('service', path, { ...service, status: 'ended' })[0]).toContain(
      '/status must be equal to one of the allowed values',
    );
    expect(validate('page', path, { total_items: '3' })).toEqual([`${path}: /total_items must be integer`]);
    expect(validate('taxonomy', path, { id: 'x', taxonomy_terms: [] })[0]).toContain(
      'fields id, taxonomy_terms, expected',
    );
  });

  it('publishes only the index, services, taxonomies and terms, each file once', () => {
    const kinds = [...feed.keys()].map((path) => path.replace(/[0-9a-f-]{36}|\d+/g, '*'));
    expect(new Set(kinds)).toEqual(
      new Set([
        `${FEED_ROOT}/index.json`,
        `${FEED_ROOT}/services/page-*.json`,
        `${FEED_ROOT}/services/*.json`,
        `${FEED_ROOT}/taxonomies/page-*.json`,
        `${FEED_ROOT}/taxonomies/*.json`,
        `${FEED_ROOT}/taxonomy_terms/page-*.json`,
        `${FEED_ROOT}/taxonomy_terms/*.json`,
      ]),
    );
  });

  it('every service, with its organisation, against service.json and organization.json', () => {
    const services = under('services', ITEM_FILE);
    expect(services).toHaveLength(content.provision.length);
    for (const [path, service] of services) {
      check('service', path, service);
      check('organization', `${path} organization`, (service as { organization: unknown }).organization);
    }
  });

  it('every page of services against the paging envelope, and each item against service_list.json', () => {
    const list = under('services', PAGE_FILE);
    expect(list.length).toBe(Math.ceil(content.provision.length / 50));
    for (const [path, page] of list) {
      check('page', path, page);
      for (const item of (page as { contents: unknown[] }).contents) check('serviceListItem', path, item);
    }
  });

  it('every taxonomy and term, and their pages', () => {
    for (const [path, term] of under('taxonomy_terms', ITEM_FILE)) check('term', path, term);
    for (const [path, taxonomy] of under('taxonomies', ITEM_FILE)) check('taxonomy', path, taxonomy);
    for (const [path, page] of [...under('taxonomies', PAGE_FILE), ...under('taxonomy_terms', PAGE_FILE)])
      check('page', path, page);
  });
});

describe('what the feed says', () => {
  it('gives ids that never change: UUID v5 of the record id under one namespace', () => {
    // Pinned: worked out by hand from RFC 9562 (SHA-1 of the namespace and "service/<id>"). If this changes, every consumer's ids break.
    expect(feedId('service', 'conwy-gllm-rhos-motor-vehicle-l2')).toBe('8fb558d9-91a8-59d0-a36f-01eb1f837fee');
    expect(feedId('service', 'a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(feedId('service', 'a')).not.toBe(feedId('service', 'b'));
    expect(feedId('service', 'a')).not.toBe(feedId('organization', 'a'));
  });

  it('pages with the profile envelope: sizes add up, first and last marked', () => {
    expect(pages([], 50)).toEqual([
      {
        total_items: 0,
        total_pages: 1,
        page_number: 1,
        size: 0,
        first_page: true,
        last_page: true,
        empty: true,
        contents: [],
      },
    ]);
    const paged = pages(
      Array.from({ length: 120 }, (_, i) => i),
      50,
    );
    expect(paged.map((page) => [page.page_number, page.size, page.first_page, page.last_page])).toEqual([
      [1, 50, true, false],
      [2, 50, false, false],
      [3, 20, false, true],
    ]);
    expect(paged.flatMap((page) => page.contents)).toEqual(Array.from({ length: 120 }, (_, i) => i));
  });

  it('lists every record once across the pages, in the same order as the files', () => {
    const listed = under('services', PAGE_FILE).flatMap(([, page]) =>
      (page as { contents: Json[] }).contents.map((item) => item.id),
    );
    expect(listed).toEqual(content.provision.map((entry) => feedId('service', entry.id)));
  });

  it('maps a record: areas with ONS codes, venues, languages, ages, starts, cost, status, review date, terms', () => {
    const entry = content.provision.find(
      (e) => e.kind === 'course' && e.language === 'welsh' && e.venues.length > 0 && e.starts === 'september',
    );
    if (!entry) throw new Error('the sample needs a Welsh-medium course with a venue');
    const service = serviceFor(entry.id);
    expect(service.name).toBe(entry.title.en);
    expect(service.url).toBe(`${SITE}${pathFor('en', { route: 'detail', params: { id: entry.id } })}`);
    expect(service.minimum_age).toBe(entry.ages.min);
    expect(service.maximum_age).toBe(entry.ages.max);
    expect(service.assured_date).toBe(entry.lastReviewed);
    expect(service.service_areas?.map((area) => area.extent)).toEqual(entry.areas.map((id) => areas.get(id)?.code));
    expect(
      service.service_at_locations?.map((sal) => [(sal.location as Json).latitude, (sal.location as Json).longitude]),
    ).toEqual(entry.venues.map((venue) => [venue.lat, venue.lon]));
    expect(service.languages?.map((language) => language.code)).toEqual(['cy']);
    // When it starts, then when in the year it runs, where the record says (a record that does not say has no such schedule).
    expect(service.schedules?.map((schedule) => schedule.description)).toEqual([
      t('openreferral.starts.september'),
      ...(entry.runs === undefined ? [] : [`${t('detail.runs')}: ${t(`vocab.runs.${entry.runs}`)}`]),
    ]);
    const terms = service.attributes?.map((attribute) => (attribute.taxonomy_term as Json).term);
    expect(terms).toEqual(expect.arrayContaining([...entry.tiers.map(String), 'course', entry.level]));
    // Every term an attribute names is published under taxonomy_terms.
    for (const attribute of service.attributes ?? [])
      expect(feed.has(`${FEED_ROOT}/taxonomy_terms/${attribute.taxonomy_term_id}.json`)).toBe(true);
  });

  it('maps Wales-wide offers to Wales, ended offers to defunct, examples with an alert, and fees', () => {
    const national = content.provision.find((e) => e.walesWide);
    expect(national && serviceFor(national.id).service_areas?.map((area) => area.extent)).toEqual(['W92000004']);
    for (const entry of content.provision) {
      const service = serviceFor(entry.id);
      expect(service.status).toBe(
        { active: 'active', 'temporarily-closed': 'temporarily closed', ended: 'defunct' }[entry.status],
      );
      expect(typeof service.alert === 'string').toBe(entry.illustrative);
      expect(service.fees).toBe(entry.cost.free ? t('openreferral.free') : entry.cost.details?.en);
    }
    expect(content.provision.some((e) => e.status === 'ended')).toBe(true);
  });

  it('carries only public enquiry contacts: no record has a contact beyond its own access details', () => {
    for (const entry of content.provision) {
      const contacts = serviceFor(entry.id).contacts ?? [];
      const given = entry.access.contact;
      for (const contact of contacts) {
        expect(contact.email).toBe(given.email);
        expect((contact.phones as Json[] | undefined)?.map((phone) => phone.number)).toEqual(
          given.phone ? [given.phone] : undefined,
        );
      }
    }
  });
});
