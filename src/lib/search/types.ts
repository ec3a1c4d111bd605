/**
 * The compact, serialisable shapes the search island receives.
 * Shared by server and client code: keep it small and free of imports other than types.
 */
import type { AccessRoute, DeliveryLanguage, DeliveryMode, JgwStrand, Kind, Level, PriorityGroup, Region, Status, Tier } from '../content/vocabulary.ts';

/**
 * One provision record, reduced to what search, filters, cards and map markers
 * need. Field names are the schema's, so one idea has one name (docs/architecture.md).
 */
export interface SearchDoc {
  id: string;
  kind: Kind;
  strand?: JgwStrand;
  /** Display title in each language (Welsh missing → English shown, marked). */
  title: { en: string; cy?: string };
  provider: { en: string; cy: string };
  tiers: readonly Tier[];
  areas: readonly string[];
  regions: readonly Region[];
  walesWide: boolean;
  language: DeliveryLanguage;
  ages: [number, number];
  level: Level;
  delivery: DeliveryMode;
  /** 'september', 'rolling', or the start dates (YYYY-MM-DD) as listed. */
  starts: 'september' | 'rolling' | string[];
  routes: readonly AccessRoute[];
  priorityGroups: readonly PriorityGroup[];
  free: boolean;
  /** Venue points as [lat, lon, town], rounded; town is the index of the venue's town in `towns`. */
  venues: readonly (readonly [number, number, number])[];
  /** The distinct venue towns in English and Welsh, for the result card. */
  towns: { readonly en: readonly string[]; readonly cy: readonly string[] };
  lastReviewed: string;
  /** Left out when active, which almost every record is, to keep the index small. */
  status?: Exclude<Status, 'active'>;
  illustrative: boolean;
}

/** The normalised text Fuse indexes (both languages). Used at build time only; never shipped per doc. */
export interface MatchText {
  title: string;
  subject: string;
  provider: string;
  place: string;
  summary: string;
}

/** A place a visitor can search near: a town or village, with the area (id) it lies in, or '' when unknown. */
export type PlaceRow = [nameEn: string, nameCy: string, lat: number, lon: number, area: string];

export interface SearchIndexAsset {
  docs: SearchDoc[];
  /** Every distinct normalised word, sorted (see match.ts). */
  terms: string[];
  /** For each term, docIndex × 32 + mask of the fields containing it, delta-encoded (postings.ts encodePostings). */
  postings: string[];
  /** For each entry, the number of distinct words in its title. */
  titleLengths: number[];
  /** For each entry, the month of its last review (postings.ts reviewMonth). */
  reviewed: number[];
  /** Groups of words that stand for each other (content/synonyms.yaml), normalised. */
  synonyms: Synonyms;
}

/** content/synonyms.yaml, normalised: groups of words that mean the same, and groups of related words. */
export interface Synonyms {
  same: string[][];
  related: string[][];
}
