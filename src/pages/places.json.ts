/** Towns, villages and postcode districts for "near a place", prepared from the reference data at build time. */
import { placesAsset } from '../data/search.ts';

export const GET = async () =>
  new Response(JSON.stringify(await placesAsset()), { headers: { 'Content-Type': 'application/json' } });
