/**
 * The gap analysis, run once per build over the whole data set; pages cut it
 * to their scope. The build date can be fixed with LLWYBRAU_BUILD_DATE
 * (YYYY-MM-DD) for a reproducible build.
 */
import { translator } from '../dictionaries/index.ts';
import { ADMIN_PATH, editorPath } from '../lib/cms/paths.ts';
import { buildDate } from '../lib/environment.ts';
import type { Town } from '../lib/gaps/reach.ts';
import { analyseGaps, type GapReport, type Scope, scopeReport, summarise } from '../lib/gaps/report.ts';
import { buildTables, type TableId } from '../lib/gaps/tables/index.ts';
import { demandPeriodOf } from '../lib/gaps/trend.ts';
import { localText } from '../lib/i18n/local-text.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { type PageRef, pathFor, REGION_SLUGS } from '../lib/i18n/routes.ts';
import { REGIONS, type Tier } from '../lib/schema/vocabulary.ts';
import { siteContent } from './content.ts';
import { gazetteer, placeName } from './reference.ts';

/** The most recent demand period, or null when there is none. */
export const demandPeriod = async () => {
  const content = await siteContent();
  return [...content.demand].sort((a, b) => b.period.localeCompare(a.period))[0] ?? null;
};

let cached: Promise<GapReport> | undefined;

/** The latest demand period's counts, the gazetteer's towns and cities, and the analysis over all 22 areas. */
export const gapReport = (): Promise<GapReport> => {
  cached ??= (async () => {
    const content = await siteContent();
    const latest = await demandPeriod();
    const history = content.demand.map(demandPeriodOf);
    const demand = latest ? demandPeriodOf(latest).counts : new Map<string, Record<Tier, number>>();
    const areaByCode = new Map(content.areas.map((area) => [area.code, area.id]));
    const towns: Town[] = gazetteer()
      .filter((place) => (place.type === 'Town' || place.type === 'City') && areaByCode.has(place.laCode))
      .map((place) => ({
        nameEn: place.nameEn,
        nameCy: place.nameCy,
        area: areaByCode.get(place.laCode) as string,
        lat: place.lat,
        lon: place.lon,
      }));
    const started = performance.now();
    const report = analyseGaps({
      provision: content.provision,
      areas: content.areas,
      demand,
      history,
      towns,
      today: buildDate(),
    });
    const ms = performance.now() - started;
    // Read by tools/bench-build-child.ts, which runs the build in the same process.
    (globalThis as { __llwybrauGapAnalysisMs?: number }).__llwybrauGapAnalysisMs = ms;
    console.info(
      `[gaps] analysed ${content.provision.length} entries and ${towns.length} towns in ${ms.toFixed(0)} ms`,
    );
    return report;
  })();
  return cached;
};

/** Every scope the gap pages are built for: all of Wales, each region and each area, with its slug in this language's URLs. */
export const gapScopes = async (lang: Locale): Promise<{ slug: string; scope: Scope; page: PageRef }[]> => {
  const { areas } = await siteContent();
  return [
    { slug: lang === 'cy' ? 'cymru' : 'wales', scope: { type: 'wales' }, page: { route: 'gaps' } },
    ...REGIONS.map((region) => ({
      slug: REGION_SLUGS[region][lang],
      scope: { type: 'region', region } as Scope,
      page: { route: 'gapsRegion', params: { region } } as PageRef,
    })),
    ...areas.map((area) => ({
      slug: area.slug,
      scope: { type: 'area', area: area.id } as Scope,
      page: { route: 'gapsArea', params: { slug: area.slug } } as PageRef,
    })),
  ];
};

const tableCache = new Map<string, ReturnType<typeof computeTables>>();

/** The tables for one scope in one language: what the page shows and the CSV files hold. Built once per scope and language. */
export const gapTables = (scope: Scope, lang: Locale): ReturnType<typeof computeTables> => {
  const key = `${lang}:${JSON.stringify(scope)}`;
  let found = tableCache.get(key);
  if (!found) {
    found = computeTables(scope, lang);
    tableCache.set(key, found);
  }
  return found;
};

const computeTables = async (scope: Scope, lang: Locale) => {
  const content = await siteContent();
  const scoped = scopeReport(await gapReport(), content.provision, scope);
  const t = translator(lang);
  const areaNames = new Map(content.areas.map((area) => [area.id, area.name[lang]]));
  const summaries = summarise(scoped);
  const tables = buildTables(
    scoped,
    {
      t,
      lang,
      areaName: (id) => areaNames.get(id) ?? id,
      townName: (town) => placeName(town, lang),
      editor: (id) => {
        const entry = content.byId.get(id);
        return entry ? editorPath(entry.kind, id) : ADMIN_PATH;
      },
      entry: (id) => {
        const entry = content.byId.get(id);
        const title = entry ? localText(entry.title, lang) : null;
        return {
          title: title ? title.text : id,
          href: pathFor(lang, { route: 'detail', params: { id } }),
          ...(title?.fallback ? { lang: title.lang } : {}),
        };
      },
    },
    summaries,
  );
  return { scoped, tables, summaries };
};

export const csvFileName = (slug: string, table: TableId): string => `${slug}-${table}.csv`;

export const jsonFileName = (slug: string): string => `${slug}.json`;
