/**
 * The "My options" page: the saved options (or a shared list, from `?ids=`), each with its card,
 * how to apply and contact details, fetched from the shortlist data files; a share link, the
 * list as text, print, and removal. Ids no longer in the data say the option has ended or moved.
 * Browser code; text only, never HTML.
 */

import { pageTranslator } from '../lib/i18n/translate.ts';
import { shortlistText } from '../lib/shortlist/entry.ts';
import { mergeShortlist, sharedIds, shareUrl } from '../lib/shortlist/store.ts';
import { byIdOn, make } from './dom.ts';
import type { ShortlistPageConfig, ShortlistPageKey } from './shortlist-config.ts';
import { entryLookup, entryParts, type Found } from './shortlist-entries.ts';
import { readShortlist, subscribe, writeShortlist } from './shortlist-store.ts';

const byId = byIdOn('shortlist page');

const config = JSON.parse(byId('shortlist-page-config').dataset.config ?? '{}') as ShortlistPageConfig;
const t = pageTranslator<ShortlistPageKey>(config.strings, config.fallbackStrings, config.lang);
const shared = sharedIds(window.location.search);
byId('shortlist-app').hidden = false;
const list = byId<HTMLOListElement>('shortlist-list');
const copyStatus = byId('shortlist-copy-status');
const lookUp = entryLookup(config.lang, config.chunks);

const removeButton = (id: string, title: string): HTMLButtonElement => {
  const button = make('button', t('shortlist.remove'), 'link-button');
  button.type = 'button';
  button.append(make('span', ` ${title}`, 'visually-hidden'));
  button.addEventListener('click', () => {
    writeShortlist(readShortlist().filter((other) => other !== id));
    byId('shortlist-heading').focus();
  });
  return button;
};

const itemFor = ({ id, entry }: Found, removable: boolean): HTMLLIElement => {
  const item = make('li', undefined, 'card shortlist-item');
  item.dataset.id = id;
  if (!entry) {
    item.classList.add('gone');
    item.append(make('p', t('shortlist.gone'), 'notice'), make('p', id, 'muted'));
    if (removable) item.append(removeButton(id, id));
    return item;
  }
  const { card } = entry;
  item.dataset.kind = card.kind;
  item.append(...entryParts(entry, t));
  // On paper, the page's address in full, readable.
  item.append(make('p', new URL(card.href, window.location.origin).href, 'print-only print-url'));
  if (removable) {
    const actions = make('p', undefined, 'card-actions no-print');
    actions.append(removeButton(id, card.title.text));
    item.append(actions);
  }
  return item;
};

let current: Found[] = [];
/** The list last drawn, by its ids; null until the first draw, so that an empty list (key '') is drawn too. */
let drawn: string | null = null;

const draw = async () => {
  const ids = shared ?? readShortlist();
  const key = ids.join(',');
  if (key === drawn) return;
  drawn = key;
  byId('shortlist-error').hidden = true;
  try {
    current = await lookUp(ids);
  } catch {
    drawn = null;
    byId('shortlist-loading').hidden = true;
    byId('shortlist-error').hidden = false;
    return;
  }
  if (drawn !== key) return;
  byId('shortlist-loading').hidden = true;
  list.replaceChildren(...current.map((item) => itemFor(item, shared === null)));
  byId('shortlist-empty').hidden = ids.length > 0;
  byId('shortlist-share').hidden = ids.length === 0;
  byId('shortlist-clear').hidden = shared !== null;
  const link = shareUrl(window.location.origin, config.path, ids);
  byId<HTMLInputElement>('shortlist-link').value = link;
  // On paper, the footer gives the list's own address, which opens the same list (page-address.ts writes the page's).
  for (const node of document.querySelectorAll<HTMLElement>('[data-page-address]')) node.textContent = link;
  byId('shortlist-text-field').hidden = true;
  copyStatus.textContent = '';
};

const listText = () =>
  shortlistText(current, t, window.location.origin, byId<HTMLInputElement>('shortlist-link').value);

/** Copies to the clipboard; where the browser will not, shows the text selected for the visitor to copy. */
const copy = async (text: string, field: HTMLInputElement | HTMLTextAreaElement) => {
  try {
    await navigator.clipboard.writeText(text);
    copyStatus.textContent = t('shortlist.copied');
  } catch {
    copyStatus.textContent = t('shortlist.copyFailed');
    field.focus();
    field.select();
  }
};

byId('shortlist-copy-link').addEventListener('click', () => {
  const field = byId<HTMLInputElement>('shortlist-link');
  void copy(field.value, field);
});
byId('shortlist-copy-text').addEventListener('click', () => {
  const field = byId<HTMLTextAreaElement>('shortlist-text');
  field.value = listText();
  byId('shortlist-text-field').hidden = false;
  void copy(field.value, field);
});
byId('shortlist-print').addEventListener('click', () => window.print());
byId('shortlist-clear').addEventListener('click', () => {
  if (window.confirm(t('shortlist.clearConfirm'))) {
    writeShortlist([]);
    byId('shortlist-heading').focus();
  }
});

/** The shared list's panel says whether its options are saved here yet, and offers to add them only while they are not. */
const syncSharedPanel = (ids: readonly string[]) => {
  const saved = new Set(readShortlist());
  const allSaved = ids.length > 0 && ids.every((id) => saved.has(id));
  const intro = t(allSaved ? 'shortlist.sharedAllSaved' : 'shortlist.sharedIntro');
  const introNode = byId('shortlist-shared-intro');
  if (introNode.textContent !== intro) introNode.textContent = intro;
  byId('shortlist-add-shared').hidden = allSaved;
};

if (shared !== null) {
  const ids = shared;
  byId('shortlist-shared').hidden = false;
  syncSharedPanel(ids);
  subscribe(() => syncSharedPanel(ids));
  byId('shortlist-add-shared').addEventListener('click', () => {
    const merged = mergeShortlist(readShortlist(), shared);
    if (writeShortlist(merged)) copyStatus.textContent = t('shortlist.addedShared', { count: merged.length });
    else copyStatus.textContent = t('shortlist.storageOff');
    byId('shortlist-share').hidden = false;
    // The button hides once all are saved: the keyboard's place moves to the sentence that says so.
    if (byId('shortlist-add-shared').hidden) byId('shortlist-shared-intro').focus();
  });
}

subscribe(() => void draw());
void draw();
