/**
 * Locale-aware formatting of dates, months, numbers, percentages and lists,
 * built on the locale table. The only place that turns a page language into
 * an Intl locale. Shared by server and client code: no imports but the locale table.
 */
import { LOCALE_META, type Locale } from './locales.ts';

export interface Formatters {
  /** 2026-06-12 → "12 June 2026" / "12 Mehefin 2026". */
  date: (iso: string) => string;
  /** 2026-11 → "November 2026" / "Tachwedd 2026". */
  month: (yearMonth: string) => string;
  /** Up to two decimal places: 1234.5 → "1,234.5". */
  number: (n: number) => string;
  /** Always one decimal place, for distances: 3 → "3.0". */
  oneDecimal: (n: number) => string;
  /** 0.25 → "25%". */
  percent: (n: number) => string;
  /** ["a", "b", "c"] → "a, b and c"; in Welsh "a" or "ac" as the next word needs. */
  list: (items: readonly (string | number)[]) => string;
}

// Intl objects are costly to create; one set per language is enough.
const cache = new Map<Locale, Formatters>();

const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Welsh writes "ac" before a vowel and "a" otherwise; Intl's Welsh list writes "a(c)". */
const and = (lang: Locale, next: string): string =>
  lang === 'cy' ? (/^[aeiouwyâêîôûŵŷ]/i.test(next) ? 'ac' : 'a') : 'and';

const create = (lang: Locale): Formatters => {
  const locale = LOCALE_META[lang].bcp47;
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return {
    date: (iso) => date.format(utcDay(iso)),
    month: (yearMonth) => month.format(utcDay(`${yearMonth}-01`)),
    number: (n) => number.format(n),
    oneDecimal: (n) => oneDecimal.format(n),
    percent: (n) => percent.format(n),
    list: (items) => {
      const words = items.map(String);
      if (words.length <= 1) return words.join('');
      const last = words.at(-1) as string;
      return `${words.slice(0, -1).join(', ')} ${and(lang, last)} ${last}`;
    },
  };
};

export const formatters = (lang: Locale): Formatters => {
  let found = cache.get(lang);
  if (!found) {
    found = create(lang);
    cache.set(lang, found);
  }
  return found;
};

/** Sorts names as readers of the language expect (Welsh "ch", "dd", "ll"… aside, Intl knows the alphabet). */
export const compareNames = (lang: Locale): ((a: string, b: string) => number) => {
  const collator = new Intl.Collator(LOCALE_META[lang].bcp47);
  return (a, b) => collator.compare(a, b);
};
