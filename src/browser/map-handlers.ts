/** The map's touch gestures and its popups' focus and place on the page (leaflet-map.ts). Browser code. */
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

/**
 * Keyboard users land in a popup's link and go back to its marker when it closes; Escape closes it
 * from inside; and the page scrolls to show a popup that opened off the screen.
 */
export const managePopups = (map: L.Map, container: HTMLElement, closeLabel: string) => {
  // Keyboard users land in the popup, and go back to the marker when it closes.
  let opener: HTMLElement | null = null;
  map.on('popupopen', (event) => {
    const popup = event.popup.getElement();
    const close = popup?.querySelector<HTMLElement>('.leaflet-popup-close-button');
    close?.setAttribute('aria-label', closeLabel);
    close?.setAttribute('title', closeLabel);
    const source = (event.popup as unknown as { _source?: L.Marker })._source?.getElement() ?? null;
    opener = source;
    // Without scrolling: the browser would otherwise scroll the map's panes to the link, undoing the pan that keeps the popup in view.
    if (source && document.activeElement === source)
      popup?.querySelector<HTMLElement>('.map-popup-link')?.focus({ preventScroll: true });
    // Leaflet keeps the popup inside the map; on a phone the map is taller than the screen, so the page is scrolled
    // (never the map's panes) to show the popup too, once any pan has ended.
    const reveal = () => {
      if (!popup?.isConnected) return;
      const box = popup.getBoundingClientRect();
      if (box.top < 0) window.scrollBy({ top: box.top - 8 });
      else if (box.bottom > window.innerHeight)
        window.scrollBy({ top: Math.min(box.bottom - window.innerHeight + 8, box.top - 8) });
    };
    requestAnimationFrame(reveal);
    map.once('moveend', reveal);
  });
  map.on('popupclose', (event) => {
    const popup = event.popup.getElement();
    const active = document.activeElement;
    // Focus was in the popup (or went with it): give it back to the marker that opened it.
    if (opener?.isConnected && (popup?.contains(active) || active === document.body || active === null)) opener.focus();
    opener = null;
  });
  // Leaflet closes popups on Escape only while the map itself has focus; do it from inside the popup too.
  container.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && (event.target as HTMLElement).closest('.leaflet-popup')) map.closePopup();
  });
};
