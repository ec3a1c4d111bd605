/**
 * The search state that the search page (islands/SearchApp.tsx) and the map page (map-page.ts)
 * share, kept in one place: read from the URL, written back to it (at once, or once typing
 * pauses), restored by back and forward, carried by the language switch, and the places
 * fetched once a place is asked for. Both pages render from it and call `commit`. Browser code.
 */
import type { Locale } from '../lib/i18n/locales.ts';
import { createPlaceResolver, type PlaceMatch, type PlacesAsset } from '../lib/search/places.ts';
import { decodeState, encodeState, type SearchState } from '../lib/search/state.ts';
import { fetchJsonEarly } from './early-data.ts';
import { keepQueryOnLanguageSwitch } from './lang-switch.ts';
import { loadFuse } from './load-fuse.ts';

export { WIDE_SCREEN } from '../lib/layout.ts';

/** How long typing must pause before the address bar follows the query. */
const TYPING_DELAY_MS = 400;

/**
 * Today on the visitor's clock (YYYY-MM-DD), as the cards in the browser need it: start dates
 * before it are not offered. Static pages use the build date instead.
 */
export const visitorToday = (): string => new Date().toISOString().slice(0, 10);

/** How a change reaches the address bar: a history step, in place, or in place once typing pauses. */
export type CommitMode = 'push' | 'replace' | 'typing';

export interface SearchControllerOptions {
  lang: Locale;
  /** The real areas: the area filter keeps only these. */
  areaIds: readonly string[];
  placesUrl: string;
  /** The page's own query parameters after the search's (the map's `view=list`), with their `&`. */
  extra?: () => string;
}

export interface SearchController {
  /** The state now; a new object after every change, so it can be compared by identity. */
  state: () => SearchState;
  /**
   * The place searched near, once the places have arrived; null when none is asked for or they are on
   * their way. `near` is the place field's text unless given: the page gives the place its query names
   * when the field is empty (lib/search/query.ts), and asking fetches the places.
   */
  place: (near?: string) => PlaceMatch | null;
  /** Whether a place is asked for and the places are not here (on their way, or failed): results would be for all of Wales. */
  waitingForPlaces: (near?: string) => boolean;
  /** Whether fetching the places failed. */
  placesFailed: () => boolean;
  commit: (next: SearchState, mode?: CommitMode) => void;
  /** Writes an address that typing left pending (on leaving the box or the page). */
  flush: () => void;
  /** Writes the address again for the same state, when the page's own part changed (the map's view); notifies no one. */
  rewrite: () => void;
  /** Stops listening to the window (the island unmounting). */
  dispose: () => void;
  /** Called after every change: a commit, back or forward, or the places arriving. */
  subscribe: (listener: () => void) => () => void;
  /** Called when back or forward changed the state, so that pages refill their text boxes. */
  onNavigate: (listener: (state: SearchState) => void) => () => void;
}

export const createSearchController = (options: SearchControllerOptions): SearchController => {
  let state = decodeState(window.location.search, options.areaIds);
  let resolve: ((query: string, lang: Locale) => PlaceMatch) | null = null;
  let fetching = false;
  let failed = false;
  let pending: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();
  const navigators = new Set<(state: SearchState) => void>();

  const query = () => {
    const search = encodeState(state);
    const extra = options.extra?.() ?? '';
    return extra ? `${search || '?'}${search ? '&' : ''}${extra}` : search;
  };
  const here = () => `${window.location.pathname}${window.location.search}`;

  // Fetched once: a failure is reported (placesFailed) and not retried on every keystroke.
  const wantPlaces = (near = state.near) => {
    if (near.trim() === '' || resolve || fetching || failed) return;
    fetching = true;
    fetchJsonEarly<PlacesAsset>(options.placesUrl)
      .then((asset) => {
        resolve = createPlaceResolver(asset, null);
        changed();
        // Close spellings of an unknown place need Fuse, loaded apart from the page's own code: until it is here
        // (or if it cannot be fetched), an unknown place is named as such, with no suggestions.
        loadFuse().then(
          (FuseClass) => {
            resolve = createPlaceResolver(asset, FuseClass);
            changed();
          },
          () => undefined,
        );
      })
      .catch(() => {
        failed = true;
        changed();
      })
      .finally(() => {
        fetching = false;
      });
  };

  const changed = () => {
    keepQueryOnLanguageSwitch(query());
    wantPlaces();
    for (const listener of listeners) listener();
  };

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending !== null && pending !== here()) window.history.replaceState(null, '', pending);
    pending = null;
  };

  const commit = (next: SearchState, mode: CommitMode = 'push') => {
    state = next;
    const url = `${window.location.pathname}${query()}`;
    if (mode === 'typing') {
      // Each replaceState is a same-document navigation, after which Chromium fetches and decodes the favicon
      // again, which cost about as much as drawing the results (bench:search): the address follows a pause.
      pending = url;
      clearTimeout(timer);
      timer = setTimeout(flush, TYPING_DELAY_MS);
    } else {
      flush();
      if (mode === 'push') window.history.pushState(null, '', url);
      else if (url !== here()) window.history.replaceState(null, '', url);
    }
    changed();
  };

  const onPopState = () => {
    // An address typing left pending belongs to the page being left.
    clearTimeout(timer);
    pending = null;
    state = decodeState(window.location.search, options.areaIds);
    for (const navigate of navigators) navigate(state);
    changed();
  };
  window.addEventListener('popstate', onPopState);
  window.addEventListener('pagehide', flush);
  keepQueryOnLanguageSwitch(query());
  wantPlaces();

  // The place for the near text, worked out once per text (and again when the places arrive): an unknown
  // place runs a fuzzy search, and a new object each time would redo every result that depends on it.
  type Resolve = (query: string, lang: Locale) => PlaceMatch;
  let placeFor: { near: string; resolve: Resolve; match: PlaceMatch } | null = null;
  const place = (near = state.near): PlaceMatch | null => {
    if (near.trim() === '') return null;
    if (!resolve) {
      wantPlaces(near);
      return null;
    }
    if (placeFor === null || placeFor.near !== near || placeFor.resolve !== resolve)
      placeFor = { near, resolve, match: resolve(near, options.lang) };
    return placeFor.match;
  };

  return {
    state: () => state,
    place,
    waitingForPlaces: (near = state.near) => near.trim() !== '' && resolve === null,
    placesFailed: () => failed,
    commit,
    flush,
    rewrite: () => {
      flush();
      const url = `${window.location.pathname}${query()}`;
      if (url !== here()) window.history.replaceState(null, '', url);
      keepQueryOnLanguageSwitch(query());
    },
    dispose: () => {
      flush();
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('pagehide', flush);
      listeners.clear();
      navigators.clear();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onNavigate: (listener) => {
      navigators.add(listener);
      return () => navigators.delete(listener);
    },
  };
};
