/**
 * The browser's side of lib/search/early.ts: the parsed JSON the page's inline script fetched
 * early, taken once per URL, or a fresh fetch when there is none or it failed.
 */
import { EARLY_DATA_GLOBAL } from '../lib/search/early.ts';

/** The JSON at `url`, fetched now; a failed response names the file and its status. */
export const fetchJson = async <T>(url: string): Promise<T> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
};

/** The JSON at `url`: from the early script if it fetched it (each URL taken once), else fetched now. */
export const fetchJsonEarly = <T>(url: string): Promise<T> => {
  const early = (window as unknown as Record<string, Record<string, Promise<unknown>> | undefined>)[EARLY_DATA_GLOBAL];
  const started = early?.[url];
  if (!(early && started)) return fetchJson<T>(url);
  delete early[url];
  return (started as Promise<T>).catch((error: unknown) => {
    console.warn(
      `Fetching ${url} again: the early fetch failed (${error instanceof Error ? error.message : String(error)})`,
    );
    return fetchJson<T>(url);
  });
};
