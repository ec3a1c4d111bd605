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
import { encodePostings, reviewMonth } from './postings.ts';
import type { MatchText, SearchDoc, SearchIndexAsset, Synonyms } from './types.ts';

/** The labels of a record's kind, sector, service type, strand and apprenticeship level, in each language given. */
export const subjectLabels = (entry: Provision, translators: readonly Translator[]): string[] => {
  const keys: MessageKey[] = [`kind.${entry.kind}`];
  if ('sector' in entry && entry.sector) keys.push(`vocab.sector.${entry.sector}`);
  if (entry.kind === 'support') keys.push(`vocab.serviceType.${entry.serviceType}`);
  if (entry.kind === 'jgw') keys.push(`vocab.strand.${entry.strand}`);
  if (entry.kind === 'apprenticeship') keys.push(`vocab.apprenticeshipLevel.${entry.apprenticeshipLevel}`);
  return keys.flatMap((key) => translators.map((t) => t(key)));
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
  };
};

/** `synonyms` are the groups of content/synonyms.yaml, normalised (readSynonyms). */
export const buildSearchIndex = (
  entries: readonly Provision[],
  ctx: IndexContext,
  synonyms?: Synonyms,
): SearchIndexAsset => {
  const indexed = entries.filter(isLive).map((entry) => toIndexed(entry, ctx));
  // The index holds the text; the docs shipped with it need only what a result card shows.
  return {
    docs: indexed.map((row) => row.doc),
    ...buildMatchIndex(
      indexed.map((row) => row.match),
      synonyms,
      indexed.map((row) => row.doc.lastReviewed),
    ),
  };
};
