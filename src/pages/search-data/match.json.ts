/** The search data's match part (lib/search/asset.ts): vocabulary, Fuse index, synonyms, postings and title lengths. */
import { splitIndexAsset } from '../../data/search.ts';

export const GET = async () =>
  new Response(JSON.stringify((await splitIndexAsset()).match), { headers: { 'Content-Type': 'application/json' } });
