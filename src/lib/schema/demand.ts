/**
 * A demand record (content/demand): aggregate counts of young people by tier and area, never personal data.
 */
import { z } from 'zod';
import { listOf, optionalWelshText, type RefFactory, shown, TEXT_LIMITS } from './primitives.ts';

const count = z
  .number()
  .int({ error: (issue) => `must be a whole number (got ${shown(issue.input)})` })
  .min(0, { error: (issue) => `must be a whole number of young people, 0 or more (got ${shown(issue.input)})` });

export const makeDemandSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z
    .object({
      period: z
        .string()
        .regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
          error: (issue) => `must be a month written YYYY-MM (got ${shown(issue.input)})`,
        })
        .describe('The month the counts describe (Careers Wales reports tier counts monthly).'),
      sampleFigures: z
        .boolean()
        .describe('True when the counts are invented sample figures. The site labels them as such.'),
      source: optionalWelshText('source', TEXT_LIMITS.sentences).describe('Where the figures come from, in words.'),
      counts: listOf(
        z
          .object({
            area: ref('areas').describe('The area the counts are for.'),
            tier1: count.describe('Young people whose status is unknown to Careers Wales.'),
            tier2: count.describe('NEET and not ready or available for EET.'),
            tier3: count.describe('NEET and ready to seek EET.'),
            tier4: count.describe('In EET but at risk of dropping out.'),
            tier5: count.describe('In further education or EET.'),
          })
          .strict(),
        'counts, one row per area',
      )
        .min(1, { error: 'must list at least one area' })
        .describe('Aggregate counts of young people aged 16–18 by tier, one row per area. Never personal data.'),
      places: listOf(
        z
          .object({
            area: ref('areas').describe('The area the places are for.'),
            tier: z
              .number()
              .int({ error: (issue) => `must be a tier number 1–5 (got ${shown(issue.input)})` })
              .min(1, { error: (issue) => `must be a tier number 1–5 (got ${shown(issue.input)})` })
              .max(5, { error: (issue) => `must be a tier number 1–5 (got ${shown(issue.input)})` })
              .describe('The tier.'),
            recorded: z
              .number()
              .min(0, { error: (issue) => `must be 0 or more places (got ${shown(issue.input)})` })
              .describe('Local places recorded at the time, as the unmet-need section counts them (shares of offers).'),
            offersWithout: count.describe(
              'Local offers at the time that recorded no places: the places were at least this.',
            ),
          })
          .strict(),
        'places, one row per area and tier',
      )
        .optional()
        .describe(
          'Local places at the time, per area and tier, as the unmet-need section counted them then (npm run demand:snapshot writes them). Leave out when not known: the trend then shows no places for the period.',
        ),
    })
    .strict();
