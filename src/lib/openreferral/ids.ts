/** The feed's fixed names: its namespace for ids, the profile, where it lives, and how big a page is. */
import { v5 as uuidv5 } from 'uuid';

/** Never change this: every id in the feed is derived from it. */
export const FEED_NAMESPACE = '60aec483-d815-4d27-b6ce-2b8c48913797';
export const PROFILE_URL = 'https://github.com/OpenReferralUK/uk-profile';
export const OPENAPI_URL = 'https://raw.githubusercontent.com/OpenReferralUK/uk-profile/main/schema/openapi.json';
/** Entries per page of a paged list. */
export const FEED_PAGE_SIZE = 50;
/** Where the feed lives on the site. */
export const FEED_ROOT = '/openreferral';
/** Wales, for Wales-wide offers: the ONS code of the country. */
export const WALES = { code: 'W92000004', name: 'Wales' };
export const ONS_URI = 'http://statistics.data.gov.uk/id/statistical-geography/';

/** A stable id for a record, or for a part of one: feedId('service', 'cardiff-…'), feedId('service', 'cardiff-…', 'location', '0'). */
export const feedId = (...parts: string[]): string => uuidv5(parts.join('/'), FEED_NAMESPACE);
