/**
 * What the end-to-end tests expect, computed from the same content the site
 * was built from (through src/lib), so the tests check the pages against
 * the data rather than against numbers copied by hand.
 */

import cy from '../../src/dictionaries/cy.json' with { type: 'json' };
import en from '../../src/dictionaries/en.json' with { type: 'json' };
import { loadContent } from '../../src/lib/content/load.ts';
import { isLive } from '../../src/lib/content/status.ts';
import { contentDir } from '../../src/lib/environment.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import { createTranslator, type Translator } from '../../src/lib/i18n/translate.ts';

// The tests run in their own processes, so they read the content once more, through the build's own loader.
export const content = loadContent(contentDir()).content;
export const live = content.provision.filter(isLive);
/** What the search and the map show by default: live offers, less the temporarily closed ones (shown when asked for). */
export const shown = live.filter((entry) => entry.status !== 'temporarily-closed');
export const dictionaries = { en, cy } as const;
export const LANGS: Locale[] = ['en', 'cy'];
/** The site's own translator, so expected text has its placeholders filled (and numbers formatted) as the pages do. */
export const translators: Record<Locale, Translator> = {
  en: createTranslator(dictionaries, 'en'),
  cy: createTranslator(dictionaries, 'cy'),
};
