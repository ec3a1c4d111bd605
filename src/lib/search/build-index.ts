/**
 * Builds the search index asset on the server at build time: compact docs, the
 * vocabulary and the inverted index, so the browser only parses JSON.
 */

import { isLive } from '../content/status.ts';
import type { MessageKey } from '../i18n/message-keys.ts';
import type { Translator } from '../i18n/translate.ts';
import type { Provision } from '../schema/schema.ts';
import { type IndexContext, toSearchDoc } from './fields.ts';
import { FIELD_SLOTS, FIELDS, type MatchIndex } from './match.ts';
import { normalise, truncate } from './normalise.ts';
import { findPhrases, phraseIndex, wordKeys } from './phrases.ts';
import { encodePostings, reviewMonth } from './postings.ts';
import type { Concept, MatchText, PlaceRow, SearchDoc, SearchIndexAsset, Synonyms } from './types.ts';

/** The labels of a record's kind, sector, service type, strand and apprenticeship level, in each language given. */
export const subjectLabels = (entry: Provision, translators: readonly Translator[]): string[] => {
  const keys: MessageKey[] = [`kind.${entry.kind}`];
  if ('sector' in entry && entry.sector) keys.push(`vocab.sector.${entry.sector}`);
  if (entry.kind === 'support') keys.push(`vocab.serviceType.${entry.serviceType}`);
  if (entry.kind === 'jgw') keys.push(`vocab.strand.${entry.strand}`);
  if (entry.kind === 'apprenticeship') keys.push(`vocab.apprenticeshipLevel.${entry.apprenticeshipLevel}`);
  return keys.flatMap((key) => translators.map((t) => t(key)));
};

/** The tags a record carries that content/vocabulary.yaml's concepts can name ("group:care-leavers", "tier:2"…). */
export const recordTags = (entry: Provision): string[] => [
  `kind:${entry.kind}`,
  ...entry.tiers.map((tier) => `tier:${tier}`),
  ...(entry.priorityGroups ?? []).map((group) => `group:${group}`),
  ...('sector' in entry && entry.sector ? [`sector:${entry.sector}`] : []),
  ...(entry.kind === 'support' ? [`service:${entry.serviceType}`] : []),
  ...(entry.kind === 'jgw' ? [`strand:${entry.strand}`] : []),
];

/**
 * Each concept's words, the entries (by index) carrying one of its tags, and the entries whose own
 * title, subject or summary says one of its phrases (in any form: phrases.ts), as the index ships them.
 */
export const conceptPostings = (
  concepts: readonly Concept[],
  tagsOf: readonly (readonly string[])[],
  texts: readonly MatchText[],
): MatchIndex['concepts'] => {
  const index = phraseIndex(concepts.map((concept) => concept.phrases.map((phrase) => phrase.split(' '))));
  const keysOf = new Map<string, Set<string>>();
  const keys = (word: string) => {
    let found = keysOf.get(word);
    if (!found) {
      found = wordKeys(word);
      keysOf.set(word, found);
    }
    return found;
  };
  const said = concepts.map(() => [] as number[]);
  texts.forEach((text, doc) => {
    const concepts = new Set<number>();
    for (const field of [text.title, text.subject, text.summary]) {
      const words = field.split(' ').filter((word) => word.length > 0);
      for (const found of findPhrases(index, words.map(keys))) for (const c of found.concepts) concepts.add(c);
    }
    for (const c of concepts) said[c]?.push(doc);
  });
  return concepts.map((concept, c) => [
    concept.phrases,
    encodePostings(tagsOf.flatMap((tags, doc) => (concept.tags.some((tag) => tags.includes(tag)) ? [doc] : []))),
    encodePostings(said[c] ?? []),
  ]);
};

const TITLE_CHARS = 120;

/** The document as the index ships it (titles cut short), and the text Fuse matches, in both languages. */
const toIndexed = (entry: Provision, ctx: IndexContext): { doc: SearchDoc; match: MatchText } => {
  const doc = toSearchDoc(entry, ctx);
  const areas = entry.areas.map((id) => ctx.area(id)).filter((area) => area !== undefined);
  const joined = (...parts: (string | undefined)[]) => normalise(parts.filter(Boolean).join(' | '));
  const title = {
    en: truncate(entry.title.en, TITLE_CHARS),
    ...(entry.title.cy ? { cy: truncate(entry.title.cy, TITLE_CHARS) } : {}),
  };
  return {
    doc: { ...doc, title },
    match: {
      title: joined(entry.title.en, entry.title.cy),
      subject: joined(...ctx.subjectLabels(entry)),
      provider: joined(doc.providerName.en, doc.providerName.cy),
      place: joined(...doc.towns.en, ...doc.towns.cy, ...areas.flatMap((area) => [area.name.en, area.name.cy])),
      summary: joined(entry.summary.en, entry.summary.cy),
    },
  };
};

/** Distinct words per field, and the inverted index from words to entries, with the fields each is in. */
export const buildMatchIndex = (
  texts: readonly MatchText[],
  synonyms: Synonyms = { same: [], related: [] },
  /** Each entry's last review date, for the last tie-break. */
  reviewed: readonly string[] = [],
): MatchIndex => {
  const masks = new Map<string, Map<number, number>>(); // term → doc → mask of fields
  texts.forEach((text, doc) => {
    FIELDS.forEach((field, bit) => {
      for (const term of text[field].split(' ')) {
        if (term.length === 0) continue;
        const docs = masks.get(term) ?? new Map<number, number>();
        docs.set(doc, (docs.get(doc) ?? 0) | (1 << bit));
        masks.set(term, docs);
      }
    });
  });
  const terms = [...masks.keys()].sort();
  const titleLengths = texts.map((text) => new Set(text.title.split(' ').filter((word) => word.length > 0)).size);
  const postings = terms.map((term) =>
    encodePostings(
      [...(masks.get(term) as Map<number, number>)]
        .map(([doc, mask]) => doc * FIELD_SLOTS + mask)
        .sort((a, b) => a - b),
    ),
  );
  return {
    terms,
    postings,
    titleLengths,
    reviewed: texts.map((_, i) => (reviewed[i] ? reviewMonth(reviewed[i]) : 0)),
    synonyms,
    concepts: [],
    towns: [],
  };
};

/** What search knows beyond the records: content/synonyms.yaml and content/vocabulary.yaml, normalised, and the towns it recognises in a query. */
export interface SearchKnowledge {
  synonyms?: Synonyms;
  concepts?: readonly Concept[];
  /** Towns and cities (lib/geo/gazetteer.ts townsOf), as the places asset writes them: names, point and area. */
  towns?: readonly PlaceRow[];
}

export const buildSearchIndex = (
  entries: readonly Provision[],
  ctx: IndexContext,
  knowledge: SearchKnowledge = {},
): SearchIndexAsset => {
  const live = entries.filter(isLive);
  const indexed = live.map((entry) => toIndexed(entry, ctx));
  // The index holds the text; the docs shipped with it need only what a result card shows.
  return {
    docs: indexed.map((row) => row.doc),
    ...buildMatchIndex(
      indexed.map((row) => row.match),
      knowledge.synonyms,
      indexed.map((row) => row.doc.lastReviewed),
    ),
    concepts: conceptPostings(
      knowledge.concepts ?? [],
      live.map(recordTags),
      indexed.map((row) => row.match),
    ),
    towns: [...(knowledge.towns ?? [])],
  };
};
