/**
 * Section 7: reach. Towns (gazetteer type Town or City) with no offer at a checked tier
 * within reach: none at a venue within the configured straight-line distance (offers in any
 * area count: a young person can cross a county line), and no outreach listed for the
 * town's area at that tier (outreach comes to every town in its areas, as coverage counts
 * it). Wales-wide services are not counted: reach is about local provision, and neither are
 * offers only for a priority group: they are no reach for everyone. Alongside, the town-and-tier
 * cells within reach only through outreach, so an EPC can see how much rests on it. Pure.
 */

import { isActive } from '../content/status.ts';
import type { Provision } from '../schema/schema.ts';
import type { Tier } from '../schema/vocabulary.ts';
import { haversineKm } from '../search/distance.ts';
import { isForEveryone, round, serves } from './common.ts';
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

/** A town within reach at some tiers only because outreach is listed for its area: no venue within reach. */
export interface OutreachOnly {
  town: Town;
  tiers: { tier: Tier; offers: string[] }[];
}

export const reach = (
  provision: readonly Provision[],
  towns: readonly Town[],
  config: GapConfig,
): { gaps: ReachGap[]; outreachOnly: OutreachOnly[] } => {
  const counted = provision.filter((e) => isActive(e) && !e.walesWide && isForEveryone(e));
  const venues = config.reachTiers.map((tier) => ({
    tier,
    points: counted
      .filter((e) => e.delivery !== 'online' && e.delivery !== 'outreach' && serves(e, tier))
      .flatMap((e) => e.venues.map((v) => ({ entry: e.id, venue: v.town, lat: v.lat, lon: v.lon }))),
  }));
  // For each tier, the outreach offers at that tier in each area they come to.
  const outreach = new Map(
    config.reachTiers.map((tier) => {
      const byArea = new Map<string, string[]>();
      for (const e of counted) {
        if (e.delivery !== 'outreach' || !serves(e, tier)) continue;
        for (const area of e.areas) byArea.set(area, [...(byArea.get(area) ?? []), e.id]);
      }
      return [tier, byArea];
    }),
  );
  const gaps: ReachGap[] = [];
  const outreachOnly: OutreachOnly[] = [];
  for (const town of towns) {
    const beyond: ReachGap['beyond'] = [];
    const onlyOutreach: OutreachOnly['tiers'] = [];
    for (const { tier, points } of venues) {
      let nearest: Nearest | null = null;
      for (const point of points) {
        const km = haversineKm(town, point);
        if (nearest === null || km < nearest.km) nearest = { entry: point.entry, venue: point.venue, km };
      }
      if (nearest !== null && nearest.km <= config.reachKm) continue;
      const comes = outreach.get(tier)?.get(town.area);
      if (comes) onlyOutreach.push({ tier, offers: comes });
      else beyond.push({ tier, nearest: nearest && { ...nearest, km: round(nearest.km, 1) } });
    }
    if (beyond.length > 0) gaps.push({ town, beyond });
    if (onlyOutreach.length > 0) outreachOnly.push({ town, tiers: onlyOutreach });
  }
  const byTown = (a: { town: Town }, b: { town: Town }) =>
    a.town.area.localeCompare(b.town.area) || a.town.nameEn.localeCompare(b.town.nameEn);
  return { gaps: gaps.sort(byTown), outreachOnly: outreachOnly.sort(byTown) };
};
