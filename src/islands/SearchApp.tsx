/**
 * The search island: typo-tolerant search with filters, "near a place", and
 * state kept in the URL. The page's inline script starts fetching the prebuilt index before the
 * island runs (lib/search/early.ts); places are fetched only when one is asked for.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createTranslator } from '../lib/i18n/translate.ts';
import { chosenFilters, filterModel } from '../lib/search/filter-model.ts';
import { applyFilters, facetCounts, hitsNear } from '../lib/search/filters.ts';
import { loadSearch, type SearchData } from '../lib/search/loader.ts';
import { type Matcher, searchDocs, searchKey } from '../lib/search/match.ts';
import { createPlaceResolver, type PlaceMatch, type PlacesAsset } from '../lib/search/places.ts';
import { decodeState, emptyState, encodeState, type SearchState } from '../lib/search/state.ts';
import { fetchJsonEarly as fetchJson } from '../scripts/early-data.ts';
import { whileIdle } from '../scripts/idle.ts';
import { keepQueryOnLanguageSwitch } from '../scripts/lang-switch.ts';
import { ChosenFilters } from './ChosenFilters.tsx';
import { Filters, type FilterUpdate } from './Filters.tsx';
import { ResultList } from './ResultList.tsx';
import type { SearchIslandProps, SearchKey } from './search-props.ts';

interface Loaded {
  matcher: Matcher;
  data: SearchData;
}

type ResolvePlace = (query: string, lang: 'en' | 'cy') => PlaceMatch;

/** How long typing must pause before the address bar follows the query. */
const URL_DELAY_MS = 400;

export default function SearchApp(props: SearchIslandProps) {
  const { lang } = props;
  const t = useMemo(() => createTranslator<SearchKey>({ en: props.fallbackStrings, cy: props.strings }, lang), [props.strings, props.fallbackStrings, lang]);
  const areaIds = useMemo(() => props.areas.map((area) => area.id), [props.areas]);
  // Labels depend only on the language and the areas, not on the counts: build them once.
  const model = useMemo(() => filterModel(t, props.areas), [t, props.areas]);
  // The server renders the empty view; the URL is read after hydration so the two never disagree.
  const [state, setState] = useState<SearchState>(emptyState);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // Set when the first results are drawn: what "ready" means to a visitor (and to the tests).
  const [shown, setShown] = useState(false);
  const onShown = useCallback(() => setShown(true), []);
  // The places are fetched only when a place is asked for.
  const [resolvePlace, setResolvePlace] = useState<ResolvePlace | null>(null);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState('');
  const [near, setNear] = useState('');
  // Set once the browser runs the island; until then (and without JavaScript) it draws nothing.
  const [mounted, setMounted] = useState(false);
  // The filters start open on a wide screen, folded on a phone.
  const [wide, setWide] = useState(true);

  useEffect(() => {
    setMounted(true);
    setWide(window.matchMedia('(min-width: 60rem)').matches);
    const fromUrl = decodeState(window.location.search, areaIds);
    setState(fromUrl);
    setQuery(fromUrl.q);
    setNear(fromUrl.near);
  }, [areaIds]);

  useEffect(() => {
    let cancelled = false;
    loadSearch(props.dataUrl, fetchJson)
      .then((search) => !cancelled && setLoaded(search))
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [props.dataUrl]);

  // The typo search's indexes are made while the page is idle, so the first misspelt word does not wait for them.
  useEffect(() => (loaded ? whileIdle(loaded.matcher.prepare) : undefined), [loaded]);

  const wantsPlace = state.near.trim() !== '';
  useEffect(() => {
    if (!wantsPlace || resolvePlace) return;
    let cancelled = false;
    fetchJson<PlacesAsset>(props.placesUrl)
      .then((places) => {
        const resolver = createPlaceResolver(places);
        if (!cancelled) setResolvePlace(() => resolver);
      })
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [wantsPlace, resolvePlace, props.placesUrl]);

  // The address the query will be written to once typing pauses (see flushUrl).
  const pendingUrl = useRef<string | null>(null);
  const urlTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Back and forward restore the view the URL describes (and drop an address not yet written).
  useEffect(() => {
    const onPop = () => {
      clearTimeout(urlTimer.current);
      pendingUrl.current = null;
      const next = decodeState(window.location.search, areaIds);
      setState(next);
      setQuery(next.q);
      setNear(next.near);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [areaIds]);

  // The language switch keeps the search: the same query string means the same in both languages.
  useEffect(() => keepQueryOnLanguageSwitch(encodeState(state)), [state]);

  // Typing writes the URL once the typing pauses, or as the box loses focus or the page is left:
  // each history.replaceState is a same-document navigation, and Chromium then fetches and decodes
  // the favicon again, which cost about as much as drawing the results (measured by bench:search).
  const flushUrl = useCallback(() => {
    clearTimeout(urlTimer.current);
    urlTimer.current = undefined;
    if (pendingUrl.current !== null && pendingUrl.current !== `${window.location.pathname}${window.location.search}`) {
      window.history.replaceState(null, '', pendingUrl.current);
    }
    pendingUrl.current = null;
  }, []);
  useEffect(() => {
    window.addEventListener('pagehide', flushUrl);
    return () => {
      window.removeEventListener('pagehide', flushUrl);
      flushUrl();
    };
  }, [flushUrl]);

  const commit = useCallback(
    (next: SearchState, mode: 'push' | 'replace' = 'push') => {
      setState(next);
      const url = `${window.location.pathname}${encodeState(next)}`;
      if (mode === 'push') {
        flushUrl();
        window.history.pushState(null, '', url);
      } else {
        pendingUrl.current = url;
        clearTimeout(urlTimer.current);
        urlTimer.current = setTimeout(flushUrl, URL_DELAY_MS);
      }
    },
    [flushUrl],
  );

  // Typing updates the results at once and the URL in place (no history step per key).
  const onQuery = (value: string) => {
    setQuery(value);
    commit({ ...state, q: value }, 'replace');
  };

  const place = useMemo(() => (resolvePlace && state.near.trim() ? resolvePlace(state.near, lang) : null), [resolvePlace, state.near, lang]);
  // Until the places arrive, results for a place are not shown (they would be for all of Wales).
  const ready = loaded !== null && (!wantsPlace || resolvePlace !== null);
  // Results depend on the query's key and the filters, not on every keystroke: "" → "m" redoes nothing.
  const key = searchKey(state.q);
  const hits = useMemo(() => (loaded ? searchDocs(loaded.matcher, key) : []), [loaded, key]);
  const filterKey = encodeState({ ...state, q: '' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the filters are the state less its query, keyed by their URL form.
  const filters = useMemo(() => ({ ...state, q: '' }), [filterKey]);
  // Where each hit stands near the place, worked out once: counts and results both read it.
  const nearHits = useMemo(() => hitsNear(hits, filters, place?.found ? place : null), [hits, filters, place]);
  const results = useMemo(() => applyFilters(nearHits, filters, place?.found ? place : null), [nearHits, filters, place]);
  // Counts respect the place and distance: an option's count is how many results ticking it would show.
  const counts = useMemo(() => facetCounts(nearHits, filters), [nearHits, filters]);
  const chosen = useMemo(() => chosenFilters(state, model), [state, model]);
  // The search as it stands, for handlers that must not change identity with every keystroke (the filter panel's).
  const latest = useRef(state);
  latest.current = state;
  const updateFilters = useCallback<FilterUpdate>((change) => commit(change(latest.current)), [commit]);
  const clearAll = useCallback(() => {
    setQuery('');
    setNear('');
    commit({ ...emptyState(), pro: latest.current.pro });
  }, [commit]);

  // Nothing is drawn until the browser runs this: without JavaScript the page shows only what works (its <noscript> links).
  if (!mounted) return null;

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
              name="q"
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
              name="near"
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

      {failed && <p className="notice">{t('search.loadError')}</p>}
      {!ready && !failed && <p>{t('search.loading')}</p>}

      {loaded && ready && (
        <div className="search-layout">
          {/* On a phone the filters fold behind one button, so that the first results are on the first screen. */}
          <details className="filters-fold" open={wide}>
            <summary>{chosen.length > 0 ? t('search.filtersChosen', { count: chosen.length }) : t('search.filtersButton')}</summary>
            <Filters t={t} filters={filters} counts={counts} model={model} onUpdate={updateFilters} onClear={clearAll} />
          </details>
          <div className="results-column">
            <ChosenFilters t={t} chosen={chosen} onChange={commit} onClear={clearAll} />
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
            />
          </div>
        </div>
      )}
    </div>
  );
}
