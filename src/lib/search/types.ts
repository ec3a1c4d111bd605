/**
 * The compact, serialisable shapes the search island receives.
 * Shared by server and client code: keep it small and free of imports other than types.
 */

/** One provision record, reduced to what search, filters, cards and map markers need: declared field by field in fields.ts. */
export type { SearchDoc } from './fields.ts';

import type { SearchDoc } from './fields.ts';

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
  /** Each concept of content/vocabulary.yaml: its words, the entries tagged with it, and those whose text says it (postings.ts encodePostings). */
  concepts: [phrases: string[], tagged: string, said: string][];
  /** Towns and cities a query may name: names, point and area, as in the places asset. */
  towns: PlaceRow[];
}

/** content/synonyms.yaml, normalised: groups of words that mean the same, and groups of related words. */
export interface Synonyms {
  same: string[][];
  related: string[][];
}

/** A concept of content/vocabulary.yaml, normalised: the tags it stands for ("group:care-leavers") and the words for it, both languages. */
export interface Concept {
  tags: string[];
  phrases: string[];
}

/** A tier's browse page, for the way on when nothing matches. */
export interface TierLink {
  href: string;
  label: string;
}

/** A national service to talk to when nothing matches (Working Wales, Meic): from its record in the content. */
export interface HelpRoute {
  /** Its page on this site. */
  href: string;
  title: string;
  /** Set when the title is not in the page's language (no Welsh written): English. */
  titleLang?: 'en' | 'cy';
  phone?: string;
  /** How to get in touch, in the page's language. */
  how?: string;
}
