/** Every file of the Open Referral UK feed (docs/openreferral.md): the index, services, taxonomies and terms, and their paged lists. */
import type { APIContext, GetStaticPaths } from 'astro';
import { feedParam, openReferralFeed } from '../../data/openreferral.ts';

export const getStaticPaths = (async () => {
  // The build's SITE_URL (astro.config.mjs `site`), so every link in the feed names the public address.
  const site = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;
  return [...(await openReferralFeed(site)).entries()].map(([path, body]) => ({
    params: { path: feedParam(path) },
    props: { body },
  }));
}) satisfies GetStaticPaths;

export const GET = ({ props }: APIContext<{ body: unknown }>) =>
  new Response(JSON.stringify(props.body), { headers: { 'Content-Type': 'application/json' } });
