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
  it('never size a column from its content: every fr column is minmax(0, …) or minmax(min(100%, …), …)', () => {
    // A bare 1fr column grows to its widest content (a long option, a fieldset), and the page scrolls sideways on a phone.
    const css = readFileSync('src/styles/global.css', 'utf8');
    const columns = [...css.matchAll(/grid-template-columns:([^;]+);/g)].map((m) => m[1] as string);
    expect(columns.length).toBeGreaterThan(5);
    const safe = /minmax\((0|min\(100%, [\d.]+rem\)), [\d.]+fr\)/g;
    expect(columns.filter((value) => /(^|[\s(])\d*\.?\d+fr\b/.test(value.replace(safe, '')))).toEqual([]);
  });

  it('lay card lists out by their own width, not the viewport’s: no media query sets their columns', () => {
    // Cards beside the map sat two to a row in a 26rem column because the rule read the window's width.
    const css = readFileSync('src/styles/global.css', 'utf8');
    const inMedia = [...css.matchAll(/@media[^{]+\{([\s\S]*?)\n\}/g)].map((m) => m[1] as string).join('\n');
    expect(inMedia).not.toMatch(/\.cards\s*\{[^}]*grid-template-columns/);
    expect(css).toMatch(
      /\.cards \{[^}]*grid-template-columns: repeat\(auto-fill, minmax\(min\(100%, [\d.]+rem\), 1fr\)\)/,
    );
  });
});
