/** Field schemas a provision record is made of (provision.ts joins them into the record). */
import { z } from 'zod';
import { email, isoDate, listOf, optionalWelshText, phone, shown, TEXT_LIMITS, url } from './primitives.ts';
import { AGE_RANGE, LEVELS } from './vocabulary.ts';

export const ageSchema = z
  .number()
  .int({ error: (issue) => `must be a whole number (got ${shown(issue.input)})` })
  .min(AGE_RANGE.min, { error: (issue) => `must be ${AGE_RANGE.min} or more (got ${shown(issue.input)})` })
  .max(AGE_RANGE.max, { error: (issue) => `must be ${AGE_RANGE.max} or less (got ${shown(issue.input)})` });

export const levelSchema = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z.enum(LEVELS, { error: (issue) => `must be entry, 1 to 8, or none (got ${shown(issue.input)})` }),
);

export const monthSchema = z
  .number({ error: (issue) => `must be a month number 1 to 12 (got ${shown(issue.input)})` })
  .int({ error: (issue) => `must be a whole month number 1 to 12 (got ${shown(issue.input)})` })
  .min(1, { error: (issue) => `must be a month number 1 to 12 (got ${shown(issue.input)})` })
  .max(12, { error: (issue) => `must be a month number 1 to 12 (got ${shown(issue.input)})` });

export const startsSchema = z.union(
  [
    z.literal('september'),
    z.literal('rolling'),
    z
      .object({
        dates: listOf(isoDate, 'dates written YYYY-MM-DD').min(1, { error: 'must list at least one start date' }),
      })
      .strict(),
  ],
  { error: (issue) => `must be september, rolling, or { dates: [YYYY-MM-DD, …] } (got ${shown(issue.input)})` },
);

export const contactSchema = z
  .object({
    url: url.optional().describe('Page where a young person or lead worker can apply or ask.'),
    phone: phone.optional().describe('Public enquiry number.'),
    email: email.optional().describe('Public enquiry address.'),
    how: optionalWelshText('how to get in', TEXT_LIMITS.sentences)
      .optional()
      .describe('One or two sentences on what to do, in plain words.'),
  })
  .strict()
  .refine((c) => c.url ?? c.phone ?? c.email ?? c.how, { error: 'must give at least one of url, phone, email or how' });
