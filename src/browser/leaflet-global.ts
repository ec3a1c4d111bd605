/**
 * leaflet.markercluster is a plugin for the global L, which it reads as it loads. This module
 * sets that global, so that a module importing it before the plugin (leaflet-map.ts) loads both
 * at once, in order, rather than fetching the plugin only once Leaflet has run. Browser code.
 */
import L from 'leaflet';

(window as unknown as { L: typeof L }).L = L;
