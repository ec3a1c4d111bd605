/**
 * Builds the search index asset on the server at build time: compact docs and
 * a precomputed Fuse index, so the browser only parses JSON.
 */
import Fuse from 'fuse.js';
import { startsOf } from '../content/card.ts';
import type { Provision } from '../content/schema.ts';
import { isLive } from '../content/status.ts';
import type { Region } from '../content/vocabulary.ts';
import { encodePostings, FIELDS, type MatchIndex } from './match.ts';
import { normalise, truncate } from './normalise.ts';
import type { MatchText, SearchDoc, SearchIndexAsset } from './types.ts';

export interface IndexContext {
  providerName: (id: string) => { en: string; cy: string };
  area: (id: string) => { name: { en: string; cy: string }; region: Region } | undefined;
  /** Labels in both languages for the subject (sector or service type), e.g. ["Motor vehicle", "Cerbydau modur"]. */
  subjectLabels: (entry: Provision) => string[];
  /** Welsh form of a town name, where it differs. */
  welshTown: (town: string) => string;
}

const SUMMARY_CHARS = 110;
const TITLE_CHARS = 120;

/** The search document of a record, with full titles: what cards, filters and map markers read. */
export const toSearchDoc = (entry: Provision, ctx: IndexContext): SearchDoc => {
  const areas = entry.areas.map((id) => ctx.area(id)).filter((area) => area !== undefined);
  const townsEn = [...new Set(entry.venues.map((venue) => venue.town))];
  return {
    id: entry.id,
    kind: entry.kind,
    ...(entry.kind === 'jgw' ? { strand: entry.strand } : {}),
    title: { en: entry.title.en, ...(entry.title.cy === undefined ? {} : { cy: entry.title.cy }) },
    provider: ctx.providerName(entry.provider),
    tiers: [...entry.tiers].sort() as SearchDoc['tiers'],
    areas: entry.areas,
    regions: [...new Set(areas.map((area) => area.region))],
    walesWide: entry.walesWide,
    language: entry.language,
    ages: [entry.ages.min, entry.ages.max],
    level: entry.level,
    delivery: entry.delivery,
    starts: startsOf(entry.starts),
    routes: entry.access.routes,
    priorityGroups: entry.priorityGroups,
    free: entry.cost.free,
    venues: entry.venues.map((venue) => [Number(venue.lat.toFixed(4)), Number(venue.lon.toFixed(4))]),
    towns: { en: townsEn, cy: townsEn.map(ctx.welshTown) },
    lastReviewed: entry.lastReviewed,
    ...(entry.status === 'active' ? {} : { status: entry.status }),
    illustrative: entry.illustrative,
  };
};

/** The document as the index ships it (titles cut short), and the text Fuse matches, in both languages. */
const toIndexed = (entry: Provision, ctx: IndexContext): { doc: SearchDoc; match: MatchText } => {
  const doc = toSearchDoc(entry, ctx);
  const areas = entry.areas.map((id) => ctx.area(id)).filter((area) => area !== undefined);
  const joined = (...parts: (string | undefined)[]) => normalise(parts.filter(Boolean).join(' | '));
  const title = { en: truncate(entry.title.en, TITLE_CHARS), ...(entry.title.cy ? { cy: truncate(entry.title.cy, TITLE_CHARS) } : {}) };
  return {
    doc: { ...doc, title },
    match: {
      title: joined(entry.title.en, entry.title.cy),
      subject: joined(...ctx.subjectLabels(entry)),
      provider: joined(doc.provider.en, doc.provider.cy),
      place: joined(...doc.towns.en, ...doc.towns.cy, ...areas.flatMap((area) => [area.name.en, area.name.cy])),
      summary: joined(truncate(entry.summary.en, SUMMARY_CHARS), entry.summary.cy && truncate(entry.summary.cy, SUMMARY_CHARS)),
    },
  };
};

/** Distinct words per field, and the inverted index from words to entries (best field per entry). */
export const buildMatchIndex = (texts: readonly MatchText[]): MatchIndex => {
  const best = new Map<string, Map<number, number>>(); // term → doc → best field index
  texts.forEach((text, doc) => {
    FIELDS.forEach((field, fieldIndex) => {
      for (const term of text[field].split(' ')) {
        if (term.length === 0) continue;
        const docs = best.get(term) ?? new Map<number, number>();
        const current = docs.get(doc);
        if (current === undefined || fieldIndex < current) docs.set(doc, fieldIndex);
        best.set(term, docs);
      }
    });
  });
  const terms = [...best.keys()].sort();
  const postings = terms.map((term) =>
    encodePostings([...(best.get(term) as Map<number, number>)].map(([doc, field]) => doc * FIELDS.length + field).sort((a, b) => a - b)),
  );
  return { terms, postings, fuseIndex: Fuse.createIndex([], terms).toJSON() };
};

export const buildSearchIndex = (entries: readonly Provision[], ctx: IndexContext): SearchIndexAsset => {
  const indexed = entries.filter(isLive).map((entry) => toIndexed(entry, ctx));
  // The index holds the text; the docs shipped with it need only what a result card shows.
  return { docs: indexed.map((row) => row.doc), ...buildMatchIndex(indexed.map((row) => row.match)) };
};
