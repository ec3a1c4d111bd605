/** The feed's taxonomies: the Careers Wales tiers, the kinds, the JGW+ strands, the priority groups and the levels, each term with a stable id. */
import type { Provision } from '../content/schema.ts';
import { JGW_STRANDS, KINDS, LEVELS, PRIORITY_GROUPS, TIERS } from '../content/vocabulary.ts';
import type { Translator } from '../i18n/translate.ts';
import { FEED_ROOT, feedId } from './ids.ts';

export interface TaxonomyTerm {
  id: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  term: string;
}
export interface Taxonomy {
  id: string;
  name: string;
  description: string;
  uri: string;
  version: string;
  taxonomy_terms: TaxonomyTerm[];
}

/** The taxonomies the feed uses, each with the record field its terms come from. */
export const TAXONOMIES = ['tiers', 'kinds', 'jgw-strands', 'priority-groups', 'levels'] as const;
export type TaxonomyKey = (typeof TAXONOMIES)[number];

const termValues: Record<TaxonomyKey, readonly (string | number)[]> = {
  tiers: TIERS,
  kinds: KINDS,
  'jgw-strands': JGW_STRANDS,
  'priority-groups': PRIORITY_GROUPS,
  levels: LEVELS,
};

/** The terms a record carries, per taxonomy. */
export const recordTerms = (entry: Provision): [TaxonomyKey, string | number][] => [
  ...entry.tiers.map((tier): [TaxonomyKey, number] => ['tiers', tier]),
  ['kinds', entry.kind],
  ...(entry.kind === 'jgw' ? [['jgw-strands', entry.strand] as [TaxonomyKey, string]] : []),
  ...entry.priorityGroups.map((group): [TaxonomyKey, string] => ['priority-groups', group]),
  ['levels', entry.level],
];

export const buildTaxonomies = (t: Translator, siteUrl: string): Taxonomy[] =>
  TAXONOMIES.map((key) => {
    const id = feedId('taxonomy', key);
    const name = t(`openreferral.taxonomy.${key}.name`);
    const term = (value: string | number): TaxonomyTerm => {
      const label =
        key === 'tiers'
          ? `${t('tierWord', { tier: value })}: ${t(`tiers.${value}.short`)}`
          : key === 'kinds'
            ? t(`kind.${value}`)
            : key === 'jgw-strands'
              ? t(`vocab.strand.${value}`)
              : key === 'priority-groups'
                ? t(`vocab.priorityGroup.${value}`)
                : t(`vocab.level.${value}`);
      const description =
        key === 'tiers' ? `${t(`tiers.${value}.name`)}. ${t(`tiers.${value}.who`)}` : key === 'jgw-strands' ? t(`vocab.strandText.${value}`) : label;
      return { id: feedId('taxonomy', key, 'term', String(value)), name: label, description, taxonomy: name, taxonomy_id: id, term: String(value) };
    };
    return {
      id,
      name,
      description: t(`openreferral.taxonomy.${key}.description`),
      uri: `${siteUrl}${FEED_ROOT}/taxonomies/${id}.json`,
      version: '1',
      taxonomy_terms: termValues[key].map(term),
    };
  });
