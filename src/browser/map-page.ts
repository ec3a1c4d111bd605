/**
 * The map page's script. It reads the search state from the URL (the same
 * parameters as the search page), filters the prebuilt search index with the
 * same functions search uses, renders the list and the "available anywhere"
 * panel, and only then loads Leaflet (leaflet-map.ts, a separate chunk) to
 * draw the map. Changing the form updates the URL; back and forward restore it.
 */

import { cardModel } from '../lib/cards/card.ts';
import type { BoundaryAsset } from '../lib/geo/boundary-asset.ts';
import { type MapSplit, splitForMap } from '../lib/geo/markers.ts';
import { pageTranslator } from '../lib/i18n/translate.ts';
import { applyFilters } from '../lib/search/filters.ts';
import { loadSearch } from '../lib/search/loader.ts';
import { type Matcher, searchDocs, searchKey } from '../lib/search/match.ts';
import { type PlaceMatch, placeFromRow, placeLabel } from '../lib/search/places.ts';
import { understand, whereToSearch } from '../lib/search/query.ts';
import { decodeState, encodeState, MAP_VIEW_PARAM, type SearchState } from '../lib/search/state.ts';
import type { SearchDoc } from '../lib/search/types.ts';
import { cardElement } from './card-dom.ts';
import { byIdOn } from './dom.ts';
import { fetchJsonEarly } from './early-data.ts';
import { yieldToMain } from './idle.ts';
import type { FitTarget, LeafletView } from './leaflet-map.ts';
import { loadTypos, type TypoSearch } from './load-fuse.ts';
import type { MapKey, MapPageConfig } from './map-config.ts';
import { mapForm } from './map-form.ts';
import { createSearchController, visitorToday, WIDE_SCREEN } from './search-controller.ts';

/** Cards drawn at first, as on the search page: on a phone the lists sit below the map, and each card costs a slow phone time. */
const PAGE = 20;

const byId = byIdOn('map page');

const config = JSON.parse(byId('map-config').dataset.config ?? '{}') as MapPageConfig;
const { lang } = config;
const t = pageTranslator<MapKey>(config.strings, config.fallbackStrings, lang);
const areaIds = config.areas.map((area) => area.id);
const areaName = new Map(config.areas.map((area) => [area.id, area.name]));
// The page is hidden until now: without JavaScript it shows only the links that work.
byId('map-app').hidden = false;
const form = byId<HTMLFormElement>('map-filters');
const mapHost = byId('map');
const status = byId('map-status');

const viewInUrl = (): 'map' | 'list' =>
  new URLSearchParams(window.location.search).get(MAP_VIEW_PARAM) === 'list' ? 'list' : 'map';
let view = viewInUrl();
// The URL, history, language switch and places: the same controller as the search page's.
const controller = createSearchController({
  lang,
  areaIds,
  placesUrl: config.placesUrl,
  extra: () => (view === 'list' ? `${MAP_VIEW_PARAM}=list` : ''),
});
let state: SearchState = controller.state();
let matcher: Matcher | null = null;
let leaflet: LeafletView | null = null;
let split: MapSplit = { markers: [], placed: [], anywhere: [], outreach: [] };
let fitKey: string | null = null;
let nearPoint: FitTarget['near'] = null;
/** The place searched near: the place field's text, or the place the query names. */
let nearText = '';
/** The typo search (Fuse, loaded apart): a misspelt word waits for it while it is on its way. */
let typos: TypoSearch = 'loading';

// The search data may already be on its way: the page's first script fetched it (lib/search/early.ts).
const fetchJson = fetchJsonEarly;

// ---- Form -----------------------------------------------------------------------

const { stateToForm, formToState } = mapForm(form, byId, areaIds);

// ---- List and "available anywhere" ---------------------------------------------

const areaNameOf = (id: string) => areaName.get(id) ?? id;
const today = visitorToday();
const card = (doc: SearchDoc) => cardModel(doc, t, { detailPath: config.detailPath, areaName: areaNameOf, today });

/** Renders the first page of a list, with a "show more" button for the rest. */
const renderCards = (list: HTMLElement, more: HTMLElement, docs: readonly SearchDoc[]) => {
  let shown = 0;
  const next = () => {
    const batch = docs.slice(shown, shown + (shown === 0 ? PAGE : PAGE * 4));
    list.append(...batch.map((doc) => cardElement(card(doc))));
    shown += batch.length;
    more.hidden = shown >= docs.length;
  };
  list.replaceChildren();
  next();
  const button = more.querySelector('button');
  if (button) button.onclick = next;
};

const renderText = (place: PlaceMatch | null) => {
  const summary =
    split.placed.length === 0
      ? t('map.summaryNone')
      : t('map.summary', {
          offers: t.plural('count.options', split.placed.length),
          places: t.plural('count.venues', split.markers.length),
        });
  const anywhere = t('map.anywhereSummary', { offers: t.plural('count.options', split.anywhere.length) });
  const outreach =
    split.outreach.length > 0
      ? ` ${t('map.outreachSummary', { offers: t.plural('count.options', split.outreach.length) })}`
      : '';
  status.textContent = `${summary} ${anywhere}${outreach}`;
  status.dataset.placed = String(split.placed.length);
  status.dataset.markers = String(split.markers.length);
  status.dataset.anywhere = String(split.anywhere.length);
  status.dataset.outreach = String(split.outreach.length);
  const near = byId('map-near');
  near.hidden = !place;
  if (place)
    near.textContent = place.found
      ? t('search.nearFound', { place: placeLabel(place, (id) => areaName.get(id)) })
      : t('search.unknownPlace', { place: nearText });
  byId('list-count').textContent = `(${t.plural('count.options', split.placed.length)})`;
  byId('anywhere-count').textContent = `(${split.anywhere.length})`;
  renderCards(byId('map-list'), byId('list-more'), split.placed);
  renderCards(byId('anywhere-list'), byId('anywhere-more'), split.anywhere);
  byId('outreach').hidden = split.outreach.length === 0;
  byId('outreach-count').textContent = `(${split.outreach.length})`;
  renderCards(byId('outreach-list'), byId('outreach-more'), split.outreach);
  byId<HTMLAnchorElement>('map-to-search').href = `${config.searchPath}${encodeState(state)}`;
};

/** A wide screen shows the list beside the map (global.css), so both views at once and no switch. */
const wide = window.matchMedia(WIDE_SCREEN);

const showView = () => {
  byId('map-view').hidden = !wide.matches && view !== 'map';
  byId('list-view').hidden = !wide.matches && view !== 'list';
  for (const button of document.querySelectorAll<HTMLButtonElement>('.view-switch button')) {
    button.setAttribute('aria-pressed', String(button.dataset.view === view));
  }
  if (byId('map-view').hidden) return;
  // In the list view, Leaflet and the boundaries wait until the map is first shown.
  if (leaflet) leaflet.resize();
  else void ensureMap();
};

// ---- Filtering -------------------------------------------------------------------

/** Where to fit the map: only when the place filters change, so ticking a kind keeps the view. */
const fitTarget = (): FitTarget | null => {
  // Whether the place is known yet is part of it: the map fits the circle when the places arrive.
  const key = JSON.stringify([
    state.areas,
    state.regions,
    nearPoint?.lat ?? null,
    nearPoint?.lon ?? null,
    state.radius,
  ]);
  if (key === fitKey) return null;
  fitKey = key;
  const inRegion = config.areas.filter((area) => state.regions.includes(area.region)).map((area) => area.id);
  return { areas: [...new Set([...state.areas, ...(state.areas.length > 0 ? [] : inRegion)])], near: nearPoint };
};

const refresh = () => {
  // Results for a place wait for the places: until then they would be for all of Wales. If they fail, the
  // notice says so and the results stand without the place.
  if (!matcher) return;
  // A place the query names counts as the place field's while that is empty ("courses in Bangor"): search.ts does the same.
  const understood = understand(matcher, searchKey(state.q), state.near.trim() === '');
  // A town the query names comes with its point; a postcode, or the place field, is looked up in the places file.
  const where = whereToSearch(understood, state.near);
  const queryTown = where.town;
  nearText = where.near;
  // Asking for the place fetches the places; a word that needs the typo search waits for it too (this search says so).
  const place = queryTown ? placeFromRow(queryTown, lang) : controller.place(nearText);
  const hits = searchDocs(matcher, understood);
  if (
    (controller.waitingForPlaces(nearText) && !controller.placesFailed()) ||
    (matcher.typosWanted && typos === 'loading')
  )
    return;
  if (controller.placesFailed()) byId('map-error').removeAttribute('hidden');
  nearPoint = place?.found ? { lat: place.lat, lon: place.lon, km: state.radius } : null;
  const results = applyFilters(hits, state, place?.found ? place : null);
  split = splitForMap([...results.local.map((row) => row.doc), ...results.anywhere.map((row) => row.doc)], lang);
  renderText(place);
  leaflet?.show(split.markers, fitTarget());
};

// Every change, from the form, back and forward, or the places arriving, comes through the controller.
controller.subscribe(() => {
  state = controller.state();
  stateToForm(state);
  refresh();
});
controller.onNavigate(() => {
  view = viewInUrl();
  showView();
});
const commit = (next: SearchState) => controller.commit(next);

form.addEventListener('submit', (event) => {
  event.preventDefault();
  commit(formToState());
});
form.addEventListener('change', (event) => {
  // The text box applies on Enter (submit); everything else applies at once.
  if ((event.target as HTMLElement).id === 'm-q') return;
  commit(formToState());
});
byId<HTMLAnchorElement>('m-clear').addEventListener('click', (event) => {
  event.preventDefault();
  commit(decodeState('', areaIds));
});
for (const button of document.querySelectorAll<HTMLButtonElement>('.view-switch button')) {
  button.addEventListener('click', () => {
    view = button.dataset.view === 'list' ? 'list' : 'map';
    // In the address in place, and kept when the visitor switches language; nothing else is redrawn.
    controller.rewrite();
    showView();
  });
}
wide.addEventListener('change', showView);

// ---- Start -----------------------------------------------------------------------

const start = async () => {
  stateToForm(state);
  // Leaflet and the boundaries are fetched beside the search data, and the map drawn while the data comes.
  showView();
  // Start-up is split into short tasks, so that a tap on a slow phone is answered meanwhile.
  await yieldToMain();
  // The controller has started fetching the places already if a place is asked for.
  const search = await loadSearch(config.dataUrl, fetchJson, yieldToMain);
  await yieldToMain();
  // Every marker is labelled with its title, so the map needs them all (a chunk per 250 entries, fetched side by side).
  await search.data.loadAll();
  matcher = search.matcher;
  performance.mark('llwybrau:map-data');
  await yieldToMain();
  refresh();
  // The typo search (Fuse) comes apart, beside the first results; a misspelt word is searched again once it is here.
  const settle = (state: typeof typos) => () => {
    typos = state;
    // Only a search that waited for it is done again: anything else would draw the same results twice.
    if (matcher?.typosWanted) refresh();
  };
  loadTypos(search.matcher, settle('ready'), settle('unavailable'));
};

let creating: Promise<void> | null = null;
/** Loads Leaflet and draws the map, once, into a visible container: Leaflet cannot size or fit a hidden one. */
const ensureMap = (): Promise<void> => {
  creating ??= (async () => {
    const [{ createLeafletMap }, boundaries] = await Promise.all([
      import('./leaflet-map.ts'),
      config.boundariesUrl ? fetchJson<BoundaryAsset>(config.boundariesUrl) : Promise.resolve(null),
    ]);
    const view = await createLeafletMap(mapHost, {
      t,
      lang,
      boundaries,
      tiles: config.tiles,
      attributions: config.attributions,
      aboutUrl: config.aboutPath,
      card,
    });
    performance.mark('llwybrau:map-leaflet');
    await yieldToMain();
    leaflet = view;
    fitKey = null;
    // Until the search data is here, there is nothing to show: refresh() shows the markers when it is.
    if (matcher) view.show(split.markers, fitTarget());
  })();
  creating.catch(showError);
  return creating;
};

const showError = (error: unknown) => {
  console.error(error);
  byId('map-error').hidden = false;
  if (!matcher) status.textContent = t('map.loadError');
};

start().catch(showError);
