/**
 * The feed's taxonomies: the Careers Wales tiers, the kinds, the JGW+ strands, the priority groups,
 * the levels and the subjects, each term with a stable id. A subject's term is the tag that
 * content/vocabulary.yaml's concepts name ("sector:motor-vehicle", "service:mental-health"), so a
 * consumer's search words and ours meet on the same concept.
 */

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
  SECTORS,
  SERVICE_TYPES,
  type Sector,
  type ServiceType,
  TIERS,
  type Tier,
} from '../schema/vocabulary.ts';
import { feedId } from './ids.ts';

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
export const TAXONOMIES = ['tiers', 'kinds', 'jgw-strands', 'priority-groups', 'levels', 'subjects'] as const;
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
  subjects: {
    values: [...SECTORS.map((sector) => `sector:${sector}`), ...SERVICE_TYPES.map((type) => `service:${type}`)],
    text: (tag: string, t) => {
      const [field, value] = tag.split(':');
      return field === 'sector'
        ? { name: t(`vocab.sector.${value as Sector}`), description: t('openreferral.subject.sector') }
        : { name: t(`vocab.serviceType.${value as ServiceType}`), description: t('openreferral.subject.service') };
    },
  },
};

const same = (text: string): TermText => ({ name: text, description: text });

/** The terms a record carries, per taxonomy. */
export const recordTerms = (entry: Provision): [TaxonomyKey, string | number][] => [
  ...entry.tiers.map((tier): [TaxonomyKey, number] => ['tiers', tier]),
  ['kinds', entry.kind],
  ...(entry.kind === 'jgw' ? [['jgw-strands', entry.strand] as [TaxonomyKey, string]] : []),
  ...entry.priorityGroups.map((group): [TaxonomyKey, string] => ['priority-groups', group]),
  ['levels', entry.level],
  ...('sector' in entry && entry.sector ? [['subjects', `sector:${entry.sector}`] as [TaxonomyKey, string]] : []),
  ...(entry.kind === 'support' ? [['subjects', `service:${entry.serviceType}`] as [TaxonomyKey, string]] : []),
];

/** `link` gives an address on the site from its path (FeedContext.link); `root` is the feed's folder. */
export const buildTaxonomies = (t: Translator, link: (path: string) => string, root: string): Taxonomy[] =>
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
      uri: link(`${root}/taxonomies/${id}.json`),
      version: '1',
      taxonomy_terms: TERMS[key].values.map(term),
    };
  });
