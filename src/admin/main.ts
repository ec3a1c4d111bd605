/**
 * The editor at /admin/: Decap CMS with the site's own rules. This script runs before Decap's
 * bundle (admin/index.html loads it first), asks Decap not to start on its own, and once the page
 * has loaded registers our file format, widgets, previews and the check before each save, then
 * starts Decap with the configuration made from the schemas (admin/config.json, src/lib/cms/config.ts).
 * Browser code.
 */
import { recordProblems } from '../lib/cms/checks.ts';
import { CMS_FORMAT, type CmsConfig, DEFAULT_FALSE_KEYS, fieldOrder, PROVISION_ORDER } from '../lib/cms/config.ts';
import { fromFile, problemOf, recordOf, toFile } from '../lib/cms/format.ts';
import { KIND_FOLDERS, KINDS } from '../lib/schema/vocabulary.ts';
import { decap, plain } from './decap.ts';
import { places } from './places.ts';
import { type AdminData, provisionPreview } from './preview.ts';
import { venuesWidget } from './venue-widget.ts';
import { bilingualWidget, startsWidget } from './widgets.ts';

window.CMS_MANUAL_INIT = true;

const json = async <T>(path: string): Promise<T> => {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
};

const isLocal = () => ['localhost', '127.0.0.1'].includes(location.hostname);

/** Which of the schemas checks an entry of a collection: one kind of provision, or the collection's own. */
const schemaKey = (collection: string, slug: string): string => {
  const kind = KINDS.find((k) => collection === `provision-${KIND_FOLDERS[k]}`);
  if (kind) return `provision:${kind}`;
  return collection === 'search' ? slug : collection;
};

/** A bilingual notice in place of the editor: for a site with no hosted editor set up. */
const notice = (en: string, cy: string) => {
  const main = document.createElement('main');
  main.className = 'llw-notice';
  for (const [lang, text] of [
    ['en', en],
    ['cy', cy],
  ] as const) {
    const p = document.createElement('p');
    p.lang = lang;
    p.textContent = text;
    main.append(p);
  }
  document.body.append(main);
};

const start = async () => {
  const config = await json<CmsConfig>('/admin/config.json');
  if (config.backend.name === 'proxy') {
    if (!isLocal()) {
      notice(
        'The editor is not set up for this site yet. Whoever runs the site can set it up by following docs/editing.md.',
        'Dydy’r golygydd ddim wedi’i osod ar gyfer y wefan hon eto. Gall pwy bynnag sy’n rhedeg y wefan ei osod drwy ddilyn docs/editing.md.',
      );
      return;
    }
    // Beside `npm run cms`, the local backend listens on this machine; without it, say how to start it.
    const proxy = `http://${location.hostname}:8081/api/v1`;
    const running = await fetch(proxy, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    }).then(
      (response) => response.ok,
      () => false,
    );
    if (!running) {
      notice(
        'The editor’s local server is not running. Start the editor with: npm run cms',
        'Dydy gweinydd lleol y golygydd ddim yn rhedeg. Dechreuwch y golygydd â’r gorchymyn: npm run cms',
      );
      return;
    }
    config.backend = { ...config.backend, proxy_url: proxy };
  }
  const { CMS } = decap();
  const order = [...PROVISION_ORDER];
  const nested = fieldOrder(config);
  CMS.registerCustomFormat(CMS_FORMAT, 'yaml', {
    fromFile,
    // Decap hands over the fields in the editor's order (sortedKeys): its store keeps none of its own.
    toFile: (data, sortedKeys) =>
      toFile(data as Record<string, unknown>, {
        order: Array.isArray(sortedKeys) && sortedKeys.length > 0 ? (sortedKeys as string[]) : order,
        nested,
        dropWhenFalse: DEFAULT_FALSE_KEYS,
      }),
  });
  CMS.registerWidget({ name: 'bilingual', controlComponent: bilingualWidget(), allowMapValue: true });
  CMS.registerWidget({ name: 'starts', controlComponent: startsWidget(), allowMapValue: true });
  CMS.registerWidget({ name: 'venues', controlComponent: venuesWidget(places) });
  let data: Promise<AdminData> | undefined;
  const previewData = async () => {
    data ??= json<AdminData>('/admin/data.json');
    return { data: await data, places: await places().catch(() => null) };
  };
  for (const kind of KINDS)
    CMS.registerPreviewTemplate(`provision-${KIND_FOLDERS[kind]}`, provisionPreview(previewData));
  CMS.registerPreviewStyle('/admin/preview.css');
  // The last line of defence in the editor: the whole record, checked as the validator checks it.
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const key = schemaKey(String(entry.get('collection')), String(entry.get('slug') ?? ''));
      const data = (plain(entry.get('data')) ?? {}) as Record<string, unknown>;
      const unreadable = problemOf(data);
      if (unreadable !== null) throw new Error(`${unreadable}. It was not saved: put it right in the file first.`);
      const problems = recordProblems(key, recordOf(data), new Date().toISOString().slice(0, 10));
      if (problems.length > 0)
        throw new Error(
          `Not saved: put these right first. · Heb ei gadw: cywirwch y rhain yn gyntaf.\n${problems.join('\n')}`,
        );
      return undefined;
    },
  });
  CMS.init({ config });
};

/** Decap's preview frame has no title, so a screen reader announces a nameless frame: it is given one as it appears. */
const titleFrames = () => {
  const name = () => {
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe:not([title])'))
      frame.title = 'Preview · Rhagolwg';
  };
  new MutationObserver(name).observe(document.body, { childList: true, subtree: true });
};

window.addEventListener('DOMContentLoaded', () => {
  titleFrames();
  start().catch((error: unknown) =>
    notice(
      `The editor could not start: ${error instanceof Error ? error.message : String(error)}`,
      `Methodd y golygydd â dechrau: ${error instanceof Error ? error.message : String(error)}`,
    ),
  );
});
