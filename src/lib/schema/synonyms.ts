/**
 * content/synonyms.yaml: groups of words that stand for each other in search, in
 * either language ("farming" finds the agriculture courses). An EPC can extend it
 * without code; it is validated like every other content file.
 */
import { z } from 'zod';
import { shown } from './primitives.ts';

/** One word: letters and digits, with an apostrophe inside. A phrase, or a hyphenated word, is searched as several words, so it is refused. */
const word = z
  .string({ error: (issue) => `must be a word (got ${shown(issue.input)})` })
  .trim()
  .regex(/^[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*$/u, {
    error: (issue) =>
      `must be one word, without spaces or hyphens (got ${shown(issue.input)}); put the word that matters in the group on its own`,
  });

const groups = z
  .array(
    z
      .array(word, {
        error: (issue) => `must be a list of words, e.g. [farming, agriculture] (got ${shown(issue.input)})`,
      })
      .min(2, { error: 'must list at least two words' }),
    { error: (issue) => `must be a list of groups of words (got ${shown(issue.input)})` },
  )
  .default([]);

export const synonymsSchema = z
  .object({
    same: groups.describe('Each group: words that mean the same, found as if the word itself were there.'),
    related: groups.describe('Each group: a word and broader or nearby words, found but ranked below the word itself.'),
  })
  .strict();

export type SynonymsData = z.infer<typeof synonymsSchema>;
