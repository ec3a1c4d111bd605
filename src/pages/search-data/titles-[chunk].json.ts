/** The search data's ids and titles, a chunk of entries per file (lib/search/asset.ts), fetched for the cards shown. */
import type { GetStaticPaths } from 'astro';
import { splitIndexAsset } from '../../data/search.ts';
import type { TitlesChunk } from '../../lib/search/asset.ts';

export const getStaticPaths = (async () =>
  (await splitIndexAsset()).titles.map((chunk, i) => ({
    params: { chunk: String(i) },
    props: { chunk },
  }))) satisfies GetStaticPaths;

export const GET = ({ props }: { props: { chunk: TitlesChunk } }) =>
  new Response(JSON.stringify(props.chunk), { headers: { 'Content-Type': 'application/json' } });
