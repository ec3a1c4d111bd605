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

/** The English entries that `other` lacks, at any depth. */
export const missingFrom = (english: Dictionary, other: Dictionary | undefined): Dictionary => {
  const out: Dictionary = {};
  for (const [key, value] of Object.entries(english)) {
    const theirs = other?.[key];
    if (theirs === undefined) out[key] = value;
    else if (typeof value === 'object' && typeof theirs === 'object') {
      const below = missingFrom(value as Dictionary, theirs as Dictionary);
      if (Object.keys(below).length > 0) out[key] = below;
    }
  }
  return out;
};

/**
 * The English a page's script needs to stand in for words its language lacks: none on an English
 * page (its own strings are English), and on a Welsh page only the entries with no Welsh yet, so
 * that no page carries the same words twice. The script reads both with pageTranslator().
 */
export const fallbackSubset = (lang: Locale, paths: readonly string[]): Dictionary =>
  lang === 'en' ? {} : missingFrom(dictionarySubset('en', paths), dictionarySubset(lang, paths));
