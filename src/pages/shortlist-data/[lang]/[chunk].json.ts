/** The shortlist page's data, one chunk of records per file and language (src/data/shortlist.ts). */
import type { GetStaticPaths } from 'astro';
import { shortlistChunks } from '../../../data/shortlist.ts';
import { LOCALES } from '../../../lib/i18n/locales.ts';
import type { ShortlistChunk } from '../../../lib/shortlist/entry.ts';

export const getStaticPaths = (async () =>
  (
    await Promise.all(
      LOCALES.map(async (lang) =>
        (await shortlistChunks(lang)).map((chunk, i) => ({ params: { lang, chunk: String(i) }, props: { chunk } })),
      ),
    )
  ).flat()) satisfies GetStaticPaths;

export const GET = ({ props }: { props: { chunk: ShortlistChunk } }) =>
  new Response(JSON.stringify(props.chunk), { headers: { 'Content-Type': 'application/json' } });
