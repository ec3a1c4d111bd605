/**
 * Where content and reference data live. Both are configurable so that the
 * benchmark can build synthetic content and a council can keep its reference
 * data elsewhere.
 */
import { resolve } from 'node:path';
import { isRealDate } from './schema/primitives.ts';

/** content/ by default; CONTENT_DIR overrides it. */
export const contentDir = (env: Record<string, string | undefined> = process.env): string =>
  resolve(env.CONTENT_DIR ?? 'content');

/** ../shared/data by default; LLWYBRAU_DATA_DIR overrides it. */
export const referenceDataDir = (env: Record<string, string | undefined> = process.env): string =>
  resolve(env.LLWYBRAU_DATA_DIR ?? '../shared/data');

/** The Open Referral UK profile's schemas, which the tests validate the feed against: ../shared/standards/openreferral-uk-3.0 by default; LLWYBRAU_OPENREFERRAL_DIR overrides it. */
export const openReferralSchemaDir = (env: Record<string, string | undefined> = process.env): string =>
  resolve(env.LLWYBRAU_OPENREFERRAL_DIR ?? '../shared/standards/openreferral-uk-3.0');

/**
 * Today, for rules that depend on it (a review date cannot be in the future; a record is
 * stale after a year). LLWYBRAU_BUILD_DATE=YYYY-MM-DD fixes it, for reproducible builds.
 */
export const buildDate = (env: Record<string, string | undefined> = process.env): string => {
  const fixed = env.LLWYBRAU_BUILD_DATE?.trim();
  if (fixed) {
    if (!isRealDate(fixed)) throw new Error(`LLWYBRAU_BUILD_DATE: expected YYYY-MM-DD; found "${fixed}".`);
    return fixed;
  }
  return new Date().toISOString().slice(0, 10);
};

/** Where reports about Wales-wide records go ("Something wrong with this?"): LLWYBRAU_REPORT_EMAIL, or an example address the build warns about. */
export const REPORT_EMAIL_EXAMPLE = 'llwybrau@example.org';
export const nationalReportEmail = (env: Record<string, string | undefined> = process.env): string =>
  env.LLWYBRAU_REPORT_EMAIL?.trim() || REPORT_EMAIL_EXAMPLE;

/**
 * A page's address as pages name it (canonical and hreflang links, JSON-LD, the mistake email, the
 * printed footer): absolute under SITE_URL when it is set, else the path alone, so that a build
 * made to try the site never names localhost as its address. Where a script runs, the browser
 * puts in the address it was opened at (src/browser/page-address.ts).
 */
export const publicUrl = (path: string, env: Record<string, string | undefined> = process.env): string => {
  const site = env.SITE_URL?.trim();
  return site ? new URL(path, site).href : path;
};
