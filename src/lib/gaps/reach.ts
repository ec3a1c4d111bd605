/**
 * Section 7: reach. Towns (gazetteer type Town or City) with no offer at a checked tier
 * within reach: none at a venue within the configured straight-line distance (offers in any
 * area count: a young person can cross a county line), and no outreach listed for the
 * town's area at that tier (outreach comes to every town in its areas, as coverage counts
 * it). Wales-wide services are not counted: reach is about local provision. Pure.
 */

import { isActive } from '../content/status.ts';
import type { Provision } from '../schema/schema.ts';
import type { Tier } from '../schema/vocabulary.ts';
import { haversineKm } from '../search/distance.ts';
import { round, serves } from './common.ts';
import type { GapConfig } from './config.ts';

export interface Town {
  nameEn: string;
  nameCy: string;
  /** The area (content id) the town is in. */
  area: string;
  lat: number;
  lon: number;
}

export interface Nearest {
  entry: string;
  /** The venue's town. */
  venue: string;
  km: number;
}

export interface ReachGap {
  town: Town;
  /** For each checked tier, the nearest in-person offer (null: none anywhere), when it is beyond reach. */
  beyond: { tier: Tier; nearest: Nearest | null }[];
}

export const reach = (provision: readonly Provision[], towns: readonly Town[], config: GapConfig): ReachGap[] => {
  const venues = config.reachTiers.map((tier) => ({
    tier,
    points: provision
      .filter((e) => isActive(e) && e.delivery !== 'online' && e.delivery !== 'outreach' && serves(e, tier))
      .flatMap((e) => e.venues.map((v) => ({ entry: e.id, venue: v.town, lat: v.lat, lon: v.lon }))),
  }));
  // For each tier, the areas that outreach at that tier comes to.
  const outreach = new Map(
    config.reachTiers.map((tier) => [
      tier,
      new Set(
        provision
          .filter((e) => isActive(e) && !e.walesWide && e.delivery === 'outreach' && serves(e, tier))
          .flatMap((e) => e.areas),
      ),
    ]),
  );
  const gaps: ReachGap[] = [];
  for (const town of towns) {
    const beyond: ReachGap['beyond'] = [];
    for (const { tier, points } of venues) {
      if (outreach.get(tier)?.has(town.area)) continue;
      let nearest: Nearest | null = null;
      for (const point of points) {
        const km = haversineKm(town, point);
        if (nearest === null || km < nearest.km) nearest = { entry: point.entry, venue: point.venue, km };
      }
      if (nearest === null || nearest.km > config.reachKm)
        beyond.push({ tier, nearest: nearest && { ...nearest, km: round(nearest.km, 1) } });
    }
    if (beyond.length > 0) gaps.push({ town, beyond });
  }
  return gaps.sort((a, b) => a.town.area.localeCompare(b.town.area) || a.town.nameEn.localeCompare(b.town.nameEn));
};
