/** Definitions every section of the gap analysis shares. Pure. */

import { isActive, isWalesWideOrOnline } from '../content/status.ts';
import type { Provision } from '../schema/schema.ts';
import type { Region, Tier } from '../schema/vocabulary.ts';

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

/** Online offers open to the area: listed for it, or Wales-wide. */
export const isOnlineFor = (entry: Provision, area: string): boolean =>
  entry.delivery === 'online' && (entry.walesWide || entry.areas.includes(area));

/** Wales-wide offers that are not online (national services with outreach or phone support). */
export const isWalesWideInPerson = (entry: Provision): boolean => entry.walesWide && entry.delivery !== 'online';

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

export const round = (n: number, places = 2): number => Math.round(n * 10 ** places) / 10 ** places;
