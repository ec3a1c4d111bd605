/**
 * The Open Referral UK feed (lib/openreferral/feed.ts): every file the site publishes under
 * /openreferral/, built from the sample as the build does, validated with Ajv against the
 * profile's own schemas, read from ../shared/standards/openreferral-uk-3.0 (never copied in).
 *
 * (tests/openreferral-schemas.ts says which schema checks which file.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import cy from '../../src/dictionaries/cy.json' with { type: 'json' };
import en from '../../src/dictionaries/en.json' with { type: 'json' };
import { loadContent } from '../../src/lib/content/load.ts';
import { pathFor } from '../../src/lib/i18n/routes.ts';
import { createTranslator, type Dictionary } from '../../src/lib/i18n/translate.ts';
import { buildFeed, type Page, pages, relativePath } from '../../src/lib/openreferral/feed.ts';
import { FEED_ROOT, feedId } from '../../src/lib/openreferral/ids.ts';
import type { Provision } from '../../src/lib/schema/schema.ts';
import { openReferralValidators, resolveLinks, type SchemaName } from '../openreferral-schemas.ts';

const { validate } = openReferralValidators();
const check = (name: SchemaName, path: string, value: unknown) => expect(validate(name, path, value)).toEqual([]);

const { content } = loadContent('content');
const areas = new Map(content.areas.map((area) => [area.id, area]));
const providers = new Map(content.providers.map((provider) => [provider.id, provider]));
const t = createTranslator({ en: en as Dictionary, cy: cy as Dictionary }, 'en');
const tCy = createTranslator({ en: en as Dictionary, cy: cy as Dictionary }, 'cy');
const SITE = 'https://llwybrau.example.gov.wales';
/** Two towns' Welsh names, standing in for the gazetteer's (src/data/reference.ts). */
const WELSH_TOWNS: Record<string, string> = { Haverfordwest: 'Hwlffordd', Cardiff: 'Caerdydd' };
const input = (siteUrl: string | undefined) => ({
  provision: content.provision,
  siteUrl,
  languages: ['en', 'cy'] as const,
  ctx: (lang: 'en' | 'cy') => ({
    detailPath: (id: string) => pathFor(lang, { route: 'detail', params: { id } }),
    provider: (id: string) => providers.get(id),
    area: (id: string) => areas.get(id),
    townName: (town: string) => (lang === 'cy' ? (WELSH_TOWNS[town] ?? town) : town),
    t: lang === 'en' ? t : tCy,
  }),
});
const feed = buildFeed(input(SITE));
type Json = Record<string, unknown> & { id: string };
const file = (path: string) => feed.get(path) as Json & Record<string, never>;
const ROOTS = [FEED_ROOT, `${FEED_ROOT}/cy`] as const;
const under = (folder: string, pattern: RegExp, root: string = FEED_ROOT) =>
  [...feed].filter(([path]) => path.startsWith(`${root}/${folder}/`) && pattern.test(path));
const PAGE_FILE = /\/page-\d+\.json$/;
const ITEM_FILE = /\/[0-9a-f-]{36}\.json$/;
const serviceFor = (id: string, root: string = FEED_ROOT) =>
  file(`${root}/services/${feedId('service', id)}.json`) as unknown as Json & Record<string, Json[]>;

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

  it('publishes the index and each list as pages and items, in English and in Welsh, each file once', () => {
    const kinds = [...feed.keys()].map((path) => path.replace(/[0-9a-f-]{36}|\d+/g, '*'));
    expect(new Set(kinds)).toEqual(
      new Set(
        ROOTS.flatMap((root) => [
          `${root}/index.json`,
          ...['services', 'service_at_locations', 'taxonomies', 'taxonomy_terms'].flatMap((list) => [
            `${root}/${list}/page-*.json`,
            `${root}/${list}/*.json`,
          ]),
        ]),
      ),
    );
  });

  it.each(ROOTS)('every service in %s, with its organisation, against service.json and organization.json', (root) => {
    const services = under('services', ITEM_FILE, root);
    expect(services).toHaveLength(content.provision.length);
    for (const [path, service] of services) {
      check('service', path, service);
      check('organization', `${path} organization`, (service as { organization: unknown }).organization);
    }
  });

  it.each(ROOTS)('every page in %s against the paging envelope, and each item against its list schema', (root) => {
    const list = under('services', PAGE_FILE, root);
    expect(list.length).toBe(Math.ceil(content.provision.length / 50));
    for (const [path, page] of list) {
      check('page', path, page);
      for (const item of (page as { contents: unknown[] }).contents) check('serviceListItem', path, item);
    }
    for (const [path, page] of under('service_at_locations', PAGE_FILE, root)) {
      check('page', path, page);
      for (const item of (page as { contents: unknown[] }).contents) check('serviceAtLocationListItem', path, item);
    }
  });

  it.each(ROOTS)('every service at a location, taxonomy and term in %s, and their pages', (root) => {
    const atLocations = under('service_at_locations', ITEM_FILE, root);
    expect(atLocations.length).toBeGreaterThan(content.provision.length / 2);
    for (const [path, item] of atLocations) check('serviceAtLocation', path, item);
    for (const [path, term] of under('taxonomy_terms', ITEM_FILE, root)) check('term', path, term);
    for (const [path, taxonomy] of under('taxonomies', ITEM_FILE, root)) check('taxonomy', path, taxonomy);
    for (const [path, page] of [...under('taxonomies', PAGE_FILE, root), ...under('taxonomy_terms', PAGE_FILE, root)])
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
    expect(service.url).toBe(
      entry.access.contact.url ?? `${SITE}${pathFor('en', { route: 'detail', params: { id: entry.id } })}`,
    );
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

describe('following the feed, in either language, from its index alone', () => {
  type List = { total_items: number; total_pages: number; first_page: string; pages: string[]; item: string };
  const LISTS = ['services', 'service_at_locations', 'taxonomies', 'taxonomy_terms'] as const;

  it.each(ROOTS)('%s/index.json names every page of every list, in order, and the other language', (root) => {
    const index = file(`${root}/index.json`) as unknown as Record<string, unknown> &
      Record<(typeof LISTS)[number], List>;
    expect(index.version).toBe('3.0');
    for (const list of LISTS) {
      const { pages: named, total_pages, total_items, first_page } = index[list];
      expect(named).toHaveLength(total_pages);
      expect(first_page).toBe(named[0]);
      const seen = named.map((address) => file(new URL(address).pathname) as unknown as Page<Json>);
      expect(seen.map((page) => page.page_number)).toEqual(named.map((_, i) => i + 1));
      expect(seen.reduce((sum, page) => sum + page.size, 0)).toBe(total_items);
      for (const page of seen)
        for (const item of page.contents)
          expect(feed.has(new URL(index[list].item.replace('{id}', item.id)).pathname)).toBe(true);
    }
    expect(index.languages).toEqual({ en: `${SITE}${FEED_ROOT}/index.json`, cy: `${SITE}${FEED_ROOT}/cy/index.json` });
  });

  it('the Welsh feed has the same ids, with the Welsh text where a record has it', () => {
    for (const entry of content.provision) {
      const english = serviceFor(entry.id);
      const welsh = serviceFor(entry.id, `${FEED_ROOT}/cy`);
      expect(welsh.id).toBe(english.id);
      expect(welsh.name).toBe(entry.title.cy ?? entry.title.en);
      expect(welsh.description).toBe(entry.summary.cy ?? entry.summary.en);
      expect(welsh.url).toBe(
        entry.access.contact.url ?? `${SITE}${pathFor('cy', { route: 'detail', params: { id: entry.id } })}`,
      );
      const ids = (service: Record<string, Json[]>) =>
        Object.values(service)
          .filter(Array.isArray)
          .flatMap((items) => items.map((item) => item.id));
      expect(ids(welsh)).toEqual(ids(english));
    }
    const wales = content.provision.find((entry) => entry.walesWide);
    expect(wales && serviceFor(wales.id, `${FEED_ROOT}/cy`).service_areas?.[0]?.name).toBe('Cymru');
  });
});

describe('a build without SITE_URL', () => {
  const relative = buildFeed(input(undefined));
  /** Every address-like value in a file, with the file's path. */
  const links = [...relative].flatMap(([path, body]) => {
    const found: [string, string][] = [];
    const walk = (node: unknown, key: string) => {
      if (typeof node === 'string') {
        if (['url', 'uri', 'website', 'first_page', 'item', 'cy', 'en'].includes(key) || key === 'pages')
          found.push([path, node]);
      } else if (Array.isArray(node)) for (const item of node) walk(item, key);
      else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, k);
    };
    walk(body, '');
    return found;
  });
  const detailPaths = new Set(
    content.provision.flatMap((entry) =>
      (['en', 'cy'] as const).map((lang) => pathFor(lang, { route: 'detail', params: { id: entry.id } })),
    ),
  );

  it('names no address of its own: every link to the site is relative to the file it is in, and leads to a file or page', () => {
    expect(links.length).toBeGreaterThan(content.provision.length * 2);
    const wrong = links.flatMap(([path, link]) => {
      if (/^https?:/.test(link))
        return /localhost|127\.0\.0\.1|example\.gov\.wales/.test(link) ? [`${path}: ${link}`] : [];
      const target = new URL(
        link.replace('{id}', feedId('service', content.provision[0]?.id ?? '')),
        `https://copy.example${path}`,
      ).pathname;
      return feed.has(target) || detailPaths.has(target) || link.includes('{id}')
        ? []
        : [`${path}: ${link} → ${target}`];
    });
    expect(wrong).toEqual([]);
  });

  it('validates against the profile once its links are resolved, as a consumer resolves them', () => {
    const problems = [...relative]
      .filter(([path]) => ITEM_FILE.test(path) && path.includes('/services/'))
      .flatMap(([path, body]) => validate('service', path, resolveLinks(body, `https://copy.example${path}`)));
    expect(problems).toEqual([]);
    // As written, a relative url is not yet the profile's format.
    const [path, body] =
      [...relative].find(
        ([p, b]) => ITEM_FILE.test(p) && p.includes('/services/') && !/^https?:/.test((b as { url: string }).url),
      ) ?? [];
    if (!path) throw new Error('expected a relative service url in a build without SITE_URL');
    expect(validate('service', path, body)).toContain(`${path}: /url must match format "uri"`);
  });

  it('works out relative paths from a folder to any file or page', () => {
    expect(relativePath('/openreferral/-', '/en/provision/a/')).toBe('../../en/provision/a/');
    expect(relativePath('/openreferral/-', '/openreferral/taxonomies/x.json')).toBe('../taxonomies/x.json');
    expect(relativePath('/openreferral', '/openreferral/cy/index.json')).toBe('cy/index.json');
    expect(relativePath('/openreferral/cy', '/openreferral/index.json')).toBe('../index.json');
    expect(relativePath('/openreferral/cy/-', '/cy/darpariaeth/a/')).toBe('../../../cy/darpariaeth/a/');
  });
});

describe('nothing a record holds is dropped without saying why', () => {
  /** Every field a record holds, as a dotted path ("access.contact.how.cy", "venues.lat"). */
  const fieldsOf = (node: unknown, prefix = ''): string[] => {
    if (Array.isArray(node)) return node.flatMap((item) => fieldsOf(item, prefix));
    if (node && typeof node === 'object')
      return Object.entries(node).flatMap(([key, value]) =>
        value === undefined ? [] : fieldsOf(value, prefix ? `${prefix}.${key}` : key),
      );
    return prefix ? [prefix] : [];
  };
  type Lists = 'attributes' | 'service_at_locations' | 'schedules' | 'service_areas' | 'languages' | 'funding';
  type Service = Record<string, unknown> &
    Partial<Record<Lists | 'cost_options', Json[]>> & { contacts?: (Json & { phones?: Json[] })[] };
  /** The terms of one of our taxonomies (by its key, as in taxonomies.ts) that a service's attributes name. */
  const terms = (service: Service, key: string) =>
    (service.attributes ?? [])
      .map((attribute) => attribute.taxonomy_term as Json & { taxonomy_id: string; term: string })
      .filter((term) => term.taxonomy_id === feedId('taxonomy', key))
      .map((term) => term.term);
  const locations = (service: Service, type: string) =>
    (service.service_at_locations ?? []).map((sal) => sal.location as Json).filter((l) => l.location_type === type);
  const descriptions = (service: Service) => (service.schedules ?? []).map((s) => String(s.description)).join(' | ');
  const levelValue = (service: Service) =>
    (service.attributes ?? []).find((a) => (a.taxonomy_term as Json).taxonomy_id === feedId('taxonomy', 'levels'))
      ?.value;

  /** Where each field is in the feed: a check that the value a record holds is there. */
  const CARRIED: Record<string, (entry: Provision, en: Service, cy: Service) => boolean> = {
    id: (e, s) => s.id === feedId('service', e.id),
    kind: (e, s) => terms(s, 'kinds').includes(e.kind),
    'title.en': (e, s) => s.name === e.title.en,
    'title.cy': (e, _, c) => c.name === e.title.cy,
    'summary.en': (e, s) => s.description === e.summary.en,
    'summary.cy': (e, _, c) => c.description === e.summary.cy,
    provider: (e, s) => (s.organization as Json).id === feedId('organization', e.provider),
    tiers: (e, s) => e.tiers.every((tier) => terms(s, 'tiers').includes(String(tier))),
    areas: (e, s) => e.areas.every((id) => s.service_areas?.some((area) => area.extent === areas.get(id)?.code)),
    walesWide: (e, s) => (s.service_areas?.[0]?.extent === 'W92000004') === e.walesWide,
    'venues.name': (e, s) => e.venues.every((v, i) => locations(s, 'physical')[i]?.name === v.name),
    'venues.nameCy': (e, _, c) => e.venues.every((v, i) => locations(c, 'physical')[i]?.name === (v.nameCy ?? v.name)),
    'venues.lat': (e, s) => e.venues.every((v, i) => locations(s, 'physical')[i]?.latitude === v.lat),
    'venues.lon': (e, s) => e.venues.every((v, i) => locations(s, 'physical')[i]?.longitude === v.lon),
    'venues.town': (e, s, c) =>
      e.venues.every(
        (v, i) =>
          String(locations(s, 'physical')[i]?.description).includes(v.town) &&
          String(locations(c, 'physical')[i]?.description).includes(WELSH_TOWNS[v.town] ?? v.town),
      ),
    'venues.postcodeDistrict': (e, s) =>
      e.venues.every((v, i) => String(locations(s, 'physical')[i]?.description).includes(v.postcodeDistrict ?? '')),
    delivery: (e, s) => locations(s, 'virtual').length > 0 === (e.delivery === 'online' || e.delivery === 'blended'),
    language: (e, s) =>
      s.languages?.map((l) => l.code).join() === { welsh: 'cy', bilingual: 'cy,en', english: 'en' }[e.language],
    'ages.min': (e, s) => s.minimum_age === e.ages.min,
    'ages.max': (e, s) => s.maximum_age === e.ages.max,
    level: (e, s) => terms(s, 'levels').includes(e.level),
    starts: (e, s) =>
      typeof e.starts === 'string'
        ? descriptions(s).includes(t(`openreferral.starts.${e.starts}`))
        : e.starts.dates.every((date) => s.schedules?.some((schedule) => schedule.dtstart === date)),
    'starts.dates': (e, s) =>
      typeof e.starts !== 'string' && e.starts.dates.every((date) => s.schedules?.some((x) => x.dtstart === date)),
    runs: (e, s) => descriptions(s).includes(t('detail.runs')) && e.runs !== undefined,
    runMonths: (e, s) =>
      (e.runMonths ?? []).every((m) => descriptions(s).includes(t(`vocab.month.${m}` as 'vocab.month.1'))),
    'access.contact.url': (e, s) => s.url === e.access.contact.url,
    'access.contact.phone': (e, s) => s.contacts?.[0]?.phones?.[0]?.number === e.access.contact.phone,
    'access.contact.email': (e, s) => s.email === e.access.contact.email,
    'access.contact.how.en': (e, s) => s.application_process === e.access.contact.how?.en,
    'access.contact.how.cy': (e, _, c) => c.application_process === e.access.contact.how?.cy,
    priorityGroups: (e, s) => e.priorityGroups.every((g) => terms(s, 'priority-groups').includes(g)),
    onlyForPriorityGroups: (e, s) => (typeof s.eligibility_description === 'string') === e.onlyForPriorityGroups,
    'cost.free': (e, s) => (s.cost_options?.[0]?.amount === 0) === e.cost.free,
    'cost.details.en': (e, s) => s.fees === e.cost.details?.en || e.cost.free,
    'cost.details.cy': (e, _, c) => c.fees === e.cost.details?.cy || e.cost.free,
    fundedBy: (e, s) => s.funding?.length === e.fundedBy.length,
    lastReviewed: (e, s) => s.assured_date === e.lastReviewed,
    status: (e, s) => typeof s.status === 'string' && e.status !== undefined,
    illustrative: (e, s) => (typeof s.alert === 'string') === e.illustrative,
    sector: (e, s) => 'sector' in e && terms(s, 'subjects').includes(`sector:${e.sector}`),
    serviceType: (e, s) => e.kind === 'support' && terms(s, 'subjects').includes(`service:${e.serviceType}`),
    strand: (e, s) => e.kind === 'jgw' && terms(s, 'jgw-strands').includes(e.strand),
    'qualification.en': (e, s) => e.kind === 'course' && levelValue(s) === e.qualification?.en,
    'qualification.cy': (e, _, c) => e.kind === 'course' && levelValue(c) === e.qualification?.cy,
  };
  const docs = readFileSync('docs/openreferral.md', 'utf8');
  const leftOut = docs.slice(docs.indexOf('## Not in the feed'));

  it('carries every field of every record, or docs/openreferral.md says under "Not in the feed" why not', () => {
    expect(leftOut.length).toBeGreaterThan(100);
    const problems = new Set<string>();
    for (const entry of content.provision) {
      const en = serviceFor(entry.id) as unknown as Service;
      const welsh = serviceFor(entry.id, `${FEED_ROOT}/cy`) as unknown as Service;
      for (const field of new Set(fieldsOf(entry))) {
        const carried = CARRIED[field];
        if (carried) {
          if (!carried(entry, en, welsh)) problems.add(`${entry.id}: ${field} is not where the docs say`);
        } else if (!leftOut.includes(`\`${field.replace(/\.(en|cy)$/, '')}\``))
          problems.add(`${field}: neither in the feed nor under "Not in the feed"`);
      }
    }
    expect([...problems]).toEqual([]);
  });
});
