/**
 * schema.org JSON-LD for a detail page, in the page's language, typed with schema-dts:
 * a Course (with its instances) for courses; an EducationalOccupationalProgram for
 * apprenticeships and Jobs Growth Wales+; a GovernmentService for support run by a council
 * or a national service, otherwise a Service; and a Service of type "volunteering" for
 * volunteering (schema.org has no type for a standing volunteering opportunity). Pure.
 */
import type {
  AdministrativeArea,
  ContactPoint,
  Country,
  Course,
  CourseInstance,
  EducationalOccupationalProgram,
  GovernmentService,
  Organization,
  Place,
  Service,
  WithContext,
} from 'schema-dts';
import { datesToCome } from '../cards/card.ts';
import { localText } from '../i18n/local-text.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Translator } from '../i18n/translate.ts';
import type { Provider, Provision } from '../schema/schema.ts';
import { LANGUAGE_TAGS } from '../schema/vocabulary.ts';

export interface JsonLdContext {
  t: Translator;
  /** The page's own address. */
  url: string;
  provider: Provider;
  /** An area's name in the page language. */
  areaName: (id: string) => string;
  /** A town's name in the page language. */
  townName: (town: string) => string;
  /** The build's date (YYYY-MM-DD): start dates before it are not listed, as the page lists none. */
  today: string;
}

const WALES = { en: 'Wales', cy: 'Cymru' } as const;

export type ProvisionJsonLd = WithContext<Course | EducationalOccupationalProgram | GovernmentService | Service>;

const COURSE_MODE: Record<Provision['delivery'], string> = {
  'in-person': 'onsite',
  online: 'online',
  outreach: 'onsite',
  blended: 'blended',
};

const text = (value: { en: string; cy?: string | undefined }, lang: Locale) => localText(value, lang).text;

/**
 * The one place data reaches a page as raw text: a <script type="application/ld+json"> element,
 * whose content the browser does not decode, so it cannot be escaped as HTML. Instead every
 * character HTML gives a meaning to (<, >, &) is written as a JSON escape (\u003c…), so the
 * text holds no markup at all, and the JSON means the same.
 */
export const jsonLdText = (data: unknown): string =>
  JSON.stringify(data).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export const provisionJsonLd = (entry: Provision, ctx: JsonLdContext): ProvisionJsonLd => {
  const lang = ctx.t.lang;
  const contact = entry.access.contact;
  // The offer's own enquiry lines, as its page shows them.
  const contactPoint: ContactPoint | undefined =
    contact.phone || contact.email || contact.url
      ? {
          '@type': 'ContactPoint',
          contactType: ctx.t('detail.howHeading'),
          ...(contact.phone ? { telephone: contact.phone } : {}),
          ...(contact.email ? { email: contact.email } : {}),
          ...(contact.url ? { url: contact.url } : {}),
        }
      : undefined;
  const provider: Organization = {
    '@type': 'Organization',
    name: ctx.provider.name[lang],
    ...(ctx.provider.website ? { url: ctx.provider.website } : {}),
    ...(contactPoint ? { contactPoint } : {}),
  };
  const places: Place[] = entry.venues.map((venue) => ({
    '@type': 'Place',
    name: lang === 'cy' && venue.nameCy ? venue.nameCy : venue.name,
    address: { '@type': 'PostalAddress', addressLocality: ctx.townName(venue.town), addressCountry: 'GB' },
    geo: { '@type': 'GeoCoordinates', latitude: venue.lat, longitude: venue.lon },
  }));
  const areaServed: (AdministrativeArea | Country)[] = entry.walesWide
    ? [{ '@type': 'Country', name: WALES[lang], identifier: 'W92000004' }]
    : entry.areas.map((area) => ({ '@type': 'AdministrativeArea', name: ctx.areaName(area) }));
  // The dates the page lists: those still to come (none when all have passed, as the page says to ask).
  const startDates = typeof entry.starts === 'string' ? [] : datesToCome(entry.starts.dates, ctx.today);
  const shared = {
    '@context': 'https://schema.org' as const,
    name: text(entry.title, lang),
    description: text(entry.summary, lang),
    url: ctx.url,
    provider,
    inLanguage: LANGUAGE_TAGS[entry.language],
    isAccessibleForFree: entry.cost.free,
  };

  // A service's start dates (schema.org's Service has no startDate): available from each date to come.
  const from =
    startDates.length > 0
      ? {
          hoursAvailable: startDates.map((date) => ({
            '@type': 'OpeningHoursSpecification' as const,
            validFrom: date,
          })),
        }
      : {};
  // A service's way in: its phone and its own page, as a service channel.
  const channel = contactPoint
    ? {
        availableChannel: {
          '@type': 'ServiceChannel' as const,
          ...(contact.phone ? { servicePhone: contactPoint } : {}),
          ...(contact.url ? { serviceUrl: contact.url } : {}),
        },
      }
    : {};

  switch (entry.kind) {
    case 'course': {
      const instances: CourseInstance[] = (startDates.length > 0 ? startDates : [undefined]).map((date) => ({
        '@type': 'CourseInstance',
        courseMode: COURSE_MODE[entry.delivery],
        ...(date ? { startDate: date } : {}),
        ...(places.length > 0 ? { location: places } : {}),
      }));
      return {
        ...shared,
        '@type': 'Course',
        educationalCredentialAwarded: text(entry.qualification, lang),
        ...(entry.level === 'none' ? {} : { educationalLevel: ctx.t(`vocab.level.${entry.level}`) }),
        hasCourseInstance: instances,
      };
    }
    case 'apprenticeship':
    case 'jgw':
      return {
        ...shared,
        '@type': 'EducationalOccupationalProgram',
        programType:
          entry.kind === 'jgw'
            ? `${ctx.t('kind.jgw')} · ${ctx.t(`vocab.strand.${entry.strand}`)}`
            : ctx.t(`vocab.apprenticeshipLevel.${entry.apprenticeshipLevel}`),
        educationalProgramMode: COURSE_MODE[entry.delivery],
        ...(startDates.length > 0 ? { startDate: startDates[0] } : {}),
        ...(places.length > 0 ? { location: places } : {}),
        ...(entry.sector ? { occupationalCategory: ctx.t(`vocab.sector.${entry.sector}`) } : {}),
      };
    case 'support': {
      const government = ctx.provider.type === 'local-authority' || ctx.provider.type === 'national-service';
      const service = {
        ...shared,
        serviceType: ctx.t(`vocab.serviceType.${entry.serviceType}`),
        areaServed,
        ...from,
        ...channel,
      };
      return government ? { ...service, '@type': 'GovernmentService' } : { ...service, '@type': 'Service' };
    }
    case 'volunteering':
      return {
        ...shared,
        '@type': 'Service',
        serviceType: ctx.t('kind.volunteering'),
        areaServed,
        ...from,
        ...channel,
      };
  }
};
