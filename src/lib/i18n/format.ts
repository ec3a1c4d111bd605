/**
 * Locale-aware formatting of dates, months, numbers, percentages and lists,
 * built on the locale table. The only place that turns a page language into
 * an Intl locale. Shared by server and client code: no imports but the locale table and the
 * Welsh mutation rules (a list's last item follows "a", which mutates it or becomes "ac").
 */
import { LOCALE_META, type Locale } from './locales.ts';
import { withWord } from './mutate.ts';

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
  /**
   * ["a", "b", "c"] → "a, b and c". In Welsh "ac" before a vowel sound (a number as read aloud:
   * "1 ac 8"), and "a" with the aspirate mutation otherwise ("Cyfiawnder ieuenctid a Chymorth…").
   * With `phrases`, items after the first lose a capital that only starts the phrase
   * ("Young carers and care leavers"), keeping names (KEEP_CAPITAL) and acronyms.
   */
  list: (items: readonly (string | number)[], options?: { phrases?: boolean }) => string;
}

// Intl objects are costly to create; one set per language is enough.
const cache = new Map<Locale, Formatters>();

const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** First words that are names, so keep their capital in mid-list: languages, places, programmes. */
export const KEEP_CAPITAL: ReadonlySet<string> = new Set([
  'Cymraeg',
  'Saesneg',
  'Cymru',
  'Gyrfa',
  'Twf',
  'Llywodraeth',
  'English',
  'Welsh',
  'Wales',
  'Careers',
  'Jobs',
]);

/** A phrase's first letter in lower case, unless its first word is a name or an acronym. */
export const midListPhrase = (phrase: string): string => {
  const first = phrase.split(/[\s,]/)[0] ?? '';
  if (KEEP_CAPITAL.has(first) || /^.[A-Z]/.test(first)) return phrase;
  return `${phrase.charAt(0).toLowerCase()}${phrase.slice(1)}`;
};

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
    list: (items, options) => {
      const words = items.map(String).map((word, i) => (i > 0 && options?.phrases ? midListPhrase(word) : word));
      if (words.length <= 1) return words.join('');
      const last = words.at(-1) as string;
      const joined = lang === 'cy' ? withWord('a', last) : `and ${last}`;
      return `${words.slice(0, -1).join(', ')} ${joined}`;
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
