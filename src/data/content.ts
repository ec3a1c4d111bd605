/**
 * Every content-collection query in one place. Pages get plain objects with
 * string ids (the shapes in src/lib/schema/schema.ts), never Astro entries,
 * so src/lib can work on them without knowing about Astro.
 */
import { getCollection } from 'astro:content';
import { compareNames } from '../lib/i18n/format.ts';
import type { Area, DemandData, Provider, Provision } from '../lib/schema/schema.ts';

export type AreaRecord = Area & { id: string };
export type ProviderRecord = Provider & { id: string };
export type DemandRecord = DemandData & { id: string };

export interface SiteContent {
  areas: AreaRecord[];
  providers: Map<string, ProviderRecord>;
  provision: Provision[];
  byId: Map<string, Provision>;
  demand: DemandRecord[];
}

/** Records are listed in English alphabetical order in both languages, so that lists match across the language switch. */
const byEnglishName = compareNames('en');

let cached: Promise<SiteContent> | undefined;

const load = async (): Promise<SiteContent> => {
  const [areas, providers, provision, demand] = await Promise.all([
    getCollection('areas'),
    getCollection('providers'),
    getCollection('provision'),
    getCollection('demand'),
  ]);
  // The loader stores each record with its id, references as plain ids (src/content.config.ts).
  const plainProvision = provision
    .map(({ id, data }) => ({ ...data, id }) as Provision)
    .sort((a, b) => byEnglishName(a.title.en, b.title.en));
  return {
    areas: areas.map(({ id, data }) => ({ ...data, id })).sort((a, b) => byEnglishName(a.name.en, b.name.en)),
    providers: new Map(providers.map(({ id, data }) => [id, { ...data, id }])),
    provision: plainProvision,
    byId: new Map(plainProvision.map((entry) => [entry.id, entry])),
    demand: demand.map(({ id, data }) => ({ ...data, id })),
  };
};

/** The whole data set, loaded once per build. */
export const siteContent = (): Promise<SiteContent> => {
  cached ??= load();
  return cached;
};
