/** What ShortlistView.astro writes for the My options page's script: its settings and the strings it ships. Shared by server and client code. */
import type { Locale } from '../lib/i18n/locales.ts';
import type { KeysUnder } from '../lib/i18n/message-keys.ts';
import type { Dictionary } from '../lib/i18n/translate.ts';

/** The dictionary sections the My options page ships; its translator knows these keys alone. */
export const SHORTLIST_PAGE_STRINGS = [
  'shortlist',
  'vocab.status',
  'detail.closedNotice',
  'detail.endedNotice',
  'detail.contactWebsite',
  'detail.contactPhone',
  'detail.contactEmail',
] as const;
export type ShortlistPageKey = KeysUnder<(typeof SHORTLIST_PAGE_STRINGS)[number]>;

export interface ShortlistPageConfig {
  lang: Locale;
  /** How many data files each language has (src/lib/shortlist/chunks.ts). */
  chunks: number;
  /** This page's path. */
  path: string;
  strings: Dictionary;
  fallbackStrings: Dictionary;
}

/** The offline page's strings: its own, and those it shows an option with (shortlist-entries.ts). */
export const OFFLINE_PAGE_STRINGS = ['offline', ...SHORTLIST_PAGE_STRINGS] as const;
export type OfflinePageKey = KeysUnder<(typeof OFFLINE_PAGE_STRINGS)[number]>;

/** What OfflineView.astro writes for src/browser/offline-page.ts. */
export interface OfflinePageConfig {
  lang: Locale;
  chunks: number;
  /** This page's path (in the language it is in). */
  path: string;
  /** A detail page's path, with `:id` for the option's id. */
  detailPath: string;
  /** The search data's folder (its docs.json and titles chunks hold every option's title). */
  dataUrl: string;
  strings: Dictionary;
  fallbackStrings: Dictionary;
}
