/**
 * The search page's inline first script (lib/search/early.ts): it fetches and parses each file
 * once, leaves the promises where the island looks for them, reports a failed file by name
 * without an unhandled rejection, and stays safe inside a <script> element.
 */
import { describe, expect, it } from 'vitest';
import { EARLY_DATA_GLOBAL, earlyDataScript } from '../../src/lib/search/early.ts';

/** Runs the script against a fake window, fetch and Intl; `files` are the server's answers. */
const run = (urls: string[], files: Record<string, unknown>, modules = true) => {
  const fetched: string[] = [];
  const formatted: string[] = [];
  const fakeWindow: Record<string, unknown> = {};
  const fakeFetch = (url: string) => {
    fetched.push(url);
    const found = url in files;
    return Promise.resolve({ ok: found, status: found ? 200 : 404, json: () => Promise.resolve(files[url]) });
  };
  const fakeIntl = {
    NumberFormat: class {
      constructor(lang: string) {
        formatted.push(lang);
      }
      format() {
        return '0';
      }
    },
  };
  const fakeScriptElement = { prototype: modules ? { noModule: false } : {} };
  new Function('window', 'fetch', 'Intl', 'HTMLScriptElement', earlyDataScript(urls, 'cy-GB'))(
    fakeWindow,
    fakeFetch,
    fakeIntl,
    fakeScriptElement,
  );
  return { fetched, formatted, early: fakeWindow[EARLY_DATA_GLOBAL] as Record<string, Promise<unknown>> };
};

describe('the search page’s early data script', () => {
  it('fetches each file once and leaves its parsed JSON under the file’s URL', async () => {
    const { fetched, formatted, early } = run(['/d/docs.json', '/d/match.json'], {
      '/d/docs.json': { count: 2 },
      '/d/match.json': { terms: ['a'] },
    });
    expect(fetched).toEqual(['/d/docs.json', '/d/match.json']);
    expect(Object.keys(early)).toEqual(['/d/docs.json', '/d/match.json']);
    expect(await early['/d/docs.json']).toEqual({ count: 2 });
    expect(await early['/d/match.json']).toEqual({ terms: ['a'] });
    // Once both are parsed, the page's first number format is made while the scripts download.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(formatted).toEqual(['cy-GB']);
  });

  it('rejects a missing file with its URL and status, and nothing else goes wrong', async () => {
    const { early, formatted } = run(['/d/docs.json', '/d/match.json'], { '/d/docs.json': { count: 2 } });
    await expect(early['/d/match.json']).rejects.toThrow('/d/match.json: 404');
    await expect(early['/d/docs.json']).resolves.toEqual({ count: 2 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(formatted).toEqual([]);
  });

  it('does nothing in a browser without modules, which never runs the island', () => {
    const { fetched, early } = run(['/d/docs.json'], { '/d/docs.json': {} }, false);
    expect(fetched).toEqual([]);
    expect(early).toBeUndefined();
  });

  it('cannot close its <script> element, whatever the URLs hold', () => {
    const text = earlyDataScript(['/d/</script><script>alert(1)</script>.json', '/d/\u2028.json'], 'en-GB</script>');
    expect(text).not.toContain('</');
    expect(text).not.toMatch(/[\u2028\u2029]/);
    const { fetched } = run(['/d/</script>.json'], {});
    expect(fetched).toEqual(['/d/</script>.json']);
  });
});
