/**
 * What a card says about one offer, decided once. The static card on browse,
 * area and tier pages, the search result and the map's list and popup all
 * render this model and nothing else, so they cannot drift apart.
 * Shared by server and client code: no imports but types and small pure helpers.
 */

import { reviewIsOld } from '../content/status.ts';
import { formatters } from '../i18n/format.ts';
import { type LocalText, localText } from '../i18n/local-text.ts';
import type { KeysUnder } from '../i18n/message-keys.ts';
import { fillDetailPath } from '../i18n/routes.ts';
import type { Translator } from '../i18n/translate.ts';
import type { Kind, PriorityGroup, Tier } from '../schema/vocabulary.ts';
import { kmToMiles } from '../search/distance.ts';
import type { SearchDoc } from '../search/types.ts';

/** The dictionary sections a card's words come from: what a page that draws cards in the browser must ship (src/dictionaries/subset.ts). */
export const CARD_STRINGS = [
  'card',
  'kind',
  'tiers',
  'tierWord',
  'where',
  'starts',
  'search.distance',
  'vocab.strand',
  'vocab.status',
  'vocab.language',
  'vocab.route',
  'vocab.priorityGroup',
  'detail.tiers',
  'detail.routes',
  'detail.priorityGroups',
  'detail.onlyFor',
  'detail.openToAll',
  'detail.lastReviewed',
] as const;
/** A translator that knows at least the card's words. */
export type CardTranslator = Translator<KeysUnder<(typeof CARD_STRINGS)[number]>>;

/** The fields of a search document a card reads. */
export type CardSource = Pick<
  SearchDoc,
  | 'id'
  | 'kind'
  | 'strand'
  | 'title'
  | 'providerName'
  | 'tiers'
  | 'areas'
  | 'walesWide'
  | 'language'
  | 'delivery'
  | 'starts'
  | 'towns'
  | 'status'
  | 'illustrative'
  | 'routes'
  | 'priorityGroups'
  | 'onlyForPriorityGroups'
  | 'lastReviewed'
>;

export type CardFactKey =
  | 'provider'
  | 'tiers'
  | 'language'
  | 'where'
  | 'starts'
  | 'tierNumbers'
  | 'routes'
  | 'priorityGroups'
  | 'lastReviewed';

export interface CardFact {
  key: CardFactKey;
  term: string;
  value: string;
}

export interface CardModel {
  id: string;
  kind: Kind;
  href: string;
  /** The title in the page's language, or English with its lang when Welsh is missing. */
  title: LocalText;
  /** "Course", or "Jobs Growth Wales+ · Engagement". */
  kindLabel: string;
  badges: { text: string; title?: string }[];
  facts: CardFact[];
  /** Set when the card is shown by distance from a place (search near a town). */
  distanceKm: number | null;
}

export interface CardOptions {
  /** The detail page's path with ":id" to fill in (detailPathTemplate). */
  detailPath: string;
  /** An area's name in the page's language. */
  areaName: (id: string) => string;
  /** Distance from the place searched near, when there is one. */
  km?: number | null;
  /** The town of the venue that distance is to (an index into the doc's towns). */
  town?: number | null;
  /** The professional view: tier numbers, ways in, priority groups and review date. */
  pro?: boolean;
  /** Today (YYYY-MM-DD): the build date on static pages, the visitor's date in the browser. Start dates before it are not shown. */
  today?: string;
}

/** How many places are named before "and N more". */
const PLACES_NAMED = 3;

/** Where it happens, in a few words: the distance, else towns with venues, else area names, else "anywhere in Wales". */
export const whereText = (doc: CardSource, t: CardTranslator, options: CardOptions): string => {
  const f = formatters(t.lang);
  if (options.km !== undefined && options.km !== null) {
    const distance = t('search.distance', { km: f.oneDecimal(options.km), miles: f.oneDecimal(kmToMiles(options.km)) });
    const town = options.town === undefined || options.town === null ? undefined : doc.towns[t.lang][options.town];
    return town ? t('where.nearTown', { town, distance }) : distance;
  }
  if (doc.walesWide)
    return doc.delivery === 'online' ? `${t('where.walesWide')} (${t('where.online')})` : t('where.walesWide');
  const towns = [...new Set(doc.towns[t.lang])];
  const places = towns.length > 0 ? towns : doc.areas.map(options.areaName);
  const shown =
    places.length > PLACES_NAMED
      ? t('where.severalAreas', { first: places.slice(0, 2).join(', '), more: places.length - 2 })
      : places.join(', ');
  if (doc.delivery === 'online') return `${t('where.online')} (${shown})`;
  if (doc.delivery === 'outreach' && towns.length === 0) return `${t('where.outreach')} (${shown})`;
  return shown;
};

/** The listed start dates still to come on `today` (YYYY-MM-DD): the rule every page and its JSON-LD share. */
export const datesToCome = (dates: readonly string[], today: string): string[] => dates.filter((date) => date >= today);

/**
 * "Any time", "September", or the listed dates still to come on `today` (YYYY-MM-DD): a date
 * that has passed is never offered as a start. When every listed date has passed, the card
 * says to ask for the next one (and `validate` warns, so that someone updates the record).
 */
export const startsText = (starts: CardSource['starts'], t: CardTranslator, today = ''): string => {
  if (starts === 'september' || starts === 'rolling') return t(`starts.${starts}`);
  const f = formatters(t.lang);
  const coming = datesToCome(starts, today);
  return coming.length > 0 ? coming.map((date) => f.date(date)).join(', ') : t('starts.askNext');
};

/** Tiers in plain words, e.g. "Not ready for work or learning yet; Ready to find work or learning". */
export const tiersInWords = (tiers: readonly Tier[], t: CardTranslator): string =>
  tiers.map((tier) => t(`tiers.${tier}.short`)).join('; ');

/** Tier numbers with their short names, for professionals: "Tier 2 (…), Tier 3 (…)". */
export const tiersForProfessionals = (tiers: readonly Tier[], t: CardTranslator): string =>
  tiers.map((tier) => `${t('tierWord', { tier })} (${t(`tiers.${tier}.short`)})`).join(', ');

/** The value of one of a card's facts ('' when the card does not show it). */
export const factValue = (card: CardModel, key: CardFactKey): string =>
  card.facts.find((fact) => fact.key === key)?.value ?? '';

/**
 * Who an offer is especially for, in words: its priority groups, or "Open to everyone" when it
 * names none. The card's professional view and the detail page both say it this way.
 */
export const priorityGroupsFor = (groups: readonly PriorityGroup[], t: CardTranslator): string[] =>
  groups.length > 0 ? groups.map((group) => t(`vocab.priorityGroup.${group}`)) : [t('detail.openToAll')];

export const cardModel = (doc: CardSource, t: CardTranslator, options: CardOptions): CardModel => {
  const badges: CardModel['badges'] = [];
  if (doc.illustrative) badges.push({ text: t('card.illustrative'), title: t('card.illustrativeLabel') });
  if (doc.status) badges.push({ text: t(`vocab.status.${doc.status}`) });
  // A small marker: the detail page says what it means.
  if (options.today && doc.lastReviewed && reviewIsOld(doc.lastReviewed, options.today))
    badges.push({ text: t('card.oldReview'), title: t('card.oldReviewLabel') });
  const facts: CardFact[] = [
    { key: 'provider', term: t('card.provider'), value: doc.providerName[t.lang] },
    { key: 'tiers', term: t('card.tiers'), value: tiersInWords(doc.tiers, t) },
    { key: 'language', term: t('card.language'), value: t(`vocab.language.${doc.language}`) },
    { key: 'where', term: t('card.where'), value: whereText(doc, t, options) },
    { key: 'starts', term: t('card.starts'), value: startsText(doc.starts, t, options.today) },
  ];
  if (options.pro) {
    facts.push(
      {
        key: 'tierNumbers',
        term: t('detail.tiers'),
        value: doc.tiers.map((tier) => t('tierWord', { tier })).join(', '),
      },
      {
        key: 'routes',
        term: t('detail.routes'),
        value: doc.routes.map((route) => t(`vocab.route.${route}`)).join('; '),
      },
      {
        key: 'priorityGroups',
        term: t(doc.onlyForPriorityGroups ? 'detail.onlyFor' : 'detail.priorityGroups'),
        value: priorityGroupsFor(doc.priorityGroups, t).join('; '),
      },
      { key: 'lastReviewed', term: t('detail.lastReviewed'), value: formatters(t.lang).date(doc.lastReviewed) },
    );
  }
  return {
    id: doc.id,
    kind: doc.kind,
    href: fillDetailPath(options.detailPath, doc.id),
    title: localText(doc.title, t.lang),
    kindLabel: doc.strand ? `${t(`kind.${doc.kind}`)} · ${t(`vocab.strand.${doc.strand}`)}` : t(`kind.${doc.kind}`),
    badges,
    facts,
    distanceKm: options.km ?? null,
  };
};
