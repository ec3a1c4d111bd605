/**
 * A small slice of a dictionary for an island: only the sections it uses, so
 * the page does not ship every UI string to the browser.
 */

import type { Locale } from '../lib/i18n/locales.ts';
import type { Dictionary } from '../lib/i18n/translate.ts';
import cy from './cy.json';
import en from './en.json';

const DICTIONARIES: Record<Locale, Dictionary> = { en, cy };

/** Dotted paths to keep, e.g. 'search', 'vocab.language'. */
export const dictionarySubset = (lang: Locale, paths: readonly string[]): Dictionary => {
  const out: Dictionary = {};
  for (const path of paths) {
    const parts = path.split('.');
    let source: unknown = DICTIONARIES[lang];
    for (const part of parts) source = (source as Record<string, unknown> | undefined)?.[part];
    if (source === undefined) continue;
    let target = out;
    parts.slice(0, -1).forEach((part) => {
      target[part] ??= {};
      target = target[part] as Dictionary;
    });
    target[parts.at(-1) as string] = source as Dictionary;
  }
  return out;
};
