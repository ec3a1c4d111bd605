/**
 * getStaticPaths for the dynamic routes, shared by the English and Welsh page files.
 */

import { laterPages } from '../lib/content/paging.ts';
import { provisionForArea, servesTier } from '../lib/content/select.ts';
import { isLive } from '../lib/content/status.ts';
import { KINDS, TIERS } from '../lib/content/vocabulary.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { KIND_SLUGS } from '../lib/i18n/routes.ts';
import { siteContent } from './content.ts';

export const provisionPaths = async () => (await siteContent()).provision.map((entry) => ({ params: { id: entry.id }, props: { entry } }));

export const areaPaths = async () => (await siteContent()).areas.map((area) => ({ params: { slug: area.slug }, props: { area } }));

export const tierPaths = () => TIERS.map((tier) => ({ params: { tier: String(tier) }, props: { tier } }));

export const kindPaths = (lang: Locale) => KINDS.map((kind) => ({ params: { kindSlug: KIND_SLUGS[kind][lang] }, props: { kind } }));

/** Pages 2 and on of the list of every option. */
export const browsePagePaths = async () =>
  laterPages((await siteContent()).provision.filter(isLive).length).map((page) => ({ params: { page: String(page) }, props: { page } }));

/** Pages 2 and on of each tier's list. */
export const tierPagePaths = async () => {
  const { provision } = await siteContent();
  return TIERS.flatMap((tier) =>
    laterPages(servesTier(provision, tier).length).map((page) => ({ params: { tier: String(tier), page: String(page) }, props: { tier, page } })),
  );
};

/** How many options an area's tier page lists: its own and the Wales-wide ones that serve the tier. */
const areaTierCount = (provision: Awaited<ReturnType<typeof siteContent>>['provision'], area: string, tier: number) => {
  const { local, anywhere } = provisionForArea(provision, area);
  return [...local, ...anywhere].filter((entry) => entry.tiers.includes(tier as never)).length;
};

/** Every area with every tier: "tier 2 in Conwy". */
export const areaTierPaths = async () =>
  (await siteContent()).areas.flatMap((area) => TIERS.map((tier) => ({ params: { slug: area.slug, tier: String(tier) }, props: { area, tier } })));

/** Pages 2 and on of each area's tier lists. */
export const areaTierPagePaths = async () => {
  const { provision, areas } = await siteContent();
  return areas.flatMap((area) =>
    TIERS.flatMap((tier) =>
      laterPages(areaTierCount(provision, area.id, tier)).map((page) => ({
        params: { slug: area.slug, tier: String(tier), page: String(page) },
        props: { area, tier, page },
      })),
    ),
  );
};
