/**
 * What a record's status means for the site, defined once.
 * Shared by server and client code: no imports but types.
 */
import type { Status } from './vocabulary.ts';

/**
 * Live: still listed on the site, in search and on the map. A temporarily
 * closed offer stays listed, with a badge, so that people can find it again;
 * an ended one is only reachable from its detail page, which says it has ended.
 */
export const isLive = (record: { status?: Status | undefined }): boolean => record.status !== 'ended';

/** Active: running now, so it counts as provision in the gap analysis (housekeeping lists the rest). */
export const isActive = (record: { status?: Status | undefined }): boolean => record.status === undefined || record.status === 'active';
