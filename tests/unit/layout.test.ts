/** The layout values scripts use (src/lib/layout.ts) are the stylesheet's. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WIDE_SCREEN, WIDE_SCREEN_REM } from '../../src/lib/layout.ts';

/** The min-width (rem) of the media block each selector's rules sit in. */
const breakpointOf = (css: string, selector: string): number | null => {
  for (const block of css.matchAll(/@media \(min-width: ([\d.]+)rem\) \{([\s\S]*?)\n\}/g))
    if (block[2]?.includes(selector)) return Number(block[1]);
  return null;
};

describe('layout values', () => {
  it('the scripts’ wide-screen breakpoint is the stylesheet’s for the search filters and the map’s list', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    expect(WIDE_SCREEN).toBe(`(min-width: ${WIDE_SCREEN_REM}rem)`);
    for (const selector of ['.search-layout', '.map-page:not([hidden])', '.jump-to-results'])
      expect(breakpointOf(css, selector), selector).toBe(WIDE_SCREEN_REM);
  });
});
