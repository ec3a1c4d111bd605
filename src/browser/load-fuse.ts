/**
 * Fuse, loaded apart from the page's own code and once: only a misspelt word (the typo search) or
 * an unknown place (close spellings) needs it, so the first results never wait for it. Browser code.
 */
import { type FuseClass, giveTypos, type Matcher } from '../lib/search/matcher.ts';

let loading: Promise<FuseClass> | undefined;

export const loadFuse = (): Promise<FuseClass> => {
  loading ??= import('fuse.js/basic').then(
    (module) => module.default,
    (error: unknown) => {
      // Offline before it was kept, say: the next need tries again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
};

/** Where the typo search stands: on its way, here, or not to be had (offline before it was kept). */
export type TypoSearch = 'loading' | 'ready' | 'unavailable';

/**
 * Gives a matcher its typo search once Fuse has arrived, then calls `ready` (to search again: a word
 * typed before then was searched without typos). Fetched at once, beside the first results. If it
 * cannot be fetched (offline before it was kept), `unavailable` is called: words are then matched
 * as typed, rather than the page waiting for it for ever.
 */
export const loadTypos = (matcher: Matcher, ready: () => void, unavailable: () => void): void => {
  loadFuse()
    .then((FuseClass) => {
      giveTypos(matcher, FuseClass);
      ready();
    })
    .catch(unavailable);
};
