/**
 * The "Save" toggle on every card and detail page, the count beside "My options" in the
 * navigation, and the message that says what a press did. Browser code: without JavaScript
 * none of it appears, and the pages work as before. Text only, never HTML.
 */
import type { KeysUnder } from '../lib/i18n/message-keys.ts';
import { type Dictionary, pageTranslator, type Translator } from '../lib/i18n/translate.ts';
import { shortlistChunkOf, shortlistChunkUrl } from '../lib/shortlist/chunks.ts';
import { make } from './dom.ts';
import { keepForOffline } from './offline.ts';
import { readShortlist, subscribe, toggleSaved } from './shortlist-store.ts';

/** What Base.astro writes into #shortlist-config: the shortlist's strings in the page's language (English fills any gap), and its settings. */
export interface ShortlistUiConfig {
  lang: 'en' | 'cy';
  strings: Dictionary;
  fallbackStrings: Dictionary;
  max: number;
  /** How many shortlist data files there are (src/lib/shortlist/chunks.ts), and the My options page. */
  chunks: number;
  path: string;
  /** A detail page's path, with `:id` for the option's id. */
  detailPath: string;
}

/** The one dictionary section every page ships for its Save toggles (Base.astro). */
export const SHORTLIST_UI_STRINGS = ['shortlist'] as const;
type UiTranslator = Translator<KeysUnder<(typeof SHORTLIST_UI_STRINGS)[number]>>;

let loaded: { config: ShortlistUiConfig; t: UiTranslator } | null = null;
/** The config and a translator over its strings, read once. */
export const shortlistUi = (): { config: ShortlistUiConfig; t: UiTranslator } => {
  if (!loaded) {
    const config = JSON.parse(document.getElementById('shortlist-config')?.dataset.config ?? '{}') as ShortlistUiConfig;
    loaded = {
      config,
      t: pageTranslator<KeysUnder<'shortlist'>>(config.strings, config.fallbackStrings, config.lang),
    };
  }
  return loaded;
};

/** Says what a press did, in the page's one status region (Base.astro). */
const announce = (text: string) => {
  const region = document.getElementById('shortlist-status');
  if (!region) return;
  // Cleared first, so that the same message twice is read twice.
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = text;
  }, 50);
};

/** Saves or removes one option, and says so. */
export const pressSave = (id: string): void => {
  const { config, t } = shortlistUi();
  const { result, count } = toggleSaved(id);
  const key = (
    {
      saved: 'shortlist.saved',
      removed: 'shortlist.removed',
      full: 'shortlist.full',
      unavailable: 'shortlist.storageOff',
    } as const
  )[result];
  announce(t(key, { count, max: config.max }));
  // Kept for offline use at once: My options then opens with this option even if it was never opened online,
  // and so does the option's own page.
  if (result === 'saved')
    keepForOffline([
      config.path,
      shortlistChunkUrl(config.lang, shortlistChunkOf(id, config.chunks)),
      config.detailPath.replace(':id', encodeURIComponent(id)),
    ]);
};

/** Says the state twice, in the two ways people read it: "Save" or "Saved" on the button, and aria-pressed. */
const syncButton = (button: HTMLButtonElement) => {
  const saved = readShortlist().includes(button.dataset.saveId ?? '');
  button.setAttribute('aria-pressed', String(saved));
  const label = button.querySelector('.save-label');
  const text = shortlistUi().t(saved ? 'shortlist.savedLabel' : 'shortlist.save');
  if (label && label.textContent !== text) label.textContent = text;
};

/** A toggle button for one option: its name is "Save" (or "Saved") and the option's title; aria-pressed says whether it is saved. */
export const saveButton = (id: string, title: string): HTMLButtonElement => {
  const button = make('button', undefined, 'save-toggle');
  button.type = 'button';
  button.dataset.saveId = id;
  const icon = make('span', undefined, 'save-icon');
  icon.setAttribute('aria-hidden', 'true');
  button.append(icon, make('span', '', 'save-label'), make('span', ` ${title}`, 'visually-hidden'));
  syncButton(button);
  button.addEventListener('click', () => pressSave(id));
  return button;
};

const syncAll = () => {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.save-toggle[data-save-id]'))
    syncButton(button);
  const nav = document.querySelector<HTMLAnchorElement>('a[data-shortlist-nav]');
  if (nav) {
    const count = readShortlist().length;
    nav.textContent = shortlistUi().t(count > 0 ? 'shortlist.navWithCount' : 'shortlist.nav', { count });
  }
};

/** Puts a toggle into every server-drawn card and detail page, and keeps them and the navigation count in step. */
export const enhancePage = (): void => {
  for (const card of document.querySelectorAll<HTMLElement>('li.card[data-id]:not(.search-app *):not(#map-app *)')) {
    if (card.querySelector('.save-toggle')) continue;
    const title = card.querySelector('h3, h4')?.textContent?.trim() ?? '';
    const actions = make('p', undefined, 'card-actions');
    actions.append(saveButton(card.dataset.id ?? '', title));
    card.append(actions);
  }
  const slot = document.querySelector<HTMLElement>('[data-save-slot]');
  const detail = slot?.closest<HTMLElement>('article[data-id]');
  if (slot && detail && !slot.querySelector('.save-toggle')) {
    slot.append(saveButton(detail.dataset.id ?? '', detail.querySelector('h1')?.textContent?.trim() ?? ''));
  }
  syncAll();
  subscribe(syncAll);
};
