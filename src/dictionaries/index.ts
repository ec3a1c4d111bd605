/**
 * The UI dictionaries, validated when first imported: a malformed
 * dictionary stops the build instead of showing a blank label.
 */

import { dictionarySchema } from '../lib/i18n/dictionary-schema.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { createTranslator, type Dictionary, type Translator } from '../lib/i18n/translate.ts';
import cy from './cy.json';
import en from './en.json';

const parse = (name: string, raw: unknown): Dictionary => {
  const result = dictionarySchema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `src/dictionaries/${name}: ${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid UI dictionary:\n${lines.join('\n')}`);
  }
  return result.data;
};

const dictionaries: Record<Locale, Dictionary> = { en: parse('en.json', en), cy: parse('cy.json', cy) };
const warned = new Set<string>();

export const translator = (lang: Locale): Translator =>
  createTranslator(dictionaries, lang, (key) => {
    if (warned.has(key)) return;
    warned.add(key);
    console.warn(`[i18n] "${key}" has no ${lang} text; showing English.`);
  });
