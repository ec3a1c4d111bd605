/**
 * Fuse, loaded apart from the page's own code and once: only a misspelt word (the typo search) or
 * an unknown place (close spellings) needs it, so the first results never wait for it. Browser code.
 */
import type { FuseClass } from '../lib/search/matcher.ts';

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
