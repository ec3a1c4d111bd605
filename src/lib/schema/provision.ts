/**
 * A provision record (content/provision/<kind>): the fields every kind shares, then
 * one schema per kind, joined on `kind`. Rules that need other records live in validate.ts.
 */
import { z } from 'zod';
import {
  isoDate,
  listOf,
  noRepeats,
  oneOf,
  optionalWelshText,
  type RefFactory,
  shown,
  TEXT_LIMITS,
} from './primitives.ts';
import { ageSchema, contactSchema, levelSchema, monthSchema, startsSchema } from './provision-parts.ts';
import { venueSchema } from './venue.ts';
import {
  ACCESS_ROUTES,
  APPRENTICESHIP_LEVEL_QUALIFICATIONS,
  APPRENTICESHIP_LEVELS,
  DELIVERY_MODES,
  FINANCIAL_SUPPORT,
  FUNDERS,
  INSTITUTION_TYPES,
  JGW_STRANDS,
  LANGUAGES,
  PRIORITY_GROUPS,
  RUNS,
  SECTORS,
  SERVICE_TYPES,
  STATUSES,
  TIER_RANGE,
  TIERS,
  type Tier,
} from './vocabulary.ts';

const sharedFields = <R extends z.ZodType>(ref: RefFactory<R>) => ({
  title: optionalWelshText('the title', TEXT_LIMITS.title).describe(
    'What it is, in plain words. Welsh optional but expected.',
  ),
  summary: optionalWelshText('the summary', TEXT_LIMITS.summary).describe(
    'Two or three sentences for a young person: what you do, who it is for.',
  ),
  provider: ref('providers').describe('The organisation that runs it (file name in content/providers).'),
  tiers: listOf(
    z
      .number({ error: (issue) => `must be a tier number ${TIER_RANGE} (got ${shown(issue.input)})` })
      .int({ error: (issue) => `must be a whole number (got ${shown(issue.input)})` })
      .min(TIERS[0], { error: (issue) => `must be ${TIER_RANGE} (got ${shown(issue.input)})` })
      .max(TIERS[TIERS.length - 1] as Tier, {
        error: (issue) => `must be ${TIER_RANGE} (got ${shown(issue.input)})`,
      }),
    `tiers (${TIER_RANGE})`,
  )
    .min(1, { error: `must list at least one tier (${TIER_RANGE})` })
    .refine((tiers) => new Set(tiers).size === tiers.length, { error: 'must not list a tier twice' })
    .describe('Careers Wales five-tier model: the tier(s) this provision serves.'),
  areas: noRepeats(listOf(ref('areas'), 'areas'), 'an area')
    .default([])
    .describe('Principal areas it serves (file names in content/areas). Empty when, and only when, walesWide is true.'),
  walesWide: z
    .boolean()
    .default(false)
    .describe('True for national offers open to young people anywhere in Wales; then areas is empty.'),
  venues: listOf(venueSchema, 'venues')
    .default([])
    .describe('Where it happens. Required for in-person and blended delivery.'),
  delivery: oneOf(DELIVERY_MODES).describe(
    'In person at a venue, online, outreach (comes to the young person), or blended.',
  ),
  language: oneOf(LANGUAGES).describe('Language of delivery: Welsh-medium, bilingual or English-medium.'),
  ages: z
    .object({
      min: ageSchema,
      max: ageSchema,
    })
    .strict()
    .refine((a) => a.min <= a.max, {
      error: (issue) =>
        `min must not be above max (got min ${(issue.input as { min: number }).min}, max ${(issue.input as { max: number }).max})`,
    })
    .describe('Youngest and oldest age it takes, in years.'),
  level: levelSchema.describe('Qualification level: entry, 1 to 8, or none for non-accredited provision.'),
  hoursPerWeek: z
    .number()
    .positive({ error: (issue) => `must be more than 0 (got ${shown(issue.input)})` })
    .max(48, { error: (issue) => `must be 48 or less (got ${shown(issue.input)})` })
    .optional()
    .describe('Typical hours per week. The 16-hour line separates tier 4 from tier 5. Leave out when it varies.'),
  starts: startsSchema.describe('September only, rolling (start any time), or specific dates.'),
  runs: oneOf(RUNS)
    .optional()
    .describe(
      'When in the year it runs: all-year, term-time (September to June), summer-only (July and August), or months (listed in runMonths). Leave out when not known: a course is then taken to run in term time, anything else all year, and the gap analysis counts how many rest on that.',
    ),
  runMonths: noRepeats(listOf(monthSchema, 'months (1 to 12)'), 'a month')
    .optional()
    .describe('The months it runs, 1 (January) to 12 (December), when runs is months.'),
  access: z
    .object({
      routes: noRepeats(
        listOf(oneOf(ACCESS_ROUTES), 'ways in').min(1, { error: 'must list at least one way in' }),
        'a way in',
      ).describe('How a young person gets in.'),
      contact: contactSchema.describe('Who to contact, or where to apply.'),
    })
    .strict()
    .describe('How a young person gets in, and whom to contact.'),
  priorityGroups: noRepeats(listOf(oneOf(PRIORITY_GROUPS), 'priority groups'), 'a group')
    .default([])
    .describe('Groups it is designed for or prioritises. Empty when open to all.'),
  onlyForPriorityGroups: z
    .boolean({ error: (issue) => `must be true or false (got ${shown(issue.input)})` })
    .default(false)
    .describe(
      'True when only young people in the priority groups can take part (a youth justice service, a young carers service). The gap analysis then counts it for those groups only, never as coverage or reach for everyone.',
    ),
  cost: z
    .object({
      free: z.boolean().describe('True when there is nothing to pay to take part.'),
      details: optionalWelshText('cost details', TEXT_LIMITS.sentences)
        .optional()
        .describe('What costs there are, if any (kit, fees, trips).'),
    })
    .strict()
    .describe('What it costs the young person.'),
  financialSupport: noRepeats(listOf(oneOf(FINANCIAL_SUPPORT), 'kinds of money help'), 'a kind of help')
    .default([])
    .describe('Money help available to those taking part (EMA, allowance, travel…).'),
  fundedBy: noRepeats(
    listOf(oneOf(FUNDERS), 'funders').min(1, { error: 'must name at least one funder' }),
    'a funder',
  ).describe('Funding streams behind it.'),
  progression: noRepeats(listOf(ref('provision'), 'other options'), 'an option')
    .default([])
    .describe('Other provision this can lead to (file names in content/provision).'),
  capacity: z
    .number()
    .int({ error: (issue) => `must be a whole number (got ${shown(issue.input)})` })
    .positive({ error: (issue) => `must be a whole number of places above 0 (got ${shown(issue.input)})` })
    .optional()
    .describe('Places per year. Leave out when unknown; never guess.'),
  lastReviewed: isoDate.describe('When someone last checked this record with the provider. Not in the future.'),
  status: oneOf(STATUSES).describe('Whether it is running.'),
  illustrative: z
    .boolean({ error: (issue) => `must be true or false (got ${shown(issue.input)})` })
    .describe('True when this local offer was invented for the sample data. The page says so.'),
});

const kindLiteral = <K extends string>(kind: K) => z.literal(kind).describe('Which kind of provision this is.');

export const makeProvisionSchema = <R extends z.ZodType>(ref: RefFactory<R>) => {
  const shared = sharedFields(ref);
  const course = z
    .object({
      ...shared,
      kind: kindLiteral('course'),
      sector: oneOf(SECTORS).describe('Subject area.'),
      qualification: optionalWelshText('the qualification', TEXT_LIMITS.phrase).describe(
        'Qualification gained, e.g. “Level 2 Diploma in Motor Vehicle Maintenance”.',
      ),
      institutionType: oneOf(INSTITUTION_TYPES).describe('What sort of place runs it.'),
    })
    .strict();
  const jgw = z
    .object({
      ...shared,
      kind: kindLiteral('jgw'),
      strand: oneOf(JGW_STRANDS).describe('Jobs Growth Wales+ strand (001:1012–1022).'),
      sector: oneOf(SECTORS).optional().describe('Vocational focus, where there is one.'),
    })
    .strict();
  const apprenticeship = z
    .object({
      ...shared,
      kind: kindLiteral('apprenticeship'),
      apprenticeshipLevel: oneOf(APPRENTICESHIP_LEVELS).describe(
        'Foundation (L2), Apprenticeship (L3), Higher (L4–5) or Degree (L6).',
      ),
      sector: oneOf(SECTORS).describe('Occupational sector.'),
    })
    .strict()
    .superRefine((entry, ctx) => {
      if (entry.ages.min < 16) {
        ctx.addIssue({
          code: 'custom',
          path: ['ages', 'min'],
          message: `apprenticeships start at 16 (got ${entry.ages.min})`,
        });
      }
      const allowed = APPRENTICESHIP_LEVEL_QUALIFICATIONS[entry.apprenticeshipLevel];
      if (!allowed.includes(entry.level)) {
        ctx.addIssue({
          code: 'custom',
          path: ['level'],
          message: `a ${entry.apprenticeshipLevel} apprenticeship is at level ${allowed.join(' or ')} (got ${entry.level})`,
        });
      }
    });
  const volunteering = z
    .object({
      ...shared,
      kind: kindLiteral('volunteering'),
      commitment: optionalWelshText('the commitment', TEXT_LIMITS.phrase).describe(
        'Time asked of a volunteer, e.g. “Two hours on a Saturday”.',
      ),
      sector: oneOf(SECTORS).optional().describe('The field the volunteering is in, where there is one.'),
    })
    .strict();
  const support = z
    .object({
      ...shared,
      kind: kindLiteral('support'),
      serviceType: oneOf(SERVICE_TYPES).describe('What sort of support.'),
    })
    .strict();

  return z
    .discriminatedUnion('kind', [course, jgw, apprenticeship, volunteering, support], {
      error: (issue) =>
        `must be one of course, jgw, apprenticeship, volunteering, support (got ${shown((issue.input as { kind?: unknown } | undefined)?.kind)})`,
    })
    .superRefine((entry, ctx) => {
      const areas = entry.areas as unknown[];
      if (!entry.walesWide && areas.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['areas'],
          message: 'must list at least one area, or set walesWide: true',
        });
      }
      if (entry.walesWide && areas.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['areas'],
          message: `must be empty when walesWide is true: a Wales-wide offer is open in every area (got ${areas.length} area${areas.length === 1 ? '' : 's'})`,
        });
      }
      if ((entry.delivery === 'in-person' || entry.delivery === 'blended') && entry.venues.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['venues'],
          message: `must list at least one venue when delivery is ${entry.delivery}`,
        });
      }
      if (entry.kind === 'jgw' && (entry.ages.min < 16 || entry.ages.max > 18)) {
        ctx.addIssue({
          code: 'custom',
          path: ['ages'],
          message: `Jobs Growth Wales+ is for ages 16–18, so ages must lie within 16–18 (got ${entry.ages.min}–${entry.ages.max})`,
        });
      }
      if (entry.onlyForPriorityGroups && (entry.priorityGroups as unknown[]).length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['priorityGroups'],
          message: 'must name the groups it is only for, since onlyForPriorityGroups is true',
        });
      }
      const months = entry.runMonths as unknown[] | undefined;
      if (entry.runs === 'months' && (months === undefined || months.length === 0)) {
        ctx.addIssue({
          code: 'custom',
          path: ['runMonths'],
          message: 'must list the months it runs (1 to 12), since runs is months',
        });
      }
      if (entry.runs !== 'months' && months !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['runMonths'],
          message: `must be left out unless runs is months (got runs ${entry.runs ?? 'not set'})`,
        });
      }
      if (!entry.cost.free && entry.cost.details === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['cost', 'details'],
          message: 'must say what it costs when free is false',
        });
      }
    });
};

/** Schemas with plain string references: used by the validator, the unit tests and src/lib. */
