/**
 * Registers the service worker (dist/sw.js), and asks it to keep this page and what it loaded:
 * the first page opened loads before the worker is in charge. Browser code; only in a build
 * (never under `astro dev`, whose files change as you edit).
 */
import { KEEP_MESSAGE, type KeepMessage, urlsToKeep } from '../lib/offline/rules.ts';

/** Asks the worker, if there is one, to keep these URLs (a saved option's data, so My options opens offline). */
export const keepForOffline = (urls: readonly string[]): void => {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const message: KeepMessage = { type: KEEP_MESSAGE, urls: urlsToKeep(urls, window.location.origin) };
  navigator.serviceWorker.controller?.postMessage(message);
};

export const registerOffline = (): void => {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const keep = async () => {
    const registration = await navigator.serviceWorker.ready;
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    const message: KeepMessage = {
      type: KEEP_MESSAGE,
      urls: urlsToKeep([window.location.href, ...loaded], window.location.origin),
    };
    registration.active?.postMessage(message);
  };
  const register = () => {
    navigator.serviceWorker
      .register('/sw.js')
      .then(keep)
      .catch(() => {
        // No worker (a private window, or a browser setting): the site works as before, online only.
      });
  };
  // Once the page has settled: installing the worker downloads its precache, which would otherwise
  // compete with the page's own first work (measured: the search was ready in about 1.1 s instead of 0.65 s at 10×).
  window.addEventListener('load', () => {
    window.setTimeout(() => {
      if ('requestIdleCallback' in window) window.requestIdleCallback(register, { timeout: 5000 });
      else register();
    }, 3000);
  });
};
