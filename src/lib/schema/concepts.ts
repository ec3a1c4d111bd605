/**
 * content/vocabulary.yaml: the words people use for what records are tagged with. Each concept
 * names one or more tags (a priority group, a service type, a sector, a tier, a kind or a JGW+
 * strand) and lists, in English and Welsh, the words and phrases that mean it ("care experienced",
 * "teenage parents", "ADY", "kicked out"). A search naming a concept finds every record with one
 * of its tags, even when the record's text never uses the words. An EPC can extend it without
 * code; it is validated like every other content file.
 */
import { z } from 'zod';
import { shown } from './primitives.ts';
import { JGW_STRANDS, KINDS, PRIORITY_GROUPS, SECTORS, SERVICE_TYPES, TIERS } from './vocabulary.ts';

/** Every tag a concept may name: the field's short name, a colon, and one of its values. */
export const CONCEPT_TAGS = [
  ...PRIORITY_GROUPS.map((value) => `group:${value}`),
  ...SERVICE_TYPES.map((value) => `service:${value}`),
  ...SECTORS.map((value) => `sector:${value}`),
  ...TIERS.map((value) => `tier:${value}`),
  ...KINDS.map((value) => `kind:${value}`),
  ...JGW_STRANDS.map((value) => `strand:${value}`),
] as const;
export type ConceptTag = (typeof CONCEPT_TAGS)[number];

const tag = z.enum(CONCEPT_TAGS, {
  error: (issue) =>
    `must be a tag: group:, service:, sector:, tier:, kind: or strand: and one of its values, as in the schema (got ${shown(issue.input)})`,
});

/** A word or a phrase of a few words: letters, digits, spaces, apostrophes and hyphens. */
const phrase = z
  .string({ error: (issue) => `must be a word or phrase (got ${shown(issue.input)})` })
  .trim()
  .regex(/^[\p{L}\p{N}]+(?:[\s'’-]+[\p{L}\p{N}]+){0,7}$/u, {
    error: (issue) =>
      `must be a word or a phrase of up to eight words, letters and digits only (got ${shown(issue.input)})`,
  });

const phrases = z
  .array(phrase, { error: (issue) => `must be a list of words or phrases (got ${shown(issue.input)})` })
  .default([]);

export const conceptSchema = z
  .object({
    tags: z
      .array(tag, { error: (issue) => `must be a list of tags, e.g. [group:care-leavers] (got ${shown(issue.input)})` })
      .min(1, { error: 'must name at least one tag' }),
    en: phrases.describe('Words and phrases in English.'),
    cy: phrases.describe('Words and phrases in Welsh.'),
  })
  .strict()
  .refine((concept) => concept.en.length + concept.cy.length > 0, { error: 'must list at least one word in en or cy' });

export const vocabularySchema = z
  .object({
    concepts: z.array(conceptSchema, {
      error: (issue) => `must be a list of concepts, each with tags, en and cy (got ${shown(issue.input)})`,
    }),
  })
  .strict();

export type VocabularyData = z.infer<typeof vocabularySchema>;
