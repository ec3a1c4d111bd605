/**
 * Layout values that scripts and the stylesheet share, written once here. The stylesheet cannot
 * import them, so tests/unit/layout.test.ts checks that src/styles/global.css uses the same.
 * Shared by server and client code.
 */

/** From this width the search filters stand open beside the results and the map's list beside the map. */
export const WIDE_SCREEN_REM = 60;
/** The media query for it. */
export const WIDE_SCREEN = `(min-width: ${WIDE_SCREEN_REM}rem)`;
