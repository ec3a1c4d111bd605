/**
 * Plain-words labels for provision fields, in the page's language.
 * Pure: the translator and the area names are passed in.
 */
import type { Locale } from '../i18n/locales.ts';
import type { Translator } from '../i18n/translate.ts';
import type { Provision } from './schema.ts';

const dateFormat = (lang: Locale) =>
  new Intl.DateTimeFormat(lang === 'cy' ? 'cy-GB' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** 2026-06-12 → "12 June 2026" / "12 Mehefin 2026". */
export const formatDate = (iso: string, lang: Locale): string => dateFormat(lang).format(new Date(`${iso}T00:00:00Z`));

/** "Any time", "September", or the listed dates. */
export const startsLabel = (entry: Provision, t: Translator): string => {
  if (entry.starts === 'september' || entry.starts === 'rolling') return t(`starts.${entry.starts}`);
  return entry.starts.dates.map((date) => formatDate(date, t.lang)).join(', ');
};

/** Tiers in plain words, e.g. "Not ready for work or learning yet; Ready to find work or learning". */
export const tiersInWords = (entry: Provision, t: Translator): string => entry.tiers.map((tier) => t(`tiers.${tier}.short`)).join('; ');

/** Tier numbers with their short names, for professionals: "Tier 2 (…), Tier 3 (…)". */
export const tiersForProfessionals = (entry: Provision, t: Translator): string =>
  entry.tiers.map((tier) => `${t('tierWord', { tier })} (${t(`tiers.${tier}.short`)})`).join(', ');

export interface PlaceNames {
  area: (id: string) => string;
  town: (name: string) => string;
}

/** Where it happens, in a few words: towns when there are venues, else the area names, else "anywhere in Wales". */
export const whereLabel = (entry: Provision, t: Translator, names: PlaceNames): string => {
  if (entry.walesWide) return entry.delivery === 'online' ? `${t('where.walesWide')} (${t('where.online')})` : t('where.walesWide');
  const towns = [...new Set(entry.venues.map((venue) => names.town(venue.town)))];
  const places = towns.length > 0 ? towns : entry.areas.map(names.area);
  const shown = places.length > 3 ? t('where.severalAreas', { first: places.slice(0, 2).join(', '), more: places.length - 2 }) : places.join(', ');
  if (entry.delivery === 'online') return `${t('where.online')} (${shown})`;
  if (entry.delivery === 'outreach' && towns.length === 0) return `${t('where.outreach')} (${shown})`;
  return shown;
};
