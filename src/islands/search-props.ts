/**
 * The props the search island receives: small and serialisable, built on the server.
 * Shared by server and client code.
 */

import { CARD_STRINGS } from '../lib/cards/card.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import type { KeysUnder } from '../lib/i18n/message-keys.ts';
import type { Dictionary, Translator } from '../lib/i18n/translate.ts';
import { type AreaOption, FILTER_STRINGS } from '../lib/search/filter-model.ts';

/**
 * The dictionary sections the island ships (src/dictionaries/subset.ts cuts them): a card's and the
 * filters' words, and the page's own. Its translator is typed with these keys alone, so code
 * that asks for a key outside them fails the type check instead of throwing in a browser.
 */
export const SEARCH_STRINGS = [...CARD_STRINGS, ...FILTER_STRINGS, 'search', 'count'] as const;
export type SearchKey = KeysUnder<(typeof SEARCH_STRINGS)[number]>;
export type SearchTranslator = Translator<SearchKey>;

export type { HelpRoute, TierLink } from '../lib/search/types.ts';

import type { HelpRoute, TierLink } from '../lib/search/types.ts';

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
  tiers: TierLink[];
  help: HelpRoute[];
}
