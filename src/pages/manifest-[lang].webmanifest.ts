/** The web app manifest in each language, so the site can be added to a phone's home screen. */
import type { APIContext } from 'astro';
import { translator } from '../dictionaries/index.ts';
import { LOCALES, type Locale } from '../lib/i18n/locales.ts';
import { pathFor } from '../lib/i18n/routes.ts';

export const getStaticPaths = () => LOCALES.map((lang) => ({ params: { lang }, props: { lang } }));

export const GET = ({ props }: APIContext<{ lang: Locale }>) => {
  const t = translator(props.lang);
  const manifest = {
    name: `${t('site.name')}: ${t('site.tagline')}`,
    short_name: t('site.name'),
    lang: props.lang,
    dir: 'ltr',
    start_url: pathFor(props.lang, { route: 'home' }),
    scope: `/${props.lang}/`,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5d3b',
    icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
