/**
 * Search quality against judged queries (tests/search/judged-queries.yaml): for
 * each query, the share of the records listed for it that appear in the first five
 * results, or, for a query that should find nothing, whether it found nothing.
 * The mean of these is what `npm run bench:search` reports as precision@5. Pure.
 */
import { z } from 'zod';

/** The kinds of question search must answer (docs/search.md): precision is reported and held for each. */
export const QUERY_CLASSES = ['subject', 'place', 'group', 'typo', 'mutation', 'forms', 'filler', 'none'] as const;
export type QueryClass = (typeof QUERY_CLASSES)[number];

export const judgedQuerySchema = z
  .object({
    query: z.string().min(1),
    lang: z.enum(['en', 'cy']),
    class: z.enum(QUERY_CLASSES),
    why: z.string().optional(),
    top5: z.array(z.string().min(1)).min(1).max(5).optional(),
    none: z.literal(true).optional(),
  })
  .strict()
  .refine((q) => (q.top5 === undefined) !== (q.none === undefined), {
    error: 'give either top5 (1–5 record ids) or none: true',
  });

export type JudgedQuery = z.infer<typeof judgedQuerySchema>;

export interface Judgement {
  query: JudgedQuery;
  /** 0–1: listed records found in the top five, or 1/0 for a query that should find nothing. */
  score: number;
  /** The first five results. */
  top: string[];
  /** Listed records missing from the top five (or, for `none`, what was found). */
  missing: string[];
}

/** `search` gives the ids of the results, best first (full matches before partial ones). */
export const judge = (
  queries: readonly JudgedQuery[],
  search: (query: string) => readonly string[],
): { mean: number; judgements: Judgement[] } => {
  const judgements = queries.map((query): Judgement => {
    const results = search(query.query);
    const top = results.slice(0, 5);
    if (query.none) return { query, score: results.length === 0 ? 1 : 0, top, missing: [...top] };
    const wanted = query.top5 ?? [];
    const missing = wanted.filter((id) => !top.includes(id));
    return { query, score: (wanted.length - missing.length) / wanted.length, top, missing };
  });
  return { mean: meanScore(judgements), judgements };
};

const meanScore = (judgements: readonly Judgement[]): number =>
  judgements.reduce((sum, j) => sum + j.score, 0) / Math.max(1, judgements.length);

/** Precision@5 for each class of query, with how many queries each has. */
export const byClass = (judgements: readonly Judgement[]): { class: QueryClass; queries: number; mean: number }[] =>
  QUERY_CLASSES.map((name) => {
    const own = judgements.filter((j) => j.query.class === name);
    return { class: name, queries: own.length, mean: meanScore(own) };
  });
