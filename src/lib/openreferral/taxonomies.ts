/** The feed's taxonomies: the Careers Wales tiers, the kinds, the JGW+ strands, the priority groups and the levels, each term with a stable id. */

import type { Translator } from '../i18n/translate.ts';
import type { Provision } from '../schema/schema.ts';
import {
  JGW_STRANDS,
  type JgwStrand,
  KINDS,
  type Kind,
  LEVELS,
  type Level,
  PRIORITY_GROUPS,
  type PriorityGroup,
  TIERS,
  type Tier,
} from '../schema/vocabulary.ts';
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

type TermText = { name: string; description: string };

/** Each taxonomy's values, and its terms' names and descriptions in words (keys the type checker knows). */
const TERMS: {
  [K in TaxonomyKey]: { values: readonly (string | number)[]; text: (value: never, t: Translator) => TermText };
} = {
  tiers: {
    values: TIERS,
    text: (tier: Tier, t) => ({
      name: `${t('tierWord', { tier })}: ${t(`tiers.${tier}.short`)}`,
      description: `${t(`tiers.${tier}.name`)}. ${t(`tiers.${tier}.who`)}`,
    }),
  },
  kinds: { values: KINDS, text: (kind: Kind, t) => same(t(`kind.${kind}`)) },
  'jgw-strands': {
    values: JGW_STRANDS,
    text: (strand: JgwStrand, t) => ({
      name: t(`vocab.strand.${strand}`),
      description: t(`vocab.strandText.${strand}`),
    }),
  },
  'priority-groups': {
    values: PRIORITY_GROUPS,
    text: (group: PriorityGroup, t) => same(t(`vocab.priorityGroup.${group}`)),
  },
  levels: { values: LEVELS, text: (level: Level, t) => same(t(`vocab.level.${level}`)) },
};

const same = (text: string): TermText => ({ name: text, description: text });

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
      const { name: label, description } = TERMS[key].text(value as never, t);
      return {
        id: feedId('taxonomy', key, 'term', String(value)),
        name: label,
        description,
        taxonomy: name,
        taxonomy_id: id,
        term: String(value),
      };
    };
    return {
      id,
      name,
      description: t(`openreferral.taxonomy.${key}.description`),
      uri: `${siteUrl}${FEED_ROOT}/taxonomies/${id}.json`,
      version: '1',
      taxonomy_terms: TERMS[key].values.map(term),
    };
  });
