/**
 * The shortlist in this browser (src/lib/shortlist/store.ts holds the rules): read once, written
 * on every change, and shared with other tabs through the storage event. Storage can be off
 * (private modes, settings): then nothing is saved, and the buttons say so. Browser code.
 */
import {
  cleanShortlist,
  parseShortlist,
  SHORTLIST_KEY,
  serialiseShortlist,
  toggleShortlist,
} from '../lib/shortlist/store.ts';

const listeners = new Set<() => void>();
let cached: string[] | null = null;
const EMPTY: string[] = [];

const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

const notify = () => {
  for (const listener of listeners) listener();
};

/** The saved ids, the same array until they change (as useSyncExternalStore needs). */
export const readShortlist = (): string[] => {
  if (cached === null) {
    try {
      cached = parseShortlist(storage()?.getItem(SHORTLIST_KEY));
    } catch {
      cached = EMPTY;
    }
  }
  return cached;
};

/** Keeps the ids; false when the browser would not store them. */
export const writeShortlist = (ids: readonly string[]): boolean => {
  try {
    const store = storage();
    if (!store) return false;
    const kept = cleanShortlist(ids);
    store.setItem(SHORTLIST_KEY, serialiseShortlist(kept));
    cached = kept;
    notify();
    return true;
  } catch {
    return false;
  }
};

export type ToggleOutcome = { result: 'saved' | 'removed' | 'full' | 'unavailable'; count: number };

export const toggleSaved = (id: string): ToggleOutcome => {
  const before = readShortlist();
  const { ids, full } = toggleShortlist(before, id);
  if (full) return { result: 'full', count: before.length };
  if (!writeShortlist(ids)) return { result: 'unavailable', count: before.length };
  return { result: ids.includes(id) ? 'saved' : 'removed', count: ids.length };
};

export const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

// Another tab saved or removed something: read again. (Not when the server renders an island importing this.)
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === SHORTLIST_KEY || event.key === null) {
      cached = null;
      notify();
    }
  });
}
