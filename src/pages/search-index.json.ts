/** The search index, built at build time and fetched by the search island when it is needed. */
import { searchIndexAsset } from '../data/search.ts';

export const GET = async () => new Response(JSON.stringify(await searchIndexAsset()), { headers: { 'Content-Type': 'application/json' } });
