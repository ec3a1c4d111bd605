/**
 * The editor at /admin/, kept apart from the public site: its files are written after the build
 * (and served by the dev server for `npm run cms`), never through Astro's pages, so that it is in
 * no sitemap, search index or service worker list, has a Content-Security-Policy of its own, and
 * none of its weight reaches a public page. Its files:
 * - index.html, with the editor's own policy;
 * - admin.js, src/admin/main.ts bundled with esbuild; admin.css and preview.css;
 * - config.json, made from the content schemas (src/lib/cms/config.ts), and data.json, the
 *   providers' and areas' names for the preview;
 * - decap/, Decap CMS's own prebuilt bundle, copied from node_modules, never from a CDN.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import cy from '../dictionaries/cy.json' with { type: 'json' };
import en from '../dictionaries/en.json' with { type: 'json' };
import { type CmsSettings, cmsConfig } from '../lib/cms/config.ts';
import { loadContent } from '../lib/content/load.ts';
import { contentDir } from '../lib/environment.ts';
import { cmsBackend } from '../lib/settings.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Decap's bundle and the chunks it loads from beside itself (no source maps). */
const decapDir = (): string => dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
const decapFiles = (): string[] =>
  readdirSync(decapDir()).filter((name) => name.endsWith('decap-cms.js') || name === 'decap-cms.js.LICENSE.txt');

/** Where the editor may connect and show pictures from: this site, the local backend, and the git host's API. */
export const adminPolicy = (backend: CmsSettings['backend']): string => {
  const connect = ["'self'", 'http://localhost:8081', 'http://127.0.0.1:8081'];
  const images = ["'self'", 'data:', 'blob:'];
  if (backend?.name === 'github') {
    connect.push(backend.api_root ? new URL(backend.api_root).origin : 'https://api.github.com');
    images.push(backend.api_root ? new URL(backend.api_root).origin : 'https://avatars.githubusercontent.com');
  }
  if (backend?.name === 'gitlab') {
    const origin = backend.api_root ? new URL(backend.api_root).origin : 'https://gitlab.com';
    connect.push(origin);
    images.push(origin, 'https://secure.gravatar.com');
  }
  if (backend?.base_url) connect.push(new URL(backend.base_url).origin);
  return [
    "default-src 'self'",
    // Decap checks its configuration with ajv, which compiles its checks with new Function: 'unsafe-eval', here only.
    "script-src 'self' 'unsafe-eval'",
    // Decap styles its interface with emotion, which writes <style> elements as it goes: 'unsafe-inline' for styles, here only.
    "style-src 'self' 'unsafe-inline'",
    `img-src ${[...new Set(images)].join(' ')}`,
    `connect-src ${[...new Set(connect)].join(' ')}`,
    "font-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
};

const page = (policy: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="robots" content="noindex, nofollow">
<title>Llwybrau editor · Golygydd Llwybrau</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/admin/admin.css">
<script src="/admin/admin.js"></script>
<script src="/admin/decap/decap-cms.js"></script>
</head>
<body></body>
</html>
`;

/** The editor's settings: the content folder as the repository names it, and the hosted backend if any. */
const settings = (root: string): CmsSettings => ({
  contentFolder: relative(root, contentDir()).split(sep).join('/') || '.',
  backend: cmsBackend(),
});

/** The files made afresh from the content: the configuration and the preview's names. */
const contentFiles = (root: string): Record<string, string> => {
  const { content } = loadContent(contentDir());
  const config = cmsConfig(settings(root), {
    provision: content.provision.map((entry) => ({ id: entry.id, kind: entry.kind, title: entry.title })),
    vocab: { en: en.vocab, cy: cy.vocab },
  });
  const data = {
    providers: Object.fromEntries(content.providers.map((provider) => [provider.id, provider.name])),
    areas: Object.fromEntries(content.areas.map((area) => [area.id, { name: area.name, region: area.region }])),
  };
  return { 'config.json': JSON.stringify(config), 'data.json': JSON.stringify(data) };
};

const script = async (): Promise<string> => {
  const result = await build({
    entryPoints: [here('../admin/main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  return result.outputFiles[0]?.text ?? '';
};

const styles = () => ({
  'admin.css': readFileSync(here('../admin/admin.css'), 'utf8'),
  // The preview shows cards as the site does: the site's own styles, then a few for the preview's frame.
  'preview.css': `${readFileSync(here('../styles/global.css'), 'utf8')}\n${readFileSync(here('../admin/preview.css'), 'utf8')}`,
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

export const admin = (): AstroIntegration => {
  let root = process.cwd();
  return {
    name: 'llwybrau:admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (request, response, next) => {
          const path = (request.url ?? '').split('?')[0] ?? '';
          if (!path.startsWith('/admin')) return next();
          try {
            const name = path === '/admin' || path === '/admin/' ? 'index.html' : path.slice('/admin/'.length);
            let body: string | Buffer | undefined;
            if (name === 'index.html') body = page(adminPolicy(settings(root).backend));
            else if (name === 'admin.js') body = await script();
            else if (Object.hasOwn(styles(), name)) body = styles()[name as keyof ReturnType<typeof styles>];
            else if (name === 'config.json' || name === 'data.json') body = contentFiles(root)[name];
            else if (name.startsWith('decap/') && decapFiles().includes(name.slice('decap/'.length)))
              body = readFileSync(join(decapDir(), name.slice('decap/'.length)));
            if (body === undefined) return next();
            response.setHeader('Content-Type', TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream');
            response.setHeader('Cache-Control', 'no-store');
            response.end(body);
          } catch (error) {
            response.statusCode = 500;
            response.setHeader('Content-Type', 'text/plain; charset=utf-8');
            response.end(`The editor could not be made: ${error instanceof Error ? error.message : String(error)}`);
          }
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), 'admin');
        mkdirSync(join(out, 'decap'), { recursive: true });
        const files: Record<string, string> = {
          'index.html': page(adminPolicy(settings(root).backend)),
          'admin.js': await script(),
          ...styles(),
          ...contentFiles(root),
        };
        for (const [name, body] of Object.entries(files)) writeFileSync(join(out, name), body);
        for (const name of decapFiles()) copyFileSync(join(decapDir(), name), join(out, 'decap', name));
        logger.info(
          `The editor is at /admin/ (${settings(root).backend ? 'hosted backend set' : 'local backend only: npm run cms'}).`,
        );
      },
    },
  };
};
