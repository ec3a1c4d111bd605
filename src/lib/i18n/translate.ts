/**
 * Translation with English fallback and CLDR plurals.
 *
 * Welsh has six plural categories (zero, one, two, few, many, other) and
 * mutates the noun after a number, so counts are whole phrases chosen by
 * Intl.PluralRules, never a number glued onto a translated word.
 * In Welsh, a placeholder after "a", "â", "gyda" or "tua" goes through the mutation rules: "ac" and
 * "ag" before a vowel sound ("1 Cymraeg ac 8 dwyieithog"), the aspirate mutation otherwise ("a
 * Chymorth…"), so that no template glues a value onto a word that changes it. A name with the
 * article ("Y Barri") keeps it in lower case after a word ("Ger y Barri"), and as ’r after a vowel
 * ("o’r Barri", "Mae’r Barri"). A count's zero form starts a sentence ("Dim lleoedd") and is
 * lower case after a word ("yn dangos dim lleoedd").
 * Shared by server and client code (the search island): no dependencies but the Welsh rules.
 */
import { LOCALE_META, type Locale } from './locales.ts';
import type { MessageKey } from './message-keys.ts';
import { ASPIRATE_WORDS, withWord } from './mutate.ts';

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
export type PluralForms = { [C in PluralCategory]?: string | undefined } & { other: string };
export interface Dictionary {
  [key: string]: string | PluralForms | Dictionary;
}

const isPlural = (value: unknown): value is PluralForms =>
  typeof value === 'object' && value !== null && typeof (value as PluralForms).other === 'string';

/** Every leaf key in a dictionary, as dotted paths (plural phrases count as one leaf). */
export const leafKeys = (dict: Dictionary, prefix = ''): string[] =>
  Object.entries(dict).flatMap(([key, value]) =>
    typeof value === 'string' || isPlural(value)
      ? [`${prefix}${key}`]
      : leafKeys(value as Dictionary, `${prefix}${key}.`),
  );

const lookup = (dict: Dictionary, key: string): string | PluralForms | undefined => {
  let node: Dictionary | string | PluralForms | undefined = dict;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string' || isPlural(node)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' || isPlural(node) ? node : undefined;
};

// Intl objects are costly to create; one of each per language is enough.
const numberFormats = new Map<Locale, Intl.NumberFormat>();
const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormat = (lang: Locale): Intl.NumberFormat => {
  const cached = numberFormats.get(lang);
  if (cached) return cached;
  const format = new Intl.NumberFormat(LOCALE_META[lang].bcp47);
  numberFormats.set(lang, format);
  return format;
};
const pluralRule = (lang: Locale): Intl.PluralRules => {
  const cached = pluralRules.get(lang);
  if (cached) return cached;
  const rules = new Intl.PluralRules(LOCALE_META[lang].bcp47);
  pluralRules.set(lang, rules);
  return rules;
};

/** A Welsh word before a placeholder that the value changes: "a {x}", "ac {x}", "â {x}"… at the end of the text so far. */
const JOINING = new RegExp(`(^|[\\s(“‘])(${Object.entries(ASPIRATE_WORDS).flat().join('|')}) $`);
const BASE: Record<string, keyof typeof ASPIRATE_WORDS> = Object.fromEntries(
  Object.entries(ASPIRATE_WORDS).flatMap(([base, before]) => [
    [base, base],
    [before, base],
  ]),
) as Record<string, keyof typeof ASPIRATE_WORDS>;

/** Text so far that ends mid-sentence: a count's zero form ("Dim lleoedd") is written in lower case there ("mewn dim lleoedd"). */
const MID_SENTENCE = /[\p{L}\p{N},;–] $/u;

const fill = (template: string, vars: Record<string, string | number>, lang: Locale): string => {
  if (template.indexOf('{') === -1) return template;
  let out = '';
  let from = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const name = match[1] as string;
    out += template.slice(from, match.index);
    from = match.index + match[0].length;
    const raw = vars[name];
    if (raw === undefined) {
      out += match[0];
      continue;
    }
    const value = typeof raw === 'number' ? numberFormat(lang).format(raw) : raw;
    const joined = lang === 'cy' ? JOINING.exec(out) : null;
    const article = lang === 'cy' ? /^(Y|Yr) (?=\S)/.exec(value) : null;
    const wordBefore = article ? /(\p{L}+) $/u.exec(out) : null;
    if (joined) {
      const word = joined[2] as string;
      out = `${out.slice(0, out.length - word.length - 1)}${withWord(BASE[word] as keyof typeof ASPIRATE_WORDS, value)}`;
    } else if (article && wordBefore) {
      // "Ger y Barri", "o’r Barri": the article goes with the word before it.
      const rest = value.slice(article[0].length);
      out = /[aeiouwyâêîôûŵŷ]$/i.test(wordBefore[1] as string)
        ? `${out.slice(0, -1)}’r ${rest}`
        : `${out}${(article[1] as string).toLowerCase()} ${rest}`;
    } else out += lang === 'cy' && MID_SENTENCE.test(out) ? value.replace(/^Dim /, 'dim ') : value;
  }
  return out + template.slice(from);
};

export interface Translator<K extends string = MessageKey> {
  lang: Locale;
  /** A phrase; falls back to English when the Welsh is missing. Throws on a key that exists in neither. */
  (key: K, vars?: Record<string, string | number>): string;
  /** A counted phrase, chosen by the language's plural rules; `{count}` is filled in. */
  plural: (key: K, count: number, vars?: Record<string, string | number>) => string;
  /** Whether this language has its own text for the key (false means English is standing in). */
  has: (key: K) => boolean;
}

/**
 * A page script's translator, from the strings the page gave it in its language and the English that stands
 * in for any missing (dictionaries/subset.ts, fallbackSubset: nothing on an English page).
 */
export const pageTranslator = <K extends string = MessageKey>(
  strings: Dictionary,
  fallbackStrings: Dictionary,
  lang: Locale,
): Translator<K> => createTranslator<K>({ en: lang === 'en' ? strings : fallbackStrings, cy: strings }, lang);

/** `K` is the keys the dictionaries hold: the site's MessageKey unless a test brings its own. */
export const createTranslator = <K extends string = MessageKey>(
  dictionaries: Record<Locale, Dictionary>,
  lang: Locale,
  onFallback?: (key: string) => void,
): Translator<K> => {
  const resolve = (key: string) => {
    const own = lookup(dictionaries[lang], key);
    if (own !== undefined) return { value: own, lang };
    const english = lookup(dictionaries.en, key);
    if (english === undefined)
      throw new Error(`Unknown UI string "${key}": add it to src/dictionaries/en.json and cy.json`);
    onFallback?.(key);
    return { value: english, lang: 'en' as Locale };
  };
  const t = ((key: K, vars: Record<string, string | number> = {}) => {
    const { value, lang: used } = resolve(key);
    return fill(typeof value === 'string' ? value : value.other, vars, used);
  }) as Translator<K>;
  t.lang = lang;
  t.plural = (key, count, vars = {}) => {
    const { value, lang: used } = resolve(key);
    if (typeof value === 'string') return fill(value, { ...vars, count }, used);
    const category = pluralRule(used).select(count) as PluralCategory;
    return fill(value[category] ?? value.other, { ...vars, count }, used);
  };
  t.has = (key) => lookup(dictionaries[lang], key) !== undefined;
  return t;
};
