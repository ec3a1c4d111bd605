/**
 * The props the search island receives: small and serialisable, built on the server.
 * Shared by server and client code.
 */

import type { Locale } from '../lib/i18n/locales.ts';
import type { Dictionary } from '../lib/i18n/translate.ts';
import type { AreaOption } from '../lib/search/filter-model.ts';

export interface SearchIslandProps {
  lang: Locale;
  /** Only the UI strings the island uses, in this language (English fills any gap). */
  strings: Dictionary;
  fallbackStrings: Dictionary;
  areas: AreaOption[];
  /** Detail page path with ":id" to fill in. */
  detailPath: string;
  /** The map page in this language: the same query string shows the same results there. */
  mapPath: string;
  /** The search data directory (lib/search/asset.ts), ending in a slash. */
  dataUrl: string;
  placesUrl: string;
}
