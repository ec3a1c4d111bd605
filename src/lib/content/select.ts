/**
 * Pure selections over provision used by the pages: by kind, tier and area.
 */
import type { Provision } from '../schema/schema.ts';
import { KINDS, type Kind, TIERS, type Tier } from '../schema/vocabulary.ts';
import { isLive } from './status.ts';

/** True when the entry has no Welsh title or summary. */
export const missingWelsh = (entry: Provision): boolean =>
  entry.title.cy === undefined || entry.summary.cy === undefined;

/** Entries grouped by kind, in the site's fixed kind order; kinds with nothing are left out. */
export const groupByKind = (entries: readonly Provision[]): { kind: Kind; entries: Provision[] }[] =>
  KINDS.map((kind) => ({ kind, entries: entries.filter((entry) => entry.kind === kind) })).filter(
    (group) => group.entries.length > 0,
  );

/** Entries grouped under each tier they serve (an entry serving tiers 2 and 3 appears under both). */
export const groupByTier = (entries: readonly Provision[]): { tier: Tier; entries: Provision[] }[] =>
  TIERS.map((tier) => ({ tier, entries: entries.filter((entry) => entry.tiers.includes(tier)) })).filter(
    (group) => group.entries.length > 0,
  );

/**
 * What a young person in an area can use: offers tagged with the area, and
 * separately the national offers open to anyone in Wales. Ended offers are left out.
 */
export const provisionForArea = (
  entries: readonly Provision[],
  areaId: string,
): { local: Provision[]; anywhere: Provision[] } => {
  const live = entries.filter(isLive);
  return {
    local: live.filter((entry) => entry.areas.includes(areaId) && !entry.walesWide),
    anywhere: live.filter((entry) => entry.walesWide),
  };
};

export const servesTier = (entries: readonly Provision[], tier: Tier): Provision[] =>
  entries.filter((entry) => entry.tiers.includes(tier) && isLive(entry));
