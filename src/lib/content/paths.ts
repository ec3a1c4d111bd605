/**
 * Where content and reference data live. Both are configurable so that the
 * benchmark can build synthetic content and a council can keep its reference
 * data elsewhere.
 */
import { resolve } from 'node:path';

/** content/ by default; CONTENT_DIR overrides it. */
export const contentDir = (env: Record<string, string | undefined> = process.env): string => resolve(env.CONTENT_DIR ?? 'content');

/** ../shared/data by default; LLWYBRAU_DATA_DIR overrides it. */
export const referenceDataDir = (env: Record<string, string | undefined> = process.env): string => resolve(env.LLWYBRAU_DATA_DIR ?? '../shared/data');
