/**
 * Builds the search index asset on the server at build time: compact docs and
 * a precomputed Fuse index, so the browser only parses JSON.
 */
import Fuse from 'fuse.js';
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

export const toSearchDoc = (entry: Provision, ctx: IndexContext): SearchDoc & { match: MatchText } => {
  const areas = entry.areas.map((id) => ctx.area(id)).filter((area) => area !== undefined);
  const townsEn = [...new Set(entry.venues.map((venue) => venue.town))];
  const townsCy = townsEn.map(ctx.welshTown);
  const provider = ctx.providerName(entry.provider);
  const title = { en: truncate(entry.title.en, TITLE_CHARS), ...(entry.title.cy ? { cy: truncate(entry.title.cy, TITLE_CHARS) } : {}) };
  const joined = (...parts: (string | undefined)[]) => normalise(parts.filter(Boolean).join(' | '));
  return {
    id: entry.id,
    kind: entry.kind,
    ...(entry.kind === 'jgw' ? { strand: entry.strand } : {}),
    title,
    provider,
    tiers: [...entry.tiers].sort() as SearchDoc['tiers'],
    areas: entry.areas,
    regions: [...new Set(areas.map((area) => area.region))],
    walesWide: entry.walesWide,
    language: entry.language,
    ages: [entry.ages.min, entry.ages.max],
    level: entry.level,
    delivery: entry.delivery,
    starts: typeof entry.starts === 'string' ? entry.starts : ([...entry.starts.dates].sort()[0] ?? ''),
    routes: entry.access.routes,
    groups: entry.priorityGroups,
    free: entry.cost.free,
    venues: entry.venues.map((venue) => [Number(venue.lat.toFixed(4)), Number(venue.lon.toFixed(4))]),
    towns: { en: townsEn, cy: townsCy },
    lastReviewed: entry.lastReviewed,
    illustrative: entry.illustrative,
    match: {
      title: joined(entry.title.en, entry.title.cy),
      subject: joined(...ctx.subjectLabels(entry)),
      provider: joined(provider.en, provider.cy),
      place: joined(...townsEn, ...townsCy, ...areas.flatMap((area) => [area.name.en, area.name.cy])),
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
  const indexed = entries.filter(isLive).map((entry) => toSearchDoc(entry, ctx));
  // The index holds the text; the docs shipped with it need only what a result card shows.
  const docs = indexed.map(({ match: _match, ...doc }) => doc);
  return { docs, ...buildMatchIndex(indexed.map((doc) => doc.match)) };
};
