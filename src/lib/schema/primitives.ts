/**
 * Shared building blocks of the content schemas: messages that say what was
 * expected and what was found, bilingual text, dates, contact details and references.
 */

import { z } from 'zod';
import { isPastedFormula } from '../csv.ts';
import { CONTROL_CHARACTER, hiddenCharacterProblem, lostLetterWord, quoted, visiblyBlank } from './text-checks.ts';

/** What a value of each type is, in words, for a message about a value of the wrong type. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  object: 'a set of fields',
  array: 'a list',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  date: 'a date written YYYY-MM-DD',
};

/**
 * A value of the wrong type, said in our words wherever a schema has not said it itself: "ages:
 * must be given (a set of fields)", never the library's own "Invalid input: expected object".
 */
z.config({
  customError: (issue) => {
    if (issue.code !== 'invalid_type') return undefined;
    const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
    return issue.input === undefined
      ? `must be given (${expected})`
      : `must be ${expected} (got ${shown(issue.input)})`;
  },
});

export type CollectionName = 'areas' | 'providers' | 'provision';
export type RefFactory<R extends z.ZodType> = (collection: CollectionName) => R;

/** A value as a message quotes it: cut to a readable length (a 5 MB cell is not echoed whole). */
export const shown = (value: unknown): string => {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  return quoted(value);
};

/** An enum whose message lists what was expected and what was found. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => `must be one of ${values.join(', ')} (got ${shown(issue.input)})` });

/**
 * How long each kind of text may be, in characters: room for Welsh, which often runs a fifth
 * longer than English, and short enough to fit where the site shows it (a card, a table cell).
 */
export const TEXT_LIMITS = { name: 120, title: 120, place: 60, phrase: 200, sentences: 400, summary: 600 } as const;

export { CONTROL_CHARACTER };

/**
 * Text a person will read. One value gets one message, the first that applies: blank by what a
 * reader sees, characters that cannot be seen or that change how the text shows, a letter lost
 * in a plain-CSV save, too long, or a spreadsheet formula.
 */
export const text = (what: string, max: number) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `${what} is required` : `${what} must be text (got ${shown(issue.input)})`,
    })
    .trim()
    .superRefine((value, ctx) => {
      const problem = textProblem(what, max, value);
      if (problem !== null) ctx.addIssue({ code: 'custom', message: problem, input: value });
    });

/** The one thing wrong with a text value, in words, or null. */
export const textProblem = (what: string, max: number, value: string): string | null => {
  if (visiblyBlank(value))
    return value.length === 0
      ? `${what} must not be empty`
      : `${what} must not be empty (it holds only characters no one can see)`;
  const hidden = hiddenCharacterProblem(value);
  if (hidden !== null) return `${what} ${hidden}`;
  // Names, titles, places and phrases are one line on a card or in a table; only summaries and sentences may break.
  if (max <= TEXT_LIMITS.phrase && /[\n\r\t]/.test(value))
    return `${what} must be on one line (it holds a line break or a tab)`;
  const lost = lostLetterWord(value);
  if (lost !== null)
    return `${what} has a ? inside the word ${quoted(lost)}, where a letter was lost saving the file (a plain CSV turns ŵ and ŷ into ?); type the letter again`;
  // Length in characters as a reader counts them (ŵ is one, whatever its encoding).
  const length = [...value].length;
  if (length > max) return `${what} must be at most ${max} characters (got ${length}); say it more briefly`;
  // A cell copied from a spreadsheet with its formula: never what a young person should read, and live if exported to Excel.
  if (isPastedFormula(value))
    return `${what} must not start with = (got ${shown(value)}): it looks like a spreadsheet formula; write the words themselves`;
  return null;
};

/** Text in English, with Welsh when it has been written. The site says when Welsh is missing. */
export const optionalWelshText = (what: string, max: number) =>
  z
    .object(
      {
        en: text(`${what} in English`, max).describe('English text (required).'),
        cy: text(`${what} in Welsh`, max)
          .optional()
          .describe('Welsh text. When missing, the page shows English with lang="en" and a notice.'),
      },
      { error: (issue) => `must be { en, cy } text (got ${shown(issue.input)})` },
    )
    .strict();

/** A name that must exist in both languages, such as an area or an organisation. */
export const bilingualName = z
  .object({
    en: text('the English name', TEXT_LIMITS.name).describe('Name in English.'),
    cy: text('the Welsh name', TEXT_LIMITS.name).describe('Official name in Welsh.'),
  })
  .strict();

/** A date written YYYY-MM-DD that is on the calendar (not 2026-02-30). */
export const isRealDate = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** An ISO date (YYYY-MM-DD). YAML parses unquoted dates into Date objects, so accept both. */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: (issue) => `must be a date written YYYY-MM-DD (got ${shown(issue.input)})` })
    .refine(isRealDate, { error: (issue) => `must be a real date written YYYY-MM-DD (got ${shown(issue.input)})` }),
);

export const email = z.email({ error: (issue) => `must be an email address (got ${shown(issue.input)})` });
/**
 * A web address a young person can follow: https, nothing hidden in it, and no user name before
 * an @ (https://careerswales.gov.wales@elsewhere.example/ shows one site and goes to another).
 */
export const url = z
  .string({ error: (issue) => `must be a web address starting https:// (got ${shown(issue.input)})` })
  .superRefine((value, ctx) => {
    const hidden =
      hiddenCharacterProblem(value) ??
      (/[\s\u00AD]/.test(value) ? 'contains a space or a soft hyphen, which no address has; delete it' : null);
    if (hidden !== null) {
      ctx.addIssue({ code: 'custom', message: hidden, input: value });
      return;
    }
    let parsed: URL | null = null;
    try {
      parsed = new URL(value);
    } catch {
      parsed = null;
    }
    if (
      parsed === null ||
      parsed.protocol !== 'https:' ||
      !/^https:\/\/[^/]/i.test(value) ||
      !parsed.hostname.includes('.')
    )
      ctx.addIssue({
        code: 'custom',
        message: `must be a web address starting https:// (got ${shown(value)})`,
        input: value,
      });
    else if (parsed.username || parsed.password)
      ctx.addIssue({
        code: 'custom',
        message: `must not have a name and @ before the site (got ${shown(value)}): the address would show one site and lead to another`,
        input: value,
      });
  });

/** A list of `what`, with a message in our words when it is not a list at all. */
export const listOf = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, { error: (issue) => `must be a list of ${what} (got ${shown(issue.input)})` });

/** A list that names each thing once. */
export const noRepeats = <T extends z.ZodType>(list: T, what: string) =>
  list.refine((items) => !Array.isArray(items) || new Set(items).size === items.length, {
    error: (issue) => {
      const items = issue.input as unknown[];
      const twice = items.find((item, i) => items.indexOf(item) !== i);
      return `must not list ${what} twice (got ${shown(twice)} twice)`;
    },
  });
export const phone = z.string().regex(/^(\+44 ?|0)[0-9 ]{9,13}$/, {
  error: (issue) => `must be a UK phone number such as 0800 028 4844 (got ${shown(issue.input)})`,
});

/** A plain string reference to another record's file name: used by the validator, the unit tests and src/lib. */
export const plainRef = () =>
  z.string({ error: (issue) => `must be the file name of another record (got ${shown(issue.input)})` }).min(1);
