/**
 * The Open Referral UK feed (lib/openreferral/feed.ts), built once per build from the
 * content, with the site's public address, and written by src/pages/openreferral/[...path].ts.
 */
import { translator } from '../dictionaries/index.ts';
import { pathFor } from '../lib/i18n/routes.ts';
import { buildFeed } from '../lib/openreferral/feed.ts';
import { FEED_ROOT } from '../lib/openreferral/ids.ts';
import { siteContent } from './content.ts';

let feed: Promise<Map<string, unknown>> | undefined;

/** The feed's files by path; `site` is the build's SITE_URL (Astro's `site`). */
export const openReferralFeed = (site: URL | undefined): Promise<Map<string, unknown>> => {
  feed ??= siteContent().then((content) => {
    const areas = new Map(content.areas.map((area) => [area.id, area]));
    return buildFeed({
      provision: content.provision,
      ctx: {
        siteUrl: (site?.href ?? 'http://localhost:4321/').replace(/\/$/, ''),
        detailPath: (id) => pathFor('en', { route: 'detail', params: { id } }),
        provider: (id) => content.providers.get(id),
        area: (id) => areas.get(id),
        t: translator('en'),
      },
    });
  });
  return feed;
};

/** The route parameter for a feed file: its path below FEED_ROOT. */
export const feedParam = (path: string): string => path.slice(FEED_ROOT.length + 1);
