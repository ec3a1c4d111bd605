/**
 * Text in the page's language, with its fallback to English, defined once.
 * Shared by server and client code: no imports but the locale type.
 */
import type { Locale } from './locales.ts';

/** Text written in English and, when someone has written it, in Welsh. */
export interface BilingualText {
  en: string;
  cy?: string | undefined;
}

export interface LocalText {
  text: string;
  /** The language the text is actually in: differs from the page when Welsh is missing. */
  lang: Locale;
  fallback: boolean;
}

/** Welsh when it exists; otherwise English, flagged so the page can set lang="en" and say so. */
export const localText = (value: BilingualText, lang: Locale): LocalText =>
  lang === 'cy' && value.cy === undefined
    ? { text: value.en, lang: 'en', fallback: true }
    : { text: lang === 'cy' ? (value.cy as string) : value.en, lang, fallback: false };
