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

describe('grid columns', () => {
  it('never size a column from its content: every fr column is minmax(0, …)', () => {
    // A bare 1fr column grows to its widest content (a long option, a fieldset), and the page scrolls sideways on a phone.
    const css = readFileSync('src/styles/global.css', 'utf8');
    const columns = [...css.matchAll(/grid-template-columns:([^;]+);/g)].map((m) => m[1] as string);
    expect(columns.length).toBeGreaterThan(5);
    expect(
      columns.filter((value) => /(^|[\s(])\d*\.?\d+fr\b/.test(value.replace(/minmax\(0, [\d.]+fr\)/g, ''))),
    ).toEqual([]);
  });
});
