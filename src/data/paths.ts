/**
 * getStaticPaths for the dynamic routes, shared by the English and Welsh page files.
 */

import { KINDS, TIERS } from '../lib/content/vocabulary.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { KIND_SLUGS } from '../lib/i18n/routes.ts';
import { siteContent } from './content.ts';

export const provisionPaths = async () => (await siteContent()).provision.map((entry) => ({ params: { id: entry.id }, props: { entry } }));

export const areaPaths = async () => (await siteContent()).areas.map((area) => ({ params: { slug: area.slug }, props: { area } }));

export const tierPaths = () => TIERS.map((tier) => ({ params: { tier: String(tier) }, props: { tier } }));

export const kindPaths = (lang: Locale) => KINDS.map((kind) => ({ params: { kindSlug: KIND_SLUGS[kind][lang] }, props: { kind } }));
