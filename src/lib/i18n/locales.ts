/**
 * The site's two languages, defined once.
 * Shared by server and client code: keep it small and free of imports.
 */
export const LOCALES = ['en', 'cy'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export const LOCALE_META: Record<Locale, { name: string; bcp47: string; hreflang: string }> = {
  en: { name: 'English', bcp47: 'en-GB', hreflang: 'en-GB' },
  cy: { name: 'Cymraeg', bcp47: 'cy-GB', hreflang: 'cy-GB' },
};

export const isLocale = (value: unknown): value is Locale => value === 'en' || value === 'cy';
export const otherLocale = (lang: Locale): Locale => (lang === 'en' ? 'cy' : 'en');
