/** Every file of the Open Referral UK feed (docs/openreferral.md), in English and in Welsh: the index, services, services at locations, taxonomies and terms, and their paged lists. */
import type { APIContext, GetStaticPaths } from 'astro';
import { feedParam, openReferralFeed } from '../../data/openreferral.ts';

export const getStaticPaths = (async () => {
  // SITE_URL, so that every link in the feed names the public address; without it links are relative.
  return [...(await openReferralFeed(process.env.SITE_URL?.trim() || undefined)).entries()].map(([path, body]) => ({
    params: { path: feedParam(path) },
    props: { body },
  }));
}) satisfies GetStaticPaths;

export const GET = ({ props }: APIContext<{ body: unknown }>) =>
  new Response(JSON.stringify(props.body), { headers: { 'Content-Type': 'application/json' } });
