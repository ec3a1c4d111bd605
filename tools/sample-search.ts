/**
 * The sample content's search, built in Node the way the site builds it (the same
 * index, subject labels, Welsh town names, synonyms, concepts and towns), and searched the way
 * the search page searches (a place named in the query searched near), for the judged-query
 * test and `npm run bench:search`. Needs no build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fuse from 'fuse.js/basic';
import yaml from 'yaml';
import cy from '../src/dictionaries/cy.json' with { type: 'json' };
import en from '../src/dictionaries/en.json' with { type: 'json' };
import { loadContent } from '../src/lib/content/load.ts';
import { referenceDataDir } from '../src/lib/environment.ts';
import { parseOutcodes, parsePlaces, searchablePlaces, townsOf, welshNames } from '../src/lib/geo/gazetteer.ts';
import { createTranslator, type Dictionary } from '../src/lib/i18n/translate.ts';
import { applyTitles, type SplitAsset, splitSearchAsset } from '../src/lib/search/asset.ts';
import { buildSearchIndex, subjectLabels } from '../src/lib/search/build-index.ts';
import { applyFilters, hitsNear } from '../src/lib/search/filters.ts';
import { hydrateDocs } from '../src/lib/search/hydrate.ts';
import { createMatcher, giveTypos, searchDocs, searchKey } from '../src/lib/search/match.ts';
import { createPlaceResolver, type PlacesAsset } from '../src/lib/search/places.ts';
import { understand } from '../src/lib/search/query.ts';
import { emptyState } from '../src/lib/search/state.ts';
import type { SearchIndexAsset } from '../src/lib/search/types.ts';
import { type JudgedQuery, judgedQuerySchema } from './judge.ts';

export const JUDGED_FILE = 'tests/search/judged-queries.yaml';

/** The judged queries, checked: a malformed entry names its index and what is wrong. */
export const judgedQueries = (): JudgedQuery[] => {
  const raw = yaml.parse(readFileSync(JUDGED_FILE, 'utf8'));
  if (!Array.isArray(raw)) throw new Error(`${JUDGED_FILE}: expected a list of queries`);
  return raw.map((item, i) => {
    const parsed = judgedQuerySchema.safeParse(item);
    if (!parsed.success)
      throw new Error(
        `${JUDGED_FILE}: [${i}]: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`,
      );
    return parsed.data;
  });
};

/** The sample's search index, built as the site builds it. */
export const sampleIndex = (
  contentDir = 'content',
): { asset: SearchIndexAsset; ids: Set<string>; placesAsset: PlacesAsset } => {
  const { content, synonyms, concepts } = loadContent(contentDir);
  const dictionaries = { en: en as Dictionary, cy: cy as Dictionary };
  const translators = [createTranslator(dictionaries, 'en'), createTranslator(dictionaries, 'cy')];
  const placesFile = join(referenceDataDir(), 'wales-places.csv');
  const places = existsSync(placesFile) ? parsePlaces(readFileSync(placesFile, 'utf8')) : [];
  const outcodesFile = join(referenceDataDir(), 'wales-outcodes.csv');
  const outcodes = existsSync(outcodesFile) ? parseOutcodes(readFileSync(outcodesFile, 'utf8')) : {};
  const areaOfCode = new Map(content.areas.map((area) => [area.code, area.id]));
  const searchable = searchablePlaces(places);
  const towns = new Set(townsOf(places));
  const townTypes = searchable.map((place) => towns.has(place));
  const placesAsset: PlacesAsset = {
    places: searchable.map((place) => [
      place.nameEn,
      place.nameCy,
      place.lat,
      place.lon,
      areaOfCode.get(place.laCode) ?? '',
    ]),
    outcodes: Object.fromEntries(
      Object.entries(outcodes).map(([code, [lat, lon, la]]) => [code, [lat, lon, areaOfCode.get(la) ?? '']]),
    ),
  };
  const welsh = welshNames(places);
  const areas = new Map(content.areas.map((area) => [area.id, area]));
  const providers = new Map(content.providers.map((provider) => [provider.id, provider]));
  const asset = buildSearchIndex(
    content.provision,
    {
      providerName: (id) => providers.get(id)?.name ?? { en: id, cy: id },
      area: (id) => areas.get(id),
      subjectLabels: (entry) => subjectLabels(entry, translators),
      welshTown: (town) => welsh.get(town) ?? town,
    },
    { synonyms, concepts, towns: placesAsset.places.filter((_, i) => townTypes[i]) },
  );
  return { asset, ids: new Set(content.provision.map((entry) => entry.id)), placesAsset };
};

/**
 * Ids of the results for a query, best first, as the search page orders them: a place named in
 * the query searched near (outreach in its area, then by distance, then Wales-wide offers), then
 * partial matches; searched as the browser does, over the parts the site publishes, each through
 * JSON, with every titles chunk applied.
 */
export const sampleSearch = (contentDir = 'content'): { search: (query: string) => string[]; ids: Set<string> } => {
  const { asset, ids, placesAsset } = sampleIndex(contentDir);
  const shipped = JSON.parse(JSON.stringify(splitSearchAsset(asset))) as SplitAsset;
  const docs = hydrateDocs(shipped.docs);
  for (const chunk of shipped.titles) applyTitles(docs, chunk);
  const matcher = createMatcher(docs, shipped.match);
  giveTypos(matcher, Fuse);
  const resolve = createPlaceResolver(placesAsset, Fuse);
  const state = emptyState();
  return {
    search: (query) => {
      const understood = understand(matcher, searchKey(query));
      const hits = searchDocs(matcher, understood);
      const found = understood.place ? resolve(understood.place.name) : null;
      const place = found?.found ? found : null;
      const results = applyFilters(hitsNear(hits, state, place), state, place);
      return [...results.local, ...results.anywhere, ...results.partial].map((hit) => hit.doc.id);
    },
    ids,
  };
};
