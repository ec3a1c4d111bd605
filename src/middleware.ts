/**
 * Every built page: the first use of each glossary word links to its entry (src/lib/i18n/glossary-links.ts).
 * Only HTML pages under /en/ and /cy/, and never the glossary itself; data files pass through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { linkFirstUses } from './lib/i18n/glossary-links.ts';
import { pageForPath, pathFor } from './lib/i18n/routes.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const found = pageForPath(context.url.pathname);
  if (!found || found.page.route === 'glossary' || !response.headers.get('content-type')?.includes('text/html'))
    return response;
  const html = linkFirstUses(await response.text(), found.lang, pathFor(found.lang, { route: 'glossary' }));
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
