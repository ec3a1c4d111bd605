/**
 * getStaticPaths for the dynamic routes, shared by the English and Welsh page files.
 */

import type { Locale } from '../lib/i18n/locales.ts';
import { KIND_SLUGS } from '../lib/i18n/routes.ts';
import { laterPages } from '../lib/pages/paging.ts';
import { KINDS, TIERS } from '../lib/schema/vocabulary.ts';
import { siteContent } from './content.ts';
import { areaTierList, browseList, tierList } from './lists.ts';

export const provisionPaths = async () =>
  (await siteContent()).provision.map((entry) => ({ params: { id: entry.id }, props: { entry } }));

export const areaPaths = async () =>
  (await siteContent()).areas.map((area) => ({ params: { slug: area.slug }, props: { area } }));

export const tierPaths = () => TIERS.map((tier) => ({ params: { tier: String(tier) }, props: { tier } }));

export const kindPaths = (lang: Locale) =>
  KINDS.map((kind) => ({ params: { kindSlug: KIND_SLUGS[kind][lang] }, props: { kind } }));

/** Pages 2 and on of the list of every option. */
export const browsePagePaths = async () =>
  laterPages((await browseList()).length).map((page) => ({ params: { page: String(page) }, props: { page } }));

/** Pages 2 and on of each tier's list. */
export const tierPagePaths = async () =>
  (
    await Promise.all(
      TIERS.map(async (tier) =>
        laterPages((await tierList(tier)).length).map((page) => ({
          params: { tier: String(tier), page: String(page) },
          props: { tier, page },
        })),
      ),
    )
  ).flat();

/** Every area with every tier: "tier 2 in Conwy". */
export const areaTierPaths = async () =>
  (await siteContent()).areas.flatMap((area) =>
    TIERS.map((tier) => ({ params: { slug: area.slug, tier: String(tier) }, props: { area, tier } })),
  );

/** Pages 2 and on of each area's tier lists. */
export const areaTierPagePaths = async () => {
  const { areas } = await siteContent();
  const paths = await Promise.all(
    areas.flatMap((area) =>
      TIERS.map(async (tier) =>
        laterPages((await areaTierList(area.id, tier)).length).map((page) => ({
          params: { slug: area.slug, tier: String(tier), page: String(page) },
          props: { area, tier, page },
        })),
      ),
    ),
  );
  return paths.flat();
};
