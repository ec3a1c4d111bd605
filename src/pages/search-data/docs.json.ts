/** The search data's docs part (lib/search/asset.ts): what filters, counts, distances and map markers read, for every entry. */
import { splitIndexAsset } from '../../data/search.ts';

export const GET = async () =>
  new Response(JSON.stringify((await splitIndexAsset()).docs), { headers: { 'Content-Type': 'application/json' } });
