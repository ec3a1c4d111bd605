/**
 * How the map's clusters and controls behave beyond Leaflet's and leaflet.markercluster's
 * defaults: where a cluster's icon sits, where keyboard focus goes when one is opened, and the
 * sources that fold behind an "i" button on a phone. Browser code.
 */
import L from 'leaflet';
import { make } from './dom.ts';

/** The attribution control, with an "i" button before it that folds it away (global.css folds it only on narrow screens). */
export const addFoldingSources = (map: L.Map, label: string): L.Control.Attribution => {
  const button = make('button', undefined, 'attribution-toggle');
  button.type = 'button';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'map-sources');
  const glyph = make('span', 'i');
  glyph.setAttribute('aria-hidden', 'true');
  button.append(glyph, make('span', label, 'visually-hidden'));
  L.DomEvent.disableClickPropagation(button);
  new (L.Control.extend({ onAdd: () => button }))({ position: 'bottomright' }).addTo(map);
  const attribution = L.control.attribution({ prefix: false }).addTo(map);
  const sources = attribution.getContainer();
  if (sources) {
    sources.id = 'map-sources';
    sources.classList.add('folds');
  }
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    sources?.classList.toggle('open', open);
  });
  return attribution;
};

/**
 * A cluster's icon sits on its first point, not at the mean of its points. The plugin decides
 * what joins a cluster by distance from that first point (maxClusterRadius), so a marker left on
 * its own is always further than the radius from every cluster's icon, and no icon can cover
 * another (WCAG 2.5.8). At the mean, a cluster could drift over a neighbour. The plugin's
 * version is pinned; tests/e2e/map.spec.ts checks target size over the whole map.
 */
type ClusterInternals = {
  _cLatLng?: L.LatLng;
  _latlng: L.LatLng;
  _recalculateBounds: () => void;
  _llwybrauFirstPoint?: true;
};
export const placeClustersOnFirstPoint = (): void => {
  const proto = (L as unknown as { MarkerCluster: { prototype: ClusterInternals } }).MarkerCluster.prototype;
  if (proto._llwybrauFirstPoint) return;
  const recalculateBounds = proto._recalculateBounds;
  proto._recalculateBounds = function (this: ClusterInternals) {
    recalculateBounds.call(this);
    if (this._cLatLng) this._latlng = this._cLatLng;
  };
  proto._llwybrauFirstPoint = true;
};

/** A cluster opened from the keyboard hands focus to what it revealed, not back to the map (WCAG 2.4.3). */
export const handFocusToRevealed = (cluster: L.MarkerClusterGroup, container: HTMLElement): void => {
  let revealFrom: L.Marker[] | null = null;
  let revealAt = 0;
  const focusRevealed = () => {
    const children = revealFrom;
    revealFrom = null;
    // Only the zoom that opening the cluster started, not a later one.
    if (!children || performance.now() - revealAt > 3000) return;
    const shown = children
      .map((child) => cluster.getVisibleParent(child))
      .find((layer) => layer?.getElement()?.isConnected);
    shown?.getElement()?.focus();
  };
  // Enter on a cluster comes as "clusterkeypress" (and the plugin then puts focus on the map container).
  cluster.on('clusterkeypress clusterclick', (event) => {
    const {
      layer: opened,
      originalEvent,
      type,
    } = event as L.LeafletEvent & { layer: L.MarkerCluster; originalEvent?: KeyboardEvent };
    if (type === 'clusterkeypress' && originalEvent?.key !== 'Enter') return;
    const icon = opened.getElement();
    revealFrom =
      type === 'clusterkeypress' || (icon && icon === document.activeElement) ? opened.getAllChildMarkers() : null;
    revealAt = performance.now();
  });
  cluster.on('animationend', focusRevealed);
  cluster.on('spiderfied', (event) => {
    revealFrom = null;
    const { markers } = event as L.LeafletEvent & { markers: L.Marker[] };
    if (document.activeElement === document.body || container.contains(document.activeElement))
      markers[0]?.getElement()?.focus();
  });
};
