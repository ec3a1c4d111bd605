/**
 * What the map page's script is given by the server, as JSON in a data attribute of the page:
 * small and serialisable. Shared by server and client code.
 */
import { CARD_STRINGS } from '../lib/cards/card.ts';
import type { TileLayerConfig } from '../lib/geo/tiles.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import type { KeysUnder } from '../lib/i18n/message-keys.ts';
import type { Dictionary } from '../lib/i18n/translate.ts';
import type { AreaOption } from '../lib/search/filter-model.ts';

export interface MapPageConfig {
  lang: Locale;
  /** Only the UI strings the script uses, in this language; English fills any gap. */
  strings: Dictionary;
  fallbackStrings: Dictionary;
  /** Sorted in the page's language. */
  areas: AreaOption[];
  /** Detail page path with ":id" to fill in. */
  detailPath: string;
  /** The search page in this language: the same query string opens the same results there. */
  searchPath: string;
  /** The About the data page: every source and licence. */
  aboutPath: string;
  /** The search data directory (lib/search/asset.ts), ending in a slash. */
  dataUrl: string;
  placesUrl: string;
  /** Null when the reference data was missing at build time: the map shows markers and a notice. */
  boundariesUrl: string | null;
  /** Off (null) unless configured at build time. */
  tiles: TileLayerConfig | null;
  /** Attribution lines from the reference data's README.txt, shown in the map's attribution control. */
  attributions: string[];
}

/** The dictionary sections the map page ships: a card's words, and the map's and the search's own. */
export const MAP_STRINGS = [...CARD_STRINGS, 'map', 'search', 'count.options', 'count.venues'] as const;
/** The map page's translator knows these keys alone: a key outside them fails the type check. */
export type MapKey = KeysUnder<(typeof MAP_STRINGS)[number]>;
