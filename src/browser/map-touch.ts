/** The map's touch gestures (leaflet-map.ts). Browser code. */
import type L from 'leaflet';
import { make } from './dom.ts';

/**
 * On a touch screen one finger scrolls the page and two move the map, as on other map sites: a map
 * that fills a phone's screen would otherwise trap the page. Dragging is off for touch, so the map's
 * touch-action lets the browser scroll; Leaflet's two-finger zoom still moves and zooms it. A mouse
 * or pen drags as usual (a laptop with a touch screen gets both). A one-finger drag on the map shows
 * a short hint.
 */
export const cooperativeTouch = (map: L.Map, container: HTMLElement, hintText: string) => {
  if (window.matchMedia('(pointer: coarse)').matches) map.dragging.disable();
  container.addEventListener(
    'pointerdown',
    (event) => {
      if (event.pointerType === 'touch') map.dragging.disable();
      else map.dragging.enable();
    },
    { capture: true },
  );
  const hint = make('div', hintText, 'map-touch-hint');
  hint.setAttribute('aria-hidden', 'true');
  container.append(hint);
  let hideAfter = 0;
  container.addEventListener(
    'touchmove',
    (event) => {
      if (event.touches.length !== 1 || map.dragging.enabled()) return;
      hint.classList.add('shown');
      // How many times it has shown, for tests (tests/e2e/map-touch.spec.ts).
      container.dataset.touchHints = String(Number(container.dataset.touchHints ?? 0) + 1);
      window.clearTimeout(hideAfter);
      hideAfter = window.setTimeout(() => hint.classList.remove('shown'), 1500);
    },
    { passive: true },
  );
};
