/**
 * Shared building blocks of the content schemas: messages that say what was
 * expected and what was found, bilingual text, dates, contact details and references.
 */
import { z } from 'zod';

export type CollectionName = 'areas' | 'providers' | 'provision';
export type RefFactory<R extends z.ZodType> = (collection: CollectionName) => R;

export const shown = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  return JSON.stringify(value);
};

/** An enum whose message lists what was expected and what was found. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => `must be one of ${values.join(', ')} (got ${shown(issue.input)})` });

/**
 * How long each kind of text may be, in characters: room for Welsh, which often runs a fifth
 * longer than English, and short enough to fit where the site shows it (a card, a table cell).
 */
export const TEXT_LIMITS = { name: 120, title: 120, place: 60, phrase: 200, sentences: 400, summary: 600 } as const;

/** A control character other than a tab or a line break. */
export const CONTROL_CHARACTER = /(?![\t\n\r])\p{Cc}/u;

export const text = (what: string, max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is required` : `${what} must be text (got ${shown(issue.input)})`) })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .max(max, { error: (issue) => `${what} must be at most ${max} characters (got ${String(issue.input).length}); say it more briefly` })
    // Control characters (a NUL, a form feed) come from broken copies and pastes; a line break or tab is fine.
    .refine((value) => !CONTROL_CHARACTER.test(value), {
      error: (issue) => {
        const code = CONTROL_CHARACTER.exec(String(issue.input))?.[0].charCodeAt(0) ?? 0;
        return `${what} contains a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')}), which no one can see or type; delete it`;
      },
    })
    // A cell copied from a spreadsheet with its formula: never what a young person should read, and live if exported to Excel.
    .refine((value) => !value.startsWith('='), {
      error: (issue) => `${what} must not start with = (got ${shown(issue.input)}): it looks like a spreadsheet formula; write the words themselves`,
    });

/** Text in English, with Welsh when it has been written. The site says when Welsh is missing. */
export const optionalWelshText = (what: string, max: number) =>
  z
    .object(
      {
        en: text(`${what} in English`, max).describe('English text (required).'),
        cy: text(`${what} in Welsh`, max).optional().describe('Welsh text. When missing, the page shows English with lang="en" and a notice.'),
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

/** An ISO date (YYYY-MM-DD). YAML parses unquoted dates into Date objects, so accept both. */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: (issue) => `must be a date written YYYY-MM-DD (got ${shown(issue.input)})` })
    .refine(
      (value) =>
        /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
      {
        error: (issue) => `must be a real date written YYYY-MM-DD (got ${shown(issue.input)})`,
      },
    ),
);

export const email = z.email({ error: (issue) => `must be an email address (got ${shown(issue.input)})` });
export const url = z.url({ protocol: /^https$/, error: (issue) => `must be a web address starting https:// (got ${shown(issue.input)})` });
export const phone = z
  .string()
  .regex(/^(\+44 ?|0)[0-9 ]{9,13}$/, { error: (issue) => `must be a UK phone number such as 0800 028 4844 (got ${shown(issue.input)})` });

/** A plain string reference to another record's file name: used by the validator, the unit tests and src/lib. */
export const plainRef = () => z.string({ error: (issue) => `must be the file name of another record (got ${shown(issue.input)})` }).min(1);
