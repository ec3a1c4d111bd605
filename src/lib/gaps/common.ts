/** Definitions every section of the gap analysis shares. Pure. */

import { isActive, isWalesWideOrOnline } from '../content/status.ts';
import type { Provision } from '../schema/schema.ts';
import type { Region, Tier } from '../schema/vocabulary.ts';
import type { GapConfig } from './config.ts';

export interface GapArea {
  id: string;
  code: string;
  name: { en: string; cy: string };
  region: Region;
}

export const serves = (entry: Provision, tier: Tier): boolean => entry.tiers.includes(tier);

/** Delivered in the area, in person or by outreach: listed for the area, neither Wales-wide nor online. */
export const isLocalTo = (entry: Provision, area: string): boolean =>
  !isWalesWideOrOnline(entry) && entry.areas.includes(area);

/** Online offers listed for the area (Wales-wide online offers are Wales-wide: see isWalesWide). */
export const isOnlineFor = (entry: Provision, area: string): boolean =>
  entry.delivery === 'online' && !entry.walesWide && entry.areas.includes(area);

/**
 * The one meaning of "Wales-wide" in every section: an offer open to young people anywhere in
 * Wales (walesWide: true), however it is delivered, online included. It is shown beside an
 * area's local figures and never added to them, nor does it hide a missing local offer.
 */
export const isWalesWide = (entry: Provision): boolean => entry.walesWide;

/**
 * Open to every young person at its tiers: not limited to priority groups. An offer only for a
 * priority group (a youth justice service) is no coverage, reach or next tier for everyone; it
 * counts in that group's own row (section 8).
 */
export const isForEveryone = (entry: Provision): boolean => !entry.onlyForPriorityGroups;

/** Running Wales-wide offers open to everyone: the national line every section shows beside the local one. */
export const nationalOffers = (provision: readonly Provision[]): Provision[] =>
  provision.filter((e) => isActive(e) && isWalesWide(e) && isForEveryone(e));

/** Active entries listed for each area (Wales-wide ones are not listed under any area). One pass. */
export const entriesByArea = (provision: readonly Provision[]): Map<string, Provision[]> => {
  const out = new Map<string, Provision[]>();
  for (const entry of provision) {
    if (!isActive(entry) || entry.walesWide) continue;
    for (const area of entry.areas) {
      const list = out.get(area);
      if (list) list.push(entry);
      else out.set(area, [entry]);
    }
  }
  return out;
};

/**
 * A tier covered nationally in an area: a national tier (config.nationalTiers) that a Wales-wide
 * offer serves, where local provision is thin or missing. Coverage marks it so, and the
 * Welsh-language rule judges it on the Wales-wide offers: one rule for both.
 */
export const coveredNationally = (
  tier: Tier,
  local: number,
  walesWide: number,
  config: Pick<GapConfig, 'nationalTiers' | 'thinAtMost'>,
): boolean => local <= config.thinAtMost && config.nationalTiers.includes(tier) && walesWide > 0;

export const round = (n: number, places = 2): number => Math.round(n * 10 ** places) / 10 ** places;
