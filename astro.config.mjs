// @ts-check
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { preflight } from './src/integrations/preflight.ts';

// SITE_URL is where the site will live; it feeds canonical links and the sitemap.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    preflight(),
    react(),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en-GB', cy: 'cy-GB' } },
      filter: (page) => !page.includes('/404'),
    }),
  ],
  devToolbar: { enabled: false },
});
