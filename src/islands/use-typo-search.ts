/**
 * The typo search (Fuse), which comes apart from the page's code, beside the first results
 * (browser/load-fuse.ts); its indexes are then made while the page is idle, so that the first
 * misspelt word does not wait for them. Browser code, for the search island.
 */
import { useEffect, useState } from 'react';
import { whileIdle } from '../browser/idle.ts';
import { loadTypos, type TypoSearch } from '../browser/load-fuse.ts';
import type { Matcher } from '../lib/search/matcher.ts';

export const useTypoSearch = (matcher: Matcher | null): TypoSearch => {
  const [typos, setTypos] = useState<TypoSearch>('loading');
  useEffect(() => {
    if (!matcher) return;
    loadTypos(
      matcher,
      () => setTypos('ready'),
      () => setTypos('unavailable'),
    );
  }, [matcher]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: typos is when the typo search has more work to prepare.
  useEffect(() => (matcher ? whileIdle(matcher.prepare) : undefined), [matcher, typos]);
  return typos;
};
