/**
 * The search island's data, built once per build from the content and the
 * reference data: the index asset and the places asset, and the context that
 * turns a record into its search document (which static cards render too).
 */
import { createHash } from 'node:crypto';
import { translator } from '../dictionaries/index.ts';
import { loadContent } from '../lib/content/load.ts';
import { contentDir } from '../lib/environment.ts';
import { type Place, searchablePlaces, townsOf } from '../lib/geo/gazetteer.ts';
import { localText } from '../lib/i18n/local-text.ts';
import { LOCALE_META, type Locale } from '../lib/i18n/locales.ts';
import { pathFor } from '../lib/i18n/routes.ts';
import type { Provision } from '../lib/schema/schema.ts';
import { TIERS } from '../lib/schema/vocabulary.ts';
import { type SplitAsset, splitSearchAsset } from '../lib/search/asset.ts';
import { buildSearchIndex, subjectLabels } from '../lib/search/build-index.ts';
import { earlyDataScript } from '../lib/search/early.ts';
import { type IndexContext, toSearchDoc } from '../lib/search/fields.ts';
import { eagerUrls, titlesFile } from '../lib/search/loader.ts';
import type { PlacesAsset } from '../lib/search/places.ts';
import type { HelpRoute, PlaceRow, SearchDoc, SearchIndexAsset, TierLink } from '../lib/search/types.ts';
import { siteContent } from './content.ts';
import { gazetteer, placeName, postcodeDistricts } from './reference.ts';

const en = translator('en');
const cy = translator('cy');

let context: Promise<IndexContext> | undefined;

/** How records become search documents: provider and area names, subject labels and Welsh town names. Built once. */
export const indexContext = (): Promise<IndexContext> => {
  context ??= siteContent().then((content) => {
    const areas = new Map(content.areas.map((area) => [area.id, area]));
    return {
      providerName: (id) => content.providers.get(id)?.name ?? { en: id, cy: id },
      area: (id) => areas.get(id),
      subjectLabels: (entry) => subjectLabels(entry, [en, cy]),
      welshTown: (town) => placeName(town, 'cy'),
    };
  });
  return context;
};

let docs: Promise<(entry: Provision) => SearchDoc> | undefined;

/** Each record's search document, made once per build and shared by every page whose cards show it. */
export const searchDocs = (): Promise<(entry: Provision) => SearchDoc> => {
  docs ??= indexContext().then((ctx) => {
    const made = new Map<string, SearchDoc>();
    return (entry) => {
      let doc = made.get(entry.id);
      if (!doc) {
        doc = toSearchDoc(entry, ctx);
        made.set(entry.id, doc);
      }
      return doc;
    };
  });
  return docs;
};

/**
 * The index, with the synonyms of content/synonyms.yaml and the concepts of content/vocabulary.yaml
 * (validated with the rest of the content before the build starts), and the towns a query may name.
 */
export const searchIndexAsset = async (): Promise<SearchIndexAsset> => {
  const { synonyms, concepts } = loadContent(contentDir());
  return buildSearchIndex((await siteContent()).provision, await indexContext(), {
    synonyms,
    concepts,
    towns: await placeRows(townsOf(gazetteer())),
  });
};

let split: Promise<SplitAsset> | undefined;

/** The index in the parts the browser fetches (lib/search/asset.ts): built once per build, written by three endpoints. */
export const splitIndexAsset = (): Promise<SplitAsset> => {
  split ??= searchIndexAsset().then((asset) => splitSearchAsset(asset));
  return split;
};

const round = (n: number) => Number(n.toFixed(4));

/** Places and postcode districts to search near, each with the area (id) it lies in, so that outreach there counts as near. */
/** Places as the browser gets them: names, point rounded, and the area (id) each lies in. */
const placeRows = async (places: readonly Place[]): Promise<PlaceRow[]> => {
  const areaOfCode = new Map((await siteContent()).areas.map((area) => [area.code, area.id]));
  return places.map((place) => [
    place.nameEn,
    place.nameCy,
    round(place.lat),
    round(place.lon),
    areaOfCode.get(place.laCode) ?? '',
  ]);
};

export const placesAsset = async (): Promise<PlacesAsset> => {
  const areaOfCode = new Map((await siteContent()).areas.map((area) => [area.code, area.id]));
  const area = (code: string) => areaOfCode.get(code) ?? '';
  return {
    places: await placeRows(searchablePlaces(gazetteer())),
    outcodes: Object.fromEntries(
      Object.entries(postcodeDistricts()).map(([code, [lat, lon, laCode]]) => [
        code,
        [round(lat), round(lon), area(laCode)],
      ]),
    ),
  };
};

/**
 * The search and map pages' first script (lib/search/early.ts), and its hash for the page's CSP.
 * Base adds the hash in its frontmatter, before its head (where the policy is written) is
 * rendered; a component inside its slot would run too late. The script goes in the body.
 */
export const earlyData = (
  dataUrl: string,
  lang: Locale,
  also: readonly string[] = [],
): { script: string; hash: `sha256-${string}` } => {
  const script = earlyDataScript([...eagerUrls(dataUrl), ...also], LOCALE_META[lang].bcp47);
  return { script, hash: `sha256-${createHash('sha256').update(script).digest('base64')}` };
};

/**
 * The national services a search that finds nothing points to, by record id: Working Wales (careers
 * advice for anyone wanting work or learning) and Meic (the helpline for young people). Their
 * titles, phone numbers and how to get in touch come from their records; a record that is not in
 * the content is left out.
 */
export const HELP_ROUTE_IDS = ['wales-working-wales', 'wales-meic-helpline'] as const;

/** The help routes in a language, for the search island (islands/NothingFound.tsx). */
export const helpRoutes = async (lang: Locale): Promise<HelpRoute[]> => {
  const { provision } = await siteContent();
  return HELP_ROUTE_IDS.flatMap((id) => {
    const entry = provision.find((candidate) => candidate.id === id && candidate.status === 'active');
    if (!entry) return [];
    const title = localText(entry.title, lang);
    const how = entry.access.contact.how ? localText(entry.access.contact.how, lang) : undefined;
    return [
      {
        href: pathFor(lang, { route: 'detail', params: { id } }),
        title: title.text,
        ...(title.fallback ? { titleLang: title.lang } : {}),
        ...(entry.access.contact.phone ? { phone: entry.access.contact.phone } : {}),
        ...(how && !how.fallback ? { how: how.text } : {}),
      },
    ];
  });
};

/** The five tiers' browse pages, for the search island's way on when nothing matches. */
export const tierLinks = (lang: Locale): TierLink[] => {
  const t = translator(lang);
  return TIERS.map((tier) => ({
    href: pathFor(lang, { route: 'tier', params: { tier } }),
    label: `${t('tierWord', { tier })}: ${t(`tiers.${tier}.short`)}`,
  }));
};

/** Every titles chunk of the search data (lib/search/loader.ts), for a page that needs them all from the start: the map. */
export const allTitlesUrls = async (dataUrl: string): Promise<string[]> =>
  (await splitIndexAsset()).titles.map((_, chunk) => `${dataUrl}${titlesFile(chunk)}`);
