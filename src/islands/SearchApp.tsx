/**
 * The search island: typo-tolerant search with filters, "near a place", and
 * state kept in the URL. The page's inline script starts fetching the prebuilt index before the
 * island runs (lib/search/early.ts); places are fetched only when one is asked for.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { fetchJsonEarly as fetchJson } from '../browser/early-data.ts';
import { yieldToMain } from '../browser/idle.ts';
import {
  type CommitMode,
  createSearchController,
  type SearchController,
  WIDE_SCREEN,
} from '../browser/search-controller.ts';
import { pageTranslator } from '../lib/i18n/translate.ts';
import { chosenFilters, filterModel } from '../lib/search/filter-model.ts';
import { applyFilters, facetCounts, hitsNear } from '../lib/search/filters.ts';
import { loadSearch, type SearchData } from '../lib/search/loader.ts';
import { type Matcher, searchDocs, searchKey } from '../lib/search/match.ts';
import { placeFromRow, placeLabel } from '../lib/search/places.ts';
import { suggestions, understand, whereToSearch, withoutPlace } from '../lib/search/query.ts';
import { emptyState, encodeState, type SearchState, URL_PARAMS } from '../lib/search/state.ts';
import { ChosenFilters } from './ChosenFilters.tsx';
import { Filters, type FilterUpdate } from './Filters.tsx';
import { NothingFound } from './NothingFound.tsx';
import { ResultList } from './ResultList.tsx';
import type { SearchIslandProps, SearchKey } from './search-props.ts';
import { useTypoSearch } from './use-typo-search.ts';

interface Loaded {
  matcher: Matcher;
  data: SearchData;
}

export default function SearchApp(props: SearchIslandProps) {
  const { lang } = props;
  const t = useMemo(
    () => pageTranslator<SearchKey>(props.strings, props.fallbackStrings, lang),
    [props.strings, props.fallbackStrings, lang],
  );
  const areaIds = useMemo(() => props.areas.map((area) => area.id), [props.areas]);
  // Labels depend only on the language and the areas, not on the counts: build them once.
  const model = useMemo(() => filterModel(t, props.areas), [t, props.areas]);
  // The URL, history and places are the search controller's (shared with the map page). The server renders the
  // empty view; the controller is made after hydration, so the two never disagree.
  const [controller, setController] = useState<SearchController | null>(null);
  const [state, setState] = useState<SearchState>(emptyState);
  // Counts the controller's changes, so that the places arriving redraws too.
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // Set when the first results are drawn: what "ready" means to a visitor (and to the tests).
  const [shown, setShown] = useState(false);
  const onShown = useCallback(() => setShown(true), []);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState('');
  const [near, setNear] = useState('');
  // The filters start open on a wide screen, folded on a phone.
  const [wide, setWide] = useState(true);

  useEffect(() => {
    const made = createSearchController({ lang, areaIds, placesUrl: props.placesUrl });
    setController(made);
    setWide(window.matchMedia(WIDE_SCREEN).matches);
    setState(made.state());
    setQuery(made.state().q);
    setNear(made.state().near);
    const unsubscribe = made.subscribe(() => {
      setState(made.state());
      setVersion((n) => n + 1);
    });
    // Back and forward refill the boxes with what the address says.
    const unnavigate = made.onNavigate((next) => {
      setQuery(next.q);
      setNear(next.near);
    });
    return () => {
      unsubscribe();
      unnavigate();
      made.dispose();
    };
  }, [lang, areaIds, props.placesUrl]);

  useEffect(() => {
    let cancelled = false;
    // In slices, and the results drawn in a task of their own: a slow phone answers a tap meanwhile.
    loadSearch(props.dataUrl, fetchJson, yieldToMain)
      .then(async (search) => {
        await yieldToMain();
        if (!cancelled) setLoaded(search);
      })
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [props.dataUrl]);

  const typos = useTypoSearch(loaded?.matcher ?? null);

  const commit = useCallback(
    (next: SearchState, mode: CommitMode = 'push') => controller?.commit(next, mode),
    [controller],
  );
  const flushUrl = useCallback(() => controller?.flush(), [controller]);

  // Typing updates the results at once and the URL in place once typing pauses (no history step per key).
  const onQuery = (value: string) => {
    setQuery(value);
    commit({ ...state, q: value }, 'typing');
  };

  // Results depend on the query's key and the filters, not on every keystroke: "" → "m" redoes nothing.
  const key = searchKey(state.q);
  const fieldNear = state.near.trim() !== '';
  // What the query says: a place it names counts only while the place field is empty (the field says where).
  // biome-ignore lint/correctness/useExhaustiveDependencies: typos is when a misspelt word can be read again.
  const understood = useMemo(
    () => (loaded ? understand(loaded.matcher, key, !fieldNear) : null),
    [loaded, key, fieldNear, typos],
  );
  // A town the query names comes with its point; a postcode, or the place field, is looked up in the places file.
  const { town: queryTown, near: nearText } = whereToSearch(understood, state.near);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version is how the places' arrival reaches this.
  const place = useMemo(
    () => (queryTown ? placeFromRow(queryTown, lang) : (controller?.place(nearText) ?? null)),
    [controller, nearText, queryTown, lang, version],
  );
  const hits = useMemo(
    () => (loaded && understood ? searchDocs(loaded.matcher, understood) : []),
    [loaded, understood],
  );
  // Until the places arrive, results for a place are not shown (they would be for all of Wales); nor, until the typo
  // search arrives, results for a word that needs it (they would miss what the word meant).
  const waitingForTypos = loaded?.matcher.typosWanted === true && typos === 'loading';
  // If the places cannot be fetched the notice says so, and the results stand without the place.
  const waitingForPlaces = controller?.waitingForPlaces(nearText) === true && !controller.placesFailed();
  const ready = loaded !== null && controller !== null && !waitingForPlaces && !waitingForTypos;
  // A place recognised as it is typed keeps the results on screen while the places arrive (the field's waits, as before).
  const shownWhileWaiting = loaded !== null && !fieldNear && understood?.place !== null && !waitingForTypos;
  const filterKey = encodeState({ ...state, q: '' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the filters are the state less its query, keyed by their URL form.
  const filters = useMemo(() => ({ ...state, q: '' }), [filterKey]);
  // Where each hit stands near the place, worked out once: counts and results both read it.
  const nearHits = useMemo(() => hitsNear(hits, filters, place?.found ? place : null), [hits, filters, place]);
  const results = useMemo(
    () => applyFilters(nearHits, filters, place?.found ? place : null),
    [nearHits, filters, place],
  );
  // Counts respect the place and distance: an option's count is how many results ticking it would show.
  const counts = useMemo(() => facetCounts(nearHits, filters), [nearHits, filters]);
  // A place the query names is a chip too: removing it takes its words out of the query.
  const placeName = useMemo(
    () => (place?.found ? placeLabel(place, (id) => props.areas.find((area) => area.id === id)?.name) : null),
    [place, props.areas],
  );
  const placeChip = useMemo(() => {
    if (!loaded || !understood?.place || placeName === null) return null;
    const q = withoutPlace(state.q, understand(loaded.matcher, state.q));
    return { key: 'place', label: t('search.nearChip', { place: placeName }), without: { ...state, q } };
  }, [loaded, understood, placeName, state, t]);
  const chosen = useMemo(
    () => [...(placeChip ? [placeChip] : []), ...chosenFilters(state, model)],
    [placeChip, state, model],
  );
  const nothing = results.total === 0 && results.partial.length === 0 && key !== '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: typos is when the nearest words can be found.
  const offered = useMemo(
    () => (loaded && nothing ? suggestions(loaded.matcher, state.q) : []),
    [loaded, nothing, state.q, typos],
  );
  // The search as it stands, for handlers that must not change identity with every keystroke (the filter panel's).
  const latest = useRef(state);
  latest.current = state;
  const updateFilters = useCallback<FilterUpdate>((change) => commit(change(latest.current)), [commit]);
  const clearAll = useCallback(() => {
    setQuery('');
    setNear('');
    commit({ ...emptyState(), pro: latest.current.pro });
  }, [commit]);

  // A change that rewrites the query (a suggestion taken, the query's place let go) refills the box too.
  const commitWithQuery = useCallback(
    (next: SearchState) => {
      setQuery(next.q);
      commit(next);
    },
    [commit],
  );

  // Nothing is drawn until the browser runs this: without JavaScript the page shows only what works (its <noscript> links).
  if (!controller) return null;

  return (
    <div className="search-app" data-ready={ready && shown ? 'true' : undefined}>
      <search>
        <form
          className="search-form"
          onSubmit={(event) => {
            event.preventDefault();
            commit({ ...state, q: query, near });
          }}
        >
          <div className="field">
            <label htmlFor="search-q">{t('search.queryLabel')}</label>
            <p className="hint" id="search-q-hint">
              {t('search.queryHint')}
            </p>
            <input
              id="search-q"
              type="search"
              name={URL_PARAMS.q}
              value={query}
              aria-describedby="search-q-hint"
              autoComplete="off"
              onChange={(event) => onQuery(event.target.value)}
              onBlur={flushUrl}
            />
          </div>
          <div className="field">
            <label htmlFor="search-near">{t('search.nearLabel')}</label>
            <p className="hint" id="search-near-hint">
              {t('search.nearHint')}
            </p>
            <input
              id="search-near"
              name={URL_PARAMS.near}
              value={near}
              aria-describedby="search-near-hint"
              autoComplete="off"
              onChange={(event) => setNear(event.target.value)}
              onBlur={() => near !== state.near && commit({ ...state, near })}
            />
          </div>
          <button type="submit">{t('search.submit')}</button>
        </form>
      </search>

      {(failed || controller.placesFailed()) && <p className="notice">{t('search.loadError')}</p>}
      {!ready && !failed && !controller.placesFailed() && <p>{t('search.loading')}</p>}

      {loaded && (ready || shownWhileWaiting) && (
        <div className="search-layout">
          {/* On a phone the filters fold behind one button, so that the first results are on the first screen. */}
          <details className="filters-fold" open={wide}>
            <summary>
              {chosen.length > 0 ? t('search.filtersChosen', { count: chosen.length }) : t('search.filtersButton')}
            </summary>
            <Filters
              t={t}
              filters={filters}
              counts={counts}
              model={model}
              onUpdate={updateFilters}
              onClear={clearAll}
            />
          </details>
          <div className="results-column">
            <ChosenFilters t={t} chosen={chosen} onChange={commitWithQuery} onClear={clearAll} />
            <p className="to-map">
              <a href={`${props.mapPath}${encodeState(state)}`} data-testid="search-to-map">
                {t('search.showOnMap')}
              </a>
            </p>
            <ResultList
              t={t}
              state={state}
              results={results}
              data={loaded.data}
              onShown={onShown}
              place={place}
              detailPath={props.detailPath}
              areas={props.areas}
              onSuggestion={(name) => {
                setNear(name);
                commit({ ...state, near: name });
              }}
              nearText={nearText}
              nothingFound={
                nothing &&
                understood && (
                  <NothingFound
                    t={t}
                    query={state.q}
                    understood={understand(loaded.matcher, state.q, !fieldNear)}
                    placeName={placeName}
                    suggestions={offered}
                    onQuery={(q) => commitWithQuery({ ...state, q })}
                    tiers={props.tiers}
                    help={props.help}
                  />
                )
              }
            />
          </div>
        </div>
      )}
    </div>
  );
}
