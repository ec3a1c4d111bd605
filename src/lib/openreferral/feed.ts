/**
 * The whole data set as an Open Referral UK feed (HSDS 3.0, UK profile), as static JSON.
 * Pure: the build passes in the content, the site's address and the English labels, and
 * writes the files (src/pages/openreferral/). docs/openreferral.md maps every profile field
 * to ours, or says why it stays empty.
 *
 * Ids are UUID v5 of our record ids (and of a record id and a part, for nested objects)
 * under one fixed namespace, so an id never changes from one build to the next.
 */

import type { Translator } from '../i18n/translate.ts';
import type { Area, Provider, Provision } from '../schema/schema.ts';
import { LANGUAGE_TAGS } from '../schema/vocabulary.ts';
import { FEED_PAGE_SIZE, FEED_ROOT, feedId, ONS_URI, OPENAPI_URL, PROFILE_URL, WALES } from './ids.ts';
import { scheduleOf } from './schedules.ts';
import { buildTaxonomies, recordTerms, TAXONOMIES, type Taxonomy, type TaxonomyKey } from './taxonomies.ts';

// ---- Services -----------------------------------------------------------------------------

export interface FeedContext {
  /** The site's public address, without a trailing slash. */
  siteUrl: string;
  /** The English page of a record, as a path. */
  detailPath: (id: string) => string;
  provider: (id: string) => (Provider & { id: string }) | undefined;
  area: (id: string) => (Area & { id: string }) | undefined;
  taxonomies: readonly Taxonomy[];
  /** English labels. */
  t: Translator;
}

const STATUS = { active: 'active', 'temporarily-closed': 'temporarily closed', ended: 'defunct' } as const;
const LANGUAGE_NAMES = { cy: 'Welsh', en: 'English' } as const;

type Json = Record<string, unknown>;
/** Leaves out the keys whose value is undefined: the profile's optional fields are absent, never null. */
const compact = (object: Json): Json =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));

export const organizationOf = (provider: Provider & { id: string }, t: Translator): Json =>
  compact({
    id: feedId('organization', provider.id),
    name: provider.name.en,
    description: provider.illustrative
      ? `${t(`vocab.providerType.${provider.type}`)}. ${t('openreferral.exampleOrganization')}`
      : t(`vocab.providerType.${provider.type}`),
    website: provider.website,
    email: provider.email,
  });

/** The one-to-one fields of a service: what the paged list carries, and the start of the full service. */
const serviceFields = (entry: Provision, ctx: FeedContext): Json => {
  const provider = ctx.provider(entry.provider);
  return compact({
    id: feedId('service', entry.id),
    organization_id: provider ? feedId('organization', provider.id) : undefined,
    name: entry.title.en,
    description: entry.summary.en,
    url: `${ctx.siteUrl}${ctx.detailPath(entry.id)}`,
    email: entry.access.contact.email,
    status: STATUS[entry.status],
    fees: entry.cost.free ? ctx.t('openreferral.free') : entry.cost.details?.en,
    minimum_age: entry.ages.min,
    maximum_age: entry.ages.max,
    assured_date: entry.lastReviewed,
    alert: entry.illustrative ? ctx.t('openreferral.exampleService') : undefined,
    organization: provider ? organizationOf(provider, ctx.t) : undefined,
  });
};

export const serviceListItem = (entry: Provision, ctx: FeedContext): Json => serviceFields(entry, ctx);

/** One full service, with everything it refers to nested in it (the profile's /services/{id}). */
export const fullService = (entry: Provision, ctx: FeedContext): Json => {
  const serviceId = feedId('service', entry.id);
  const part = (...parts: string[]) => feedId('service', entry.id, ...parts);
  const { t } = ctx;
  const areas = entry.areas.map((id) => ctx.area(id)).filter((area) => area !== undefined);
  const serviceAreas = entry.walesWide
    ? [
        {
          id: part('area', 'wales'),
          service_id: serviceId,
          name: WALES.name,
          extent: WALES.code,
          extent_type: 'text',
          uri: `${ONS_URI}${WALES.code}`,
        },
      ]
    : areas.map((area) => ({
        id: part('area', area.id),
        service_id: serviceId,
        name: area.name.en,
        extent: area.code,
        extent_type: 'text',
        uri: `${ONS_URI}${area.code}`,
      }));
  const physical = entry.venues.map((venue, i) => ({
    id: part('service-at-location', String(i)),
    service_id: serviceId,
    location_id: part('location', String(i)),
    location: compact({
      id: part('location', String(i)),
      location_type: 'physical',
      name: venue.name,
      description: venue.postcodeDistrict ? `${venue.town}, ${venue.postcodeDistrict}` : venue.town,
      latitude: venue.lat,
      longitude: venue.lon,
    }),
  }));
  const virtual =
    entry.delivery === 'online'
      ? [
          {
            id: part('service-at-location', 'online'),
            service_id: serviceId,
            location_id: part('location', 'online'),
            location: { id: part('location', 'online'), location_type: 'virtual', name: t('openreferral.online') },
          },
        ]
      : [];
  const contact = entry.access.contact;
  const provider = ctx.provider(entry.provider);
  const contacts =
    contact.phone || contact.email || contact.url
      ? [
          compact({
            id: part('contact'),
            service_id: serviceId,
            name: provider?.name.en,
            title: t('openreferral.enquiries'),
            email: contact.email,
            url: contact.url,
            phones: contact.phone ? [{ id: part('contact', 'phone'), number: contact.phone }] : undefined,
          }),
        ]
      : [];
  const byKey = new Map(ctx.taxonomies.map((taxonomy, i) => [TAXONOMIES[i] as TaxonomyKey, taxonomy]));
  const attributes = recordTerms(entry).map(([key, value]) => {
    const term = byKey.get(key)?.taxonomy_terms.find((candidate) => candidate.term === String(value));
    if (!term) throw new Error(`openreferral: no ${key} term for ${String(value)}`);
    return {
      id: part('attribute', key, String(value)),
      link_id: serviceId,
      link_type: 'service',
      taxonomy_term_id: term.id,
      taxonomy_term: term,
    };
  });
  return compact({
    ...serviceFields(entry, ctx),
    schedules: scheduleOf(entry, serviceId, t),
    service_areas: serviceAreas,
    service_at_locations: [...physical, ...virtual],
    languages: LANGUAGE_TAGS[entry.language].map((code) => ({
      id: part('language', code),
      service_id: serviceId,
      name: LANGUAGE_NAMES[code],
      code,
      note: t(`openreferral.language.${entry.language}`),
    })),
    funding: entry.fundedBy.map((funder) => ({
      id: part('funding', funder),
      service_id: serviceId,
      source: t(`vocab.funder.${funder}`),
    })),
    cost_options: entry.cost.free
      ? [
          {
            id: part('cost'),
            service_id: serviceId,
            option: t('openreferral.free'),
            amount: 0,
            amount_description: t('openreferral.freeDescription'),
          },
        ]
      : [
          {
            id: part('cost'),
            service_id: serviceId,
            option: t('openreferral.costs'),
            amount_description: entry.cost.details?.en,
          },
        ].map(compact),
    contacts,
    attributes,
  });
};

// ---- Pages and the index -------------------------------------------------------------------

export interface Page<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

/** The profile's paging envelope over a list, numbered from 1. An empty list has one empty page. */
export const pages = <T>(items: readonly T[], size = FEED_PAGE_SIZE): Page<T>[] => {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => {
    const contents = items.slice(i * size, (i + 1) * size);
    return {
      total_items: items.length,
      total_pages: total,
      page_number: i + 1,
      size: contents.length,
      first_page: i === 0,
      last_page: i === total - 1,
      empty: items.length === 0,
      contents,
    };
  });
};

export const pagePath = (list: 'services' | 'taxonomies' | 'taxonomy_terms', page: number) =>
  `${FEED_ROOT}/${list}/page-${page}.json`;

/** /openreferral/index.json: the version, the profile, and where the lists are. */
export const feedIndex = (siteUrl: string, counts: { services: number; taxonomies: number; terms: number }) => ({
  version: '3.0',
  profile: PROFILE_URL,
  openapi_url: OPENAPI_URL,
  services: {
    first_page: `${siteUrl}${pagePath('services', 1)}`,
    total_items: counts.services,
    total_pages: pages(new Array(counts.services)).length,
    item: `${siteUrl}${FEED_ROOT}/services/{id}.json`,
  },
  taxonomies: {
    first_page: `${siteUrl}${pagePath('taxonomies', 1)}`,
    total_items: counts.taxonomies,
    item: `${siteUrl}${FEED_ROOT}/taxonomies/{id}.json`,
  },
  taxonomy_terms: {
    first_page: `${siteUrl}${pagePath('taxonomy_terms', 1)}`,
    total_items: counts.terms,
    item: `${siteUrl}${FEED_ROOT}/taxonomy_terms/{id}.json`,
  },
});

export interface FeedInput {
  provision: readonly Provision[];
  ctx: Omit<FeedContext, 'taxonomies'>;
}

/** Every file of the feed, by its path on the site (under FEED_ROOT), in a stable order. */
export const buildFeed = ({ provision, ctx: base }: FeedInput): Map<string, unknown> => {
  const taxonomies = buildTaxonomies(base.t, base.siteUrl);
  const ctx: FeedContext = { ...base, taxonomies };
  const terms = taxonomies.flatMap((taxonomy) => taxonomy.taxonomy_terms);
  const files = new Map<string, unknown>();
  files.set(
    `${FEED_ROOT}/index.json`,
    feedIndex(base.siteUrl, { services: provision.length, taxonomies: taxonomies.length, terms: terms.length }),
  );
  pages(provision.map((entry) => serviceListItem(entry, ctx))).forEach((page) => {
    files.set(pagePath('services', page.page_number), page);
  });
  for (const entry of provision)
    files.set(`${FEED_ROOT}/services/${feedId('service', entry.id)}.json`, fullService(entry, ctx));
  pages(taxonomies).forEach((page) => {
    files.set(pagePath('taxonomies', page.page_number), page);
  });
  for (const taxonomy of taxonomies) files.set(`${FEED_ROOT}/taxonomies/${taxonomy.id}.json`, taxonomy);
  pages(terms).forEach((page) => {
    files.set(pagePath('taxonomy_terms', page.page_number), page);
  });
  for (const term of terms) files.set(`${FEED_ROOT}/taxonomy_terms/${term.id}.json`, term);
  return files;
};
