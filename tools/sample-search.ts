/**
 * The sample content's search, built in Node the way the site builds it (the same
 * index, subject labels, Welsh town names and synonyms), for the judged-query test
 * and `npm run bench:search`. Needs no build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'yaml';
import cy from '../src/dictionaries/cy.json' with { type: 'json' };
import en from '../src/dictionaries/en.json' with { type: 'json' };
import { loadContent } from '../src/lib/content/load.ts';
import { referenceDataDir } from '../src/lib/environment.ts';
import { parsePlaces, welshNames } from '../src/lib/geo/gazetteer.ts';
import { createTranslator, type Dictionary } from '../src/lib/i18n/translate.ts';
import { applyTitles, type SplitAsset, splitSearchAsset } from '../src/lib/search/asset.ts';
import { buildSearchIndex, subjectLabels } from '../src/lib/search/build-index.ts';
import { hydrateDocs } from '../src/lib/search/hydrate.ts';
import { createMatcher, searchDocs } from '../src/lib/search/match.ts';
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
export const sampleIndex = (contentDir = 'content'): { asset: SearchIndexAsset; ids: Set<string> } => {
  const { content, synonyms } = loadContent(contentDir);
  const dictionaries = { en: en as Dictionary, cy: cy as Dictionary };
  const translators = [createTranslator(dictionaries, 'en'), createTranslator(dictionaries, 'cy')];
  const placesFile = join(referenceDataDir(), 'wales-places.csv');
  const welsh = existsSync(placesFile)
    ? welshNames(parsePlaces(readFileSync(placesFile, 'utf8')))
    : new Map<string, string>();
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
    synonyms,
  );
  return { asset, ids: new Set(content.provision.map((entry) => entry.id)) };
};

/**
 * Ids of the results for a query, best first, as the search page orders them (full matches,
 * then partial), searched as the browser does: over the parts the site publishes, each
 * through JSON, with every titles chunk applied.
 */
export const sampleSearch = (contentDir = 'content'): { search: (query: string) => string[]; ids: Set<string> } => {
  const { asset, ids } = sampleIndex(contentDir);
  const shipped = JSON.parse(JSON.stringify(splitSearchAsset(asset))) as SplitAsset;
  const docs = hydrateDocs(shipped.docs);
  for (const chunk of shipped.titles) applyTitles(docs, chunk);
  const matcher = createMatcher(docs, shipped.match);
  return { search: (query) => searchDocs(matcher, query).map((hit) => hit.doc.id), ids };
};
