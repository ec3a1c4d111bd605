/**
 * The long lists that are paged (every option, each tier, each area and tier), each worked out
 * once per build: every page of a list, in both languages, takes its slice of the same array.
 * At 100× the sample that is some thousand pages, and sorting the whole data set for each of
 * them was most of the time they took.
 */
import { groupByKind, provisionForArea, servesTier } from '../lib/content/select.ts';
import { isLive } from '../lib/content/status.ts';
import type { Tier } from '../lib/schema/vocabulary.ts';
import { siteContent } from './content.ts';

type Entries = Awaited<ReturnType<typeof siteContent>>['provision'];
const cache = new Map<string, Promise<Entries>>();
const once = (key: string, make: (provision: Entries) => Entries): Promise<Entries> => {
  let found = cache.get(key);
  if (!found) {
    found = siteContent().then((content) => make(content.provision));
    cache.set(key, found);
  }
  return found;
};

/** Every live option, grouped by kind. */
export const browseList = (): Promise<Entries> =>
  once('browse', (provision) => groupByKind(provision.filter(isLive)).flatMap((group) => group.entries));

/** The options serving a tier, grouped by kind. */
export const tierList = (tier: Tier): Promise<Entries> =>
  once(`tier:${tier}`, (provision) => groupByKind(servesTier(provision, tier)).flatMap((group) => group.entries));

/** An area's options serving a tier, then the Wales-wide ones, each grouped by kind. */
export const areaTierList = (area: string, tier: Tier): Promise<Entries> =>
  once(`area:${area}:${tier}`, (provision) => {
    const { local, anywhere } = provisionForArea(provision, area);
    const serving = (list: Entries) => list.filter((entry) => entry.tiers.includes(tier));
    return [...groupByKind(serving(local)), ...groupByKind(serving(anywhere))].flatMap((group) => group.entries);
  });
