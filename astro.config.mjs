// @ts-check
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { preflight } from './src/integrations/preflight.ts';
import { LOCALE_META, LOCALES } from './src/lib/i18n/locales.ts';
import { pageForPath, pathFor } from './src/lib/i18n/routes.ts';

const site = process.env.SITE_URL ?? 'http://localhost:4321';

// SITE_URL is where the site will live; it feeds canonical links and the sitemap.
export default defineConfig({
  site,
  // The end-to-end tests also build a copy without the reference data into another folder.
  outDir: process.env.LLWYBRAU_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    preflight(),
    react(),
    sitemap({
      filter: (page) => !page.includes('/404'),
      // Welsh paths differ from English ones (/cy/chwilio/ and /en/search/), so pair them through the route table.
      serialize: (item) => {
        const found = pageForPath(new URL(item.url).pathname);
        if (found) item.links = LOCALES.map((lang) => ({ lang: LOCALE_META[lang].hreflang, url: new URL(pathFor(lang, found.page), site).href }));
        return item;
      },
    }),
  ],
  devToolbar: { enabled: false },
});
