/** robots.txt: everything may be indexed but the editor (/admin/); with SITE_URL set, the sitemap there lists every page in both languages. */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\nDisallow: /admin/\n${site ? `\nSitemap: ${new URL('sitemap-index.xml', site).href}\n` : ''}`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
