/**
 * What a record's status means for the site, defined once.
 * Shared by server and client code: no imports but types.
 */
import type { DeliveryMode, Status } from '../schema/vocabulary.ts';

/**
 * Live: still listed on the site, in search and on the map. A temporarily
 * closed offer stays listed, with a badge, so that people can find it again;
 * an ended one is only reachable from its detail page, which says it has ended.
 */
export const isLive = (record: { status?: Status | undefined }): boolean => record.status !== 'ended';

/** Active: running now, so it counts as provision in the gap analysis (housekeeping lists the rest). */
export const isActive = (record: { status?: Status | undefined }): boolean =>
  record.status === undefined || record.status === 'active';

/**
 * Available anywhere: open wherever a young person in Wales lives, because it is Wales-wide.
 * Search lists it apart with no distance, and the map gives it no marker. An online or outreach
 * offer listed for some areas is not: it is open to young people in those areas, and belongs
 * to them (with no distance near a place in them, and left out near a place outside them).
 */
export const isAvailableAnywhere = (record: { walesWide: boolean }): boolean => record.walesWide;

/**
 * Wales-wide or online: what the gap analysis counts apart from local provision, since neither
 * fills a local gap. (Search's "Wales-wide offers" filter acts on isAvailableAnywhere: an online
 * offer for some areas belongs to them; the delivery filter leaves online out.)
 */
export const isWalesWideOrOnline = (record: { walesWide: boolean; delivery: DeliveryMode }): boolean =>
  record.walesWide || record.delivery === 'online';

/** The date `months` calendar months before an ISO date (YYYY-MM-DD), clamped to the month's last day. */
export const monthsBefore = (isoDate: string, months: number): string => {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
};

/** A record's review counts as old after this many months: the page says to check with the provider (the gap analysis lists it too). */
export const REVIEW_OLD_AFTER_MONTHS = 12;

/** Last checked more than REVIEW_OLD_AFTER_MONTHS months before `today` (YYYY-MM-DD). */
export const reviewIsOld = (lastReviewed: string, today: string): boolean =>
  lastReviewed < monthsBefore(today, REVIEW_OLD_AFTER_MONTHS);
