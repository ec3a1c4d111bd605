/**
 * The Leaflet map, loaded on demand by map-page.ts after the list has
 * rendered, so Leaflet is a separate chunk that only the map page fetches.
 *
 * No tile server by default: the basemap is the 22 local authority
 * boundaries, drawn as SVG, over a plain sea colour. Markers are clustered;
 * each is a shape and a colour for its kind, a keyboard-reachable button with
 * a text label, and opens a popup whose link takes focus.
 */
import L from 'leaflet';
// In this order: the plugin reads the global L that leaflet-global.ts sets.
import './leaflet-global.ts';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import type { CardModel } from '../lib/cards/card.ts';
import { factsView, kindLineView, titleLang } from '../lib/cards/card-view.ts';
import type { BoundaryAsset, BoundaryFeature } from '../lib/geo/boundary-asset.ts';
import { kindSymbol } from '../lib/geo/kind-style.ts';
import type { MapMarker } from '../lib/geo/markers.ts';
import type { TileLayerConfig } from '../lib/geo/tiles.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import type { Translator } from '../lib/i18n/translate.ts';
import type { SearchDoc } from '../lib/search/types.ts';
import { make } from './dom.ts';
import { yieldToMain } from './idle.ts';
import { addFoldingSources, handFocusToRevealed, placeClustersOnFirstPoint } from './map-clusters.ts';
import type { MapKey } from './map-config.ts';
import { cooperativeTouch, managePopups } from './map-handlers.ts';
import { saveButton } from './shortlist-ui.ts';
import { viewToDom } from './view-dom.ts';

/** What to fit the view to after a change of place filters. */
export interface FitTarget {
  /** Area ids: fit to their boundaries. */
  areas: string[];
  /** A place and radius: fit to the circle. */
  near: { lat: number; lon: number; km: number | null } | null;
}

export interface LeafletView {
  /** Replaces the markers; fits the view when `fit` is given. */
  show: (markers: readonly MapMarker[], fit: FitTarget | null) => void;
  /** Call after the map's container becomes visible again. */
  resize: () => void;
}

export interface LeafletOptions {
  t: Translator<MapKey>;
  boundaries: BoundaryAsset | null;
  tiles: TileLayerConfig | null;
  attributions: string[];
  aboutUrl: string;
  lang: Locale;
  /** The card model of an offer, which its popup renders. */
  card: (doc: SearchDoc) => CardModel;
}

const WALES: L.LatLngBoundsExpression = [
  [51.33, -5.35],
  [53.44, -2.64],
];

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

export const createLeafletMap = async (container: HTMLElement, options: LeafletOptions): Promise<LeafletView> => {
  const { t } = options;
  placeClustersOnFirstPoint();

  const map = L.map(container, {
    zoomControl: false,
    attributionControl: false,
    minZoom: 6,
    maxZoom: 15,
    zoomSnap: 0.5,
    // Room beyond Wales for a popup near the coast to pan into view (tests/e2e/map.spec.ts), but not so much that the map is lost.
    maxBounds: L.latLngBounds(WALES).pad(1.5),
  });
  cooperativeTouch(map, container, t('map.twoFingers'));
  // Controls first in the tab order: before the areas and the (many) markers.
  const controls = (map as unknown as { _controlContainer: HTMLElement })._controlContainer;
  container.insertBefore(controls, container.firstChild);
  const zoom = L.control.zoom({ zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') }).addTo(map);
  // On a phone the sources fold behind an "i" button (the stylesheet folds them only on narrow screens).
  const attribution = addFoldingSources(map, t('map.sourcesButton'));
  // Popups open clear of the zoom buttons, close button included.
  const zoomBox = zoom.getContainer()?.getBoundingClientRect();
  const popupClearance = L.point(Math.ceil((zoomBox?.width ?? 44) + 20), Math.ceil((zoomBox?.height ?? 90) + 20));
  if (options.tiles) {
    L.tileLayer(options.tiles.url, { attribution: escapeHtml(options.tiles.attribution), maxZoom: 15 }).addTo(map);
  }
  // One entry, so Leaflet does not join the lines with commas after their own full stops.
  attribution.addAttribution(
    [
      ...options.attributions.map((line) => `<span lang="en">${escapeHtml(line)}</span>`),
      `<a href="${escapeHtml(options.aboutUrl)}">${escapeHtml(t('map.allSources'))}</a>`,
    ].join(' · '),
  );

  const areaBounds = new Map<string, L.LatLngBounds>();
  if (options.boundaries) {
    const layer = L.geoJSON(options.boundaries as unknown as GeoJSON.FeatureCollection, {
      style: () => ({ className: 'map-area', color: '#2b5d3a', weight: 1, fillColor: '#e6eee8', fillOpacity: 1 }),
      onEachFeature: (feature, path) => {
        const { id, en, cy } = (feature as unknown as BoundaryFeature).properties;
        const name = options.lang === 'cy' ? cy : en;
        const polygon = path as L.Polygon;
        areaBounds.set(id, polygon.getBounds());
        // An element, not a string: Leaflet puts a string tooltip in as HTML, and names come from the data.
        polygon.bindTooltip(make('span', name), { sticky: true, className: 'map-area-name' });
        polygon.on('click', () => map.fitBounds(polygon.getBounds()));
        polygon.on('add', () => {
          const node = polygon.getElement() as SVGPathElement | undefined;
          if (!node) return;
          node.setAttribute('tabindex', '0');
          node.setAttribute('role', 'button');
          node.setAttribute('aria-label', t('map.areaLabel', { area: name }));
          node.dataset.area = id;
          node.addEventListener('focus', () => polygon.openTooltip(polygon.getBounds().getCenter()));
          node.addEventListener('blur', () => polygon.closeTooltip());
          node.addEventListener('keydown', (event) => {
            if (event.key !== 'Enter' && event.key !== ' ') return;
            event.preventDefault();
            map.fitBounds(polygon.getBounds());
          });
        });
      },
    });
    layer.addTo(map);
    // A slow phone answers a tap between drawing the areas and making the markers.
    await yieldToMain();
  }

  // Called when the last chunk of markers has been processed (see show()).
  let onChunksDone: (() => void) | null = null;
  const cluster = L.markerClusterGroup({
    showCoverageOnHover: false,
    chunkedLoading: true,
    // Each chunk of markers is one task: short enough to leave the page free to answer a touch (RAIL's 50 ms, on a
    // slow phone too), where the plugin's default lets one run for 200 ms.
    chunkInterval: 30,
    // And the next chunk follows at once: the plugin's default waits 50 ms, which with short chunks more than doubled the
    // time to the last marker. Input still runs between the chunks.
    chunkDelay: 0,
    chunkProgress: (processed, total) => {
      // The plugin draws the clusters just after this last report: run the callback once it has.
      if (processed === total && onChunksDone) setTimeout(onChunksDone, 0);
    },
    // Clusters are made at whole zooms and drawn at half zooms too (zoomSnap 0.5), up to √2 smaller: 72 px there is
    // still 51 px, more than two of the largest icons (48 px) need to stand clear of each other (see placeClustersOnFirstPoint).
    maxClusterRadius: 72,
    iconCreateFunction: (group) => {
      const count = group.getChildCount();
      const size = count < 10 ? 34 : count < 100 ? 40 : 48;
      return L.divIcon({
        className: 'map-cluster',
        html: `<span aria-hidden="true" data-count="${count}">${count}</span><span class="visually-hidden">${escapeHtml(t.plural('map.cluster', count))}</span>`,
        iconSize: [size, size],
      });
    },
  });
  cluster.addTo(map);

  handFocusToRevealed(cluster, container);

  /**
   * The offer's card, compact: kind, title, then the actions (a link that takes focus, and Save), then the
   * card's facts. The actions come before the facts, so that they show without scrolling a tall popup.
   */
  const popupFor = (marker: MapMarker): HTMLElement => {
    const card = options.card(marker.doc);
    const box = make('div', undefined, 'map-popup');
    const title = make('p', card.title.text, 'map-popup-title');
    const lang = titleLang(card);
    if (lang) title.lang = lang;
    const link = make('a', t('map.popupLink'), 'map-popup-link');
    link.href = card.href;
    link.append(make('span', `: ${card.title.text}`, 'visually-hidden'));
    const actions = make('p', undefined, 'map-popup-actions');
    actions.append(link, saveButton(card.id, card.title.text));
    box.append(viewToDom(kindLineView(card)), title, actions, viewToDom(factsView(card)));
    return box;
  };

  const toLeaflet = (marker: MapMarker): L.Marker => {
    const label = t('map.markerLabel', { title: marker.title, kind: t(`kind.${marker.kind}`) });
    const icon = L.divIcon({
      className: `map-marker kind-${marker.kind}`,
      html: `${kindSymbol(marker.kind, 26)}<span class="visually-hidden">${escapeHtml(label)}</span>`,
      iconSize: [26, 26],
      iconAnchor: [13, 13],
      popupAnchor: [0, -12],
    });
    const leafletMarker = L.marker([marker.lat, marker.lon], { icon, title: label, keyboard: true });
    leafletMarker.bindPopup(() => popupFor(marker), popupOptions);
    return leafletMarker;
  };
  // Sized to the map (a phone's is narrow), scrolling inside when taller than the room below the zoom buttons.
  // Worked out once per redraw, not per marker: reading the map's size for each of thousands of markers is wasted work.
  let popupOptions: L.PopupOptions = {};
  const sizePopups = () => {
    popupOptions = {
      autoPanPaddingTopLeft: popupClearance,
      autoPanPaddingBottomRight: L.point(24, 24),
      // The room beside the zoom buttons, less the right margin and the popup's own frame (about 44 px).
      maxWidth: Math.max(160, Math.min(320, container.clientWidth - popupClearance.x - 24 - 44)),
      maxHeight: Math.max(160, Math.floor((container.clientHeight - popupClearance.y) * 0.6)),
    };
  };

  managePopups(map, container, t('map.closePopup'));
  // The view, readable by tests and the benchmark.
  map.on('moveend zoomend', () => {
    container.dataset.zoom = String(map.getZoom());
    container.dataset.bounds = map.getBounds().toBBoxString();
  });

  const fitTo = (markers: readonly MapMarker[], fit: FitTarget) => {
    let bounds: L.LatLngBounds | null = null;
    const extend = (more: L.LatLngBounds) => {
      bounds = bounds ? bounds.extend(more) : L.latLngBounds(more.getSouthWest(), more.getNorthEast());
    };
    for (const id of fit.areas) {
      const box = areaBounds.get(id);
      if (box) extend(box);
    }
    if (!bounds && fit.near) {
      const km = fit.near.km ?? 15;
      extend(L.latLng(fit.near.lat, fit.near.lon).toBounds(km * 2000));
    }
    if (!bounds && fit.areas.length === 0 && markers.length > 0)
      extend(L.latLngBounds(markers.map((m) => [m.lat, m.lon] as [number, number])));
    map.fitBounds(bounds ?? L.latLngBounds(WALES), { padding: [8, 8], maxZoom: 12, animate: false });
  };

  let pendingFit: (() => void) | null = null;
  let queued: { markers: readonly MapMarker[]; fit: FitTarget | null } | null = null;
  map.fitBounds(WALES);
  container.dataset.zoom = String(map.getZoom());
  container.dataset.bounds = map.getBounds().toBBoxString();

  return {
    show: function show(markers, fit) {
      // The plugin adds large sets in chunks and cannot cancel them: a change made meanwhile waits
      // for the last chunk (only the newest waits), so old markers never land on top of new ones.
      if (onChunksDone) {
        queued = { markers, fit: fit ?? queued?.fit ?? null };
        return;
      }
      container.dataset.state = 'drawing';
      cluster.clearLayers();
      sizePopups();
      // A hidden map (list view) has no size to fit to: fit when it is shown.
      if (fit && container.offsetWidth > 0) fitTo(markers, fit);
      else if (fit) pendingFit = () => fitTo(markers, fit);
      const layers = markers.map(toLeaflet);
      onChunksDone = () => {
        onChunksDone = null;
        const next = queued;
        queued = null;
        if (next) {
          show(next.markers, next.fit);
          return;
        }
        container.dataset.markers = String(markers.length);
        container.dataset.state = 'ready';
        performance.mark('llwybrau:map-markers');
      };
      if (layers.length === 0) onChunksDone();
      // In a task of its own: making the markers and clustering the first of them at once held a slow phone too long.
      else setTimeout(() => cluster.addLayers(layers, true), 0);
    },
    resize: () => {
      map.invalidateSize();
      if (pendingFit && container.offsetWidth > 0) {
        pendingFit();
        pendingFit = null;
      }
    },
  };
};
