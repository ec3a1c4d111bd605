/** Validates a UI dictionary: strings, plural phrases, or nested groups of them. */
import { z } from 'zod';
import type { Dictionary } from './translate.ts';

const pluralSchema = z
  .object({
    zero: z.string().optional(),
    one: z.string().optional(),
    two: z.string().optional(),
    few: z.string().optional(),
    many: z.string().optional(),
    other: z.string(),
  })
  .strict();

export const dictionarySchema: z.ZodType<Dictionary> = z.lazy(() =>
  z.record(z.string(), z.union([z.string().min(1), pluralSchema, dictionarySchema])),
);
