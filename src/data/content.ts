/**
 * Every content-collection query in one place. Pages get plain objects with
 * string ids (the shapes in src/lib/content/schema.ts), never Astro entries,
 * so src/lib can work on them without knowing about Astro.
 */
import { getCollection } from 'astro:content';
import type { Area, DemandData, Provider, Provision } from '../lib/content/schema.ts';

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

const idOf = (ref: { id: string } | string): string => (typeof ref === 'string' ? ref : ref.id);

let cached: Promise<SiteContent> | undefined;

const load = async (): Promise<SiteContent> => {
  const [areas, providers, provision, demand] = await Promise.all([
    getCollection('areas'),
    getCollection('providers'),
    getCollection('provision'),
    getCollection('demand'),
  ]);
  const plainProvision = provision
    .map(
      ({ id, data }) =>
        ({
          ...data,
          id,
          provider: idOf(data.provider),
          areas: data.areas.map(idOf),
          progression: data.progression.map(idOf),
        }) as Provision,
    )
    .sort((a, b) => a.title.en.localeCompare(b.title.en, 'en-GB'));
  return {
    areas: areas.map(({ id, data }) => ({ ...data, id })).sort((a, b) => a.name.en.localeCompare(b.name.en, 'en-GB')),
    providers: new Map(providers.map(({ id, data }) => [id, { ...data, id }])),
    provision: plainProvision,
    byId: new Map(plainProvision.map((entry) => [entry.id, entry])),
    demand: demand.map(({ id, data }) => ({ ...data, id, counts: data.counts.map((row) => ({ ...row, area: idOf(row.area) })) }) as DemandRecord),
  };
};

/** The whole data set, loaded once per build. */
export const siteContent = (): Promise<SiteContent> => {
  cached ??= load();
  return cached;
};
