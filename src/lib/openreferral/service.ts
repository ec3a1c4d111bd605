/**
 * One record as an Open Referral UK service: the one-to-one fields the paged list carries, and
 * the full service with everything it refers to nested in it. docs/openreferral.md maps every
 * field of a record to the profile, or says why it has no place there.
 *
 * The same code writes the English feed and the Welsh one: `ctx.lang` picks the text, and every
 * id is the same in both, so a consumer can match one to the other.
 */

import type { Locale } from '../i18n/locales.ts';
import type { Translator } from '../i18n/translate.ts';
import type { Area, Provider, Provision } from '../schema/schema.ts';
import { LANGUAGE_TAGS } from '../schema/vocabulary.ts';
import { feedId, ONS_URI, WALES } from './ids.ts';
import { scheduleOf } from './schedules.ts';
import { recordTerms, TAXONOMIES, type Taxonomy, type TaxonomyKey } from './taxonomies.ts';

export interface FeedContext {
  /** The language of the feed's text: English under /openreferral/, Welsh under /openreferral/cy/. */
  lang: Locale;
  /** An address on this site, from its path: absolute under SITE_URL, else relative to the file it is written in. */
  link: (path: string) => string;
  /** The page of a record in the feed's language, as a path. */
  detailPath: (id: string) => string;
  provider: (id: string) => (Provider & { id: string }) | undefined;
  area: (id: string) => (Area & { id: string }) | undefined;
  /** A town's name in the feed's language (its standard Welsh name in the Welsh feed). */
  townName: (town: string) => string;
  taxonomies: readonly Taxonomy[];
  /** Labels in the feed's language. */
  t: Translator;
}

const STATUS = { active: 'active', 'temporarily-closed': 'temporarily closed', ended: 'defunct' } as const;
const LANGUAGE_NAMES = {
  en: { cy: 'Welsh', en: 'English' },
  cy: { cy: 'Cymraeg', en: 'Saesneg' },
} as const;
const WALES_NAME = { en: WALES.name, cy: 'Cymru' } as const;

type Json = Record<string, unknown>;
/** Leaves out the keys whose value is undefined: the profile's optional fields are absent, never null. */
const compact = (object: Json): Json =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));

/** Text in the feed's language: the Welsh where the record has it, else the English (the profile has no language tag). */
const inLang = (ctx: Pick<FeedContext, 'lang'>, text: { en: string; cy?: string | undefined } | undefined) =>
  text === undefined ? undefined : ctx.lang === 'cy' ? (text.cy ?? text.en) : text.en;

export const organizationOf = (provider: Provider & { id: string }, ctx: Pick<FeedContext, 'lang' | 't'>): Json =>
  compact({
    id: feedId('organization', provider.id),
    name: inLang(ctx, provider.name),
    description: provider.illustrative
      ? `${ctx.t(`vocab.providerType.${provider.type}`)}. ${ctx.t('openreferral.exampleOrganization')}`
      : ctx.t(`vocab.providerType.${provider.type}`),
    website: provider.website,
    email: provider.email,
    // HSDS 3.0's organisation phones; the profile's schema allows them.
    phones: provider.phone ? [{ id: feedId('organization', provider.id, 'phone'), number: provider.phone }] : undefined,
  });

/** Who it is only for, in words, when it is only for some priority groups. */
const eligibility = (entry: Provision, ctx: FeedContext): string | undefined =>
  entry.onlyForPriorityGroups
    ? `${ctx.t('detail.onlyFor')}: ${entry.priorityGroups.map((group) => ctx.t(`vocab.priorityGroup.${group}`)).join('; ')}`
    : undefined;

/** The one-to-one fields of a service: what the paged list carries, and the start of the full service. */
const serviceFields = (entry: Provision, ctx: FeedContext): Json => {
  const provider = ctx.provider(entry.provider);
  return compact({
    id: feedId('service', entry.id),
    organization_id: provider ? feedId('organization', provider.id) : undefined,
    name: inLang(ctx, entry.title),
    description: inLang(ctx, entry.summary),
    // The offer's own page where it has one (where to apply or ask), else its page on this site.
    url: entry.access.contact.url ?? ctx.link(ctx.detailPath(entry.id)),
    email: entry.access.contact.email,
    status: STATUS[entry.status],
    fees: entry.cost.free ? ctx.t('openreferral.free') : inLang(ctx, entry.cost.details),
    minimum_age: entry.ages.min,
    maximum_age: entry.ages.max,
    assured_date: entry.lastReviewed,
    alert: entry.illustrative ? ctx.t('openreferral.exampleService') : undefined,
    // HSDS 3.0's service fields for how to get in and who it is for; the profile's schema allows them.
    application_process: inLang(ctx, entry.access.contact.how),
    eligibility_description: eligibility(entry, ctx),
    organization: provider ? organizationOf(provider, ctx) : undefined,
  });
};

export const serviceListItem = (entry: Provision, ctx: FeedContext): Json => serviceFields(entry, ctx);

/** Where it happens: one physical location per venue, and a virtual one for an online or blended offer. */
export const serviceAtLocations = (entry: Provision, ctx: FeedContext): Json[] => {
  const serviceId = feedId('service', entry.id);
  const part = (...parts: string[]) => feedId('service', entry.id, ...parts);
  const physical = entry.venues.map((venue, i) => ({
    id: part('service-at-location', String(i)),
    service_id: serviceId,
    location_id: part('location', String(i)),
    location: compact({
      id: part('location', String(i)),
      location_type: 'physical',
      name: ctx.lang === 'cy' ? (venue.nameCy ?? venue.name) : venue.name,
      description: venue.postcodeDistrict
        ? `${ctx.townName(venue.town)}, ${venue.postcodeDistrict}`
        : ctx.townName(venue.town),
      latitude: venue.lat,
      longitude: venue.lon,
    }),
  }));
  const provider = ctx.provider(entry.provider);
  const virtual =
    entry.delivery === 'online' || entry.delivery === 'blended'
      ? [
          {
            id: part('service-at-location', 'online'),
            service_id: serviceId,
            location_id: part('location', 'online'),
            location: {
              id: part('location', 'online'),
              location_type: 'virtual',
              name: ctx.t('openreferral.online'),
              // HSDS 3.0's location url, for a virtual location: where to take part or start.
              url: entry.access.contact.url ?? provider?.website ?? ctx.link(ctx.detailPath(entry.id)),
            },
          },
        ]
      : [];
  return [...physical, ...virtual];
};

/** The record's terms as attributes; the qualification's title is the value of its level's attribute. */
const attributesOf = (entry: Provision, ctx: FeedContext): Json[] => {
  const serviceId = feedId('service', entry.id);
  const byKey = new Map(ctx.taxonomies.map((taxonomy, i) => [TAXONOMIES[i] as TaxonomyKey, taxonomy]));
  const qualification = entry.kind === 'course' ? inLang(ctx, entry.qualification) : undefined;
  return recordTerms(entry).map(([key, value]) => {
    const term = byKey.get(key)?.taxonomy_terms.find((candidate) => candidate.term === String(value));
    if (!term) throw new Error(`openreferral: no ${key} term for ${String(value)}`);
    return compact({
      id: feedId('service', entry.id, 'attribute', key, String(value)),
      link_id: serviceId,
      link_type: 'service',
      taxonomy_term_id: term.id,
      // HSDS 3.0's attribute value; the profile's schema allows it.
      value: key === 'levels' ? qualification : undefined,
      taxonomy_term: term,
    });
  });
};

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
          name: WALES_NAME[ctx.lang],
          extent: WALES.code,
          extent_type: 'text',
          uri: `${ONS_URI}${WALES.code}`,
        },
      ]
    : areas.map((area) => ({
        id: part('area', area.id),
        service_id: serviceId,
        name: inLang(ctx, area.name),
        extent: area.code,
        extent_type: 'text',
        uri: `${ONS_URI}${area.code}`,
      }));
  const contact = entry.access.contact;
  const provider = ctx.provider(entry.provider);
  // Public enquiry lines only; the address where to apply or ask is the service's url.
  const contacts =
    contact.phone || contact.email
      ? [
          compact({
            id: part('contact'),
            service_id: serviceId,
            name: inLang(ctx, provider?.name),
            title: t('openreferral.enquiries'),
            email: contact.email,
            phones: contact.phone ? [{ id: part('contact', 'phone'), number: contact.phone }] : undefined,
          }),
        ]
      : [];
  return compact({
    ...serviceFields(entry, ctx),
    schedules: scheduleOf(entry, serviceId, t),
    service_areas: serviceAreas,
    service_at_locations: serviceAtLocations(entry, ctx),
    languages: LANGUAGE_TAGS[entry.language].map((code) => ({
      id: part('language', code),
      service_id: serviceId,
      name: LANGUAGE_NAMES[ctx.lang][code],
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
            amount_description: inLang(ctx, entry.cost.details),
          },
        ].map(compact),
    contacts,
    attributes: attributesOf(entry, ctx),
  });
};
