/**
 * Search quality on the judged queries (tests/search/judged-queries.yaml): at least 60,
 * half Welsh and half English, each naming records that must be in the top five (or
 * that nothing should be found). The sample's search must reach a mean of 0.95.
 * When a query fails, fix the search or the content, never the query's expectations.
 */
import { describe, expect, it } from 'vitest';
import { judge } from '../../tools/judge.ts';
import { judgedQueries, sampleSearch } from '../../tools/sample-search.ts';

const queries = judgedQueries();
const { search, ids } = sampleSearch();

describe('judged queries', () => {
  it('are at least 60, half in each language, and name only records that exist', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    const welsh = queries.filter((q) => q.lang === 'cy').length;
    expect(Math.abs(welsh - (queries.length - welsh))).toBeLessThanOrEqual(2);
    expect(
      queries.flatMap((q) => (q.top5 ?? []).filter((id) => !ids.has(id)).map((id) => `${q.query}: ${id}`)),
    ).toEqual([]);
    expect(queries.filter((q) => q.none).length).toBeGreaterThanOrEqual(4);
  });

  it('reach a mean precision@5 of 0.95 on the sample', () => {
    const { mean, judgements } = judge(queries, search);
    const failures = judgements
      .filter((j) => j.score < 1)
      .map(
        (j) =>
          `${j.query.query} (${j.query.lang}): ${j.query.none ? 'found' : 'missing'} ${j.missing.join(', ')}; top: ${j.top.join(', ')}`,
      );
    expect(mean, `mean ${mean.toFixed(3)}; failures:\n${failures.join('\n')}`).toBeGreaterThanOrEqual(0.95);
  });
});
