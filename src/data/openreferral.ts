/**
 * The Open Referral UK feed (lib/openreferral/feed.ts), built once per build from the content,
 * in English and in Welsh, and written by src/pages/openreferral/[...path].ts.
 */
import { translator } from '../dictionaries/index.ts';
import { LOCALES } from '../lib/i18n/locales.ts';
import { pathFor } from '../lib/i18n/routes.ts';
import { buildFeed } from '../lib/openreferral/feed.ts';
import { FEED_ROOT } from '../lib/openreferral/ids.ts';
import { siteContent } from './content.ts';
import { placeName } from './reference.ts';

let feed: Promise<Map<string, unknown>> | undefined;

/**
 * The feed's files by path. `siteUrl` is SITE_URL: every link names it when it is set, and is
 * relative to the file it is in when it is not (docs/openreferral.md, "Links").
 */
export const openReferralFeed = (siteUrl: string | undefined): Promise<Map<string, unknown>> => {
  feed ??= siteContent().then((content) => {
    const areas = new Map(content.areas.map((area) => [area.id, area]));
    return buildFeed({
      provision: content.provision,
      siteUrl: siteUrl?.replace(/\/$/, ''),
      languages: LOCALES,
      ctx: (lang) => ({
        detailPath: (id) => pathFor(lang, { route: 'detail', params: { id } }),
        provider: (id) => content.providers.get(id),
        area: (id) => areas.get(id),
        townName: (town) => placeName(town, lang),
        t: translator(lang),
      }),
    });
  });
  return feed;
};

/** The route parameter for a feed file: its path below FEED_ROOT. */
export const feedParam = (path: string): string => path.slice(FEED_ROOT.length + 1);
