/**
 * The search and map pages' first script, inline at the start of the body (where the CSP, at
 * the end of the head, is in force): it starts fetching the search data and parsing it while
 * the page's own scripts are still downloading, so that the island, once it runs, usually
 * finds the data parsed, or else on its way (browser/early-data.ts takes it). Before this, a
 * <link rel="preload"> fetched the files early but the parsing waited for the island, and a
 * visitor without JavaScript downloaded them for nothing.
 *
 * Once the data is parsed, it also formats one number in the page's locale (as translate.ts
 * will), while the page still waits for its scripts: a page's first Intl.NumberFormat costs
 * about 18 ms in Chromium here (its number data is loaded then), which would otherwise fall on
 * the first render of the counts.
 *
 * The script is plain ES5 text with no dependencies, hashed into the page's CSP by the page.
 * Browsers without modules (which never run the island) skip it.
 */

/** Where the script leaves its promises, by URL: `window[EARLY_DATA_GLOBAL][url]`. */
export const EARLY_DATA_GLOBAL = 'llwybrauEarlyData';

/** A value as JavaScript source that is safe inside a <script> element. */
const literal = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** The inline script that fetches and parses `urls` (JSON files of this site) as early as the page allows; `locale` is the page's BCP 47 tag. */
export const earlyDataScript = (urls: readonly string[], locale: string): string =>
  [
    // Only where the island can run: it is a module, and noModule is defined where modules are.
    "(function(){if(!('noModule' in HTMLScriptElement.prototype))return;",
    `var early=window[${literal(EARLY_DATA_GLOBAL)}]={};`,
    `var all=${literal(urls)}.map(function(url){`,
    'return early[url]=fetch(url).then(function(r){if(!r.ok)throw new Error(url+": "+r.status);return r.json()})});',
    // Promise.all handles every promise's failure here, so none is an unhandled rejection; the island, which fetches again, reports it.
    `Promise.all(all).then(function(){try{new Intl.NumberFormat(${literal(locale)}).format(0)}catch(e){}},function(){})`,
    '})();',
  ].join('');
