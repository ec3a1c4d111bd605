// @ts-check
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { admin } from './src/integrations/admin.ts';
import { exitWhenWritten } from './src/integrations/exit.ts';
import { modulePreload } from './src/integrations/module-preload.ts';
import { preflight } from './src/integrations/preflight.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { LOCALE_META, LOCALES } from './src/lib/i18n/locales.ts';
import { pageForPath, pathFor } from './src/lib/i18n/routes.ts';
import { settingsProblems } from './src/lib/settings.ts';

// Every setting is checked before anything else: a wrong one stops here, one line each, rather than reaching every page.
const settingProblems = settingsProblems(process.env);
if (settingProblems.length > 0) {
  for (const line of settingProblems) console.error(`[llwybrau] ${line}`);
  console.error(
    `[llwybrau] ${settingProblems.length === 1 ? 'That setting is' : 'Those settings are'} wrong; correct ${settingProblems.length === 1 ? 'it' : 'them'} (docs/deploying.md) and run again.`,
  );
  await exitWhenWritten(1);
}

const site = process.env.SITE_URL?.trim() || undefined;
// Say which address the links name, and shout when there is none: a build to deploy must set SITE_URL.
if (process.argv.includes('build')) {
  if (site) console.log(`[llwybrau] Canonical links, hreflang alternates, the feed and the sitemap name ${site}`);
  else {
    console.warn(
      '[llwybrau] SITE_URL is not set: links name paths only, the Open Referral feed links relative to itself, and no sitemap is written (a sitemap needs the full address). Fine for trying the site; for a build you will deploy, set SITE_URL=https://… (see README, Deploying).',
    );
  }
}
if (process.argv.includes('build') && !process.env.LLWYBRAU_REPORT_EMAIL?.trim()) {
  console.warn(
    '[llwybrau] LLWYBRAU_REPORT_EMAIL is not set: "Something wrong with this?" on Wales-wide records writes to llwybrau@example.org. For a build you will deploy, set it to your team’s public inbox (see README, Deploying).',
  );
}
/** The origin of the council's own tile server, when one is configured (see README, Map). */
const tileOrigin = (() => {
  try {
    return process.env.LLWYBRAU_TILE_URL
      ? new URL(process.env.LLWYBRAU_TILE_URL.replace(/\{[a-z]\}/g, '0')).origin
      : null;
  } catch {
    return null;
  }
})();

// SITE_URL is where the site will live; it feeds canonical links and the sitemap.
export default defineConfig({
  ...(site ? { site } : {}),
  // The end-to-end tests also build a copy without the reference data into another folder.
  outDir: process.env.LLWYBRAU_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    preflight(),
    react(),
    // Before the service worker's step, which fingerprints the pages as finally written.
    modulePreload(),
    serviceWorker(),
    // The editor at /admin/, written after the pages, with its own policy; never a page of the site (src/integrations/admin.ts).
    admin(),
    // A sitemap names full addresses, so there is one only when SITE_URL says what they are.
    ...(site
      ? [
          sitemap({
            // Neither the 404 page nor the offline page, which only the service worker shows, is a page to find.
            filter: (page) => !page.includes('/404') && pageForPath(new URL(page).pathname)?.page.route !== 'offline',
            // Welsh paths differ from English ones (/cy/chwilio/ and /en/search/), so pair them through the route table.
            serialize: (item) => {
              const found = pageForPath(new URL(item.url).pathname);
              if (found)
                item.links = LOCALES.map((lang) => ({
                  lang: LOCALE_META[lang].hreflang,
                  url: new URL(pathFor(lang, found.page), site).href,
                }));
              return item;
            },
          }),
        ]
      : []),
  ],
  // A Content-Security-Policy on every page, as a <meta> element: Astro hashes the scripts and
  // styles it bundles or inlines, so no 'unsafe-inline' is needed. Nothing loads from other hosts,
  // except map tiles when a council configures its own tile server.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        `img-src 'self' data:${tileOrigin ? ` ${tileOrigin}` : ''}`,
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // No Markdown pages, so no code highlighting: Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
