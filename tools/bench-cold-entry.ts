/**
 * Our search engine alone on a bare page, for bench:search's cold start (tools/bench-cold.ts):
 * what Pagefind's bare page does, the same way. It loads the index, asks the page's `q`, fetches
 * the first five results' titles and writes them into the list, then notes the time since
 * navigation in `body[data-ready]`. Bundled by the bench with esbuild; never part of the site.
 */

// The plain fetch, as Pagefind's page has no early script either.
import { fetchJson } from '../src/browser/early-data.ts';
import { loadSearch } from '../src/lib/search/loader.ts';
import { searchDocs } from '../src/lib/search/match.ts';

const query = new URLSearchParams(window.location.search).get('q') ?? '';
const { data, matcher } = await loadSearch('/search-data/', fetchJson);
const top = searchDocs(matcher, query)
  .slice(0, 5)
  .map((hit) => hit.doc);
await data.load(top);
const list = document.getElementById('results');
for (const doc of top) {
  const item = document.createElement('li');
  item.textContent = doc.title.en;
  list?.append(item);
}
document.body.dataset.ready = String(performance.now());
