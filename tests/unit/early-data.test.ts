/**
 * The island's and the map's side of the early data script (browser/early-data.ts): the early
 * copy is taken once per URL; without one, or when it failed, the file is fetched afresh.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchJsonEarly } from '../../src/browser/early-data.ts';
import { EARLY_DATA_GLOBAL } from '../../src/lib/search/early.ts';

/** A fake fetch that answers every URL with `{ url }`, or 404 for those in `missing`, and records what it was asked. */
const stubFetch = (missing: string[] = []) => {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    return {
      ok: !missing.includes(url),
      status: missing.includes(url) ? 404 : 200,
      json: async () => ({ url, fresh: true }),
    };
  });
  return asked;
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('taking the early search data', () => {
  it('takes the early copy once, then fetches afresh', async () => {
    const early: Record<string, Promise<unknown>> = { '/d/docs.json': Promise.resolve({ early: true }) };
    vi.stubGlobal('window', { [EARLY_DATA_GLOBAL]: early });
    const asked = stubFetch();
    expect(await fetchJsonEarly('/d/docs.json')).toEqual({ early: true });
    expect(asked).toEqual([]);
    expect(Object.keys(early)).toEqual([]);
    expect(await fetchJsonEarly('/d/docs.json')).toEqual({ url: '/d/docs.json', fresh: true });
    expect(asked).toEqual(['/d/docs.json']);
  });

  it('fetches when the page has no early script, and names the file and status when that fails', async () => {
    vi.stubGlobal('window', {});
    const asked = stubFetch(['/d/match.json']);
    expect(await fetchJsonEarly('/d/docs.json')).toEqual({ url: '/d/docs.json', fresh: true });
    await expect(fetchJsonEarly('/d/match.json')).rejects.toThrow('/d/match.json: 404');
    expect(asked).toEqual(['/d/docs.json', '/d/match.json']);
  });

  it('fetches again when the early fetch failed, and says so in the console', async () => {
    const failed = Promise.reject(new Error('/d/match.json: 503'));
    failed.catch(() => {});
    vi.stubGlobal('window', { [EARLY_DATA_GLOBAL]: { '/d/match.json': failed } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const asked = stubFetch();
    expect(await fetchJsonEarly('/d/match.json')).toEqual({ url: '/d/match.json', fresh: true });
    expect(asked).toEqual(['/d/match.json']);
    expect(warn).toHaveBeenCalledWith('Fetching /d/match.json again: the early fetch failed (/d/match.json: 503)');
  });
});
