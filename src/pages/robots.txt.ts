/** robots.txt: everything may be indexed but the editor (/admin/), and the sitemap (at SITE_URL) lists every page in both languages. */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\nDisallow: /admin/\n\nSitemap: ${new URL('sitemap-index.xml', site ?? 'http://localhost:4321').href}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
