/**
 * Search quality on the judged queries (tests/search/judged-queries.yaml): at least 150,
 * half Welsh and half English, each of a class (docs/search.md), each naming records that must
 * be in the top five (or that nothing should be found). The sample's search must reach a mean of
 * 0.95 overall and 0.9 in every class. When a query fails, fix the search or the content, never
 * the query's expectations.
 */
import { describe, expect, it } from 'vitest';
import { byClass, judge, QUERY_CLASSES } from '../../tools/judge.ts';
import { judgedQueries, sampleSearch } from '../../tools/sample-search.ts';

const queries = judgedQueries();
const { search, ids } = sampleSearch();

describe('judged queries', () => {
  it('are at least 150, half in each language, and name only records that exist', () => {
    expect(queries.length).toBeGreaterThanOrEqual(150);
    const welsh = queries.filter((q) => q.lang === 'cy').length;
    expect(Math.abs(welsh - (queries.length - welsh))).toBeLessThanOrEqual(2);
    expect(
      queries.flatMap((q) => (q.top5 ?? []).filter((id) => !ids.has(id)).map((id) => `${q.query}: ${id}`)),
    ).toEqual([]);
    expect(queries.filter((q) => q.none).length).toBeGreaterThanOrEqual(10);
  });

  it('hold enough of each class the issue names, places in a query of several words', () => {
    const count = (name: string) => queries.filter((q) => q.class === name).length;
    expect(
      queries.filter((q) => q.class === 'place' && q.query.trim().split(/\s+/).length > 1).length,
    ).toBeGreaterThanOrEqual(20);
    expect(count('group')).toBeGreaterThanOrEqual(20);
    expect(count('typo')).toBeGreaterThanOrEqual(15);
    expect(count('mutation')).toBeGreaterThanOrEqual(10);
    expect(count('none')).toBeGreaterThanOrEqual(10);
    // A "none" query and the `none:` expectation go together.
    expect(queries.filter((q) => (q.class === 'none') !== (q.none === true)).map((q) => q.query)).toEqual([]);
    for (const name of QUERY_CLASSES) expect(count(name), name).toBeGreaterThan(0);
  });

  it('reach a mean precision@5 of 0.95 on the sample, and 0.9 in every class', () => {
    const { mean, judgements } = judge(queries, search);
    const failures = judgements
      .filter((j) => j.score < 1)
      .map(
        (j) =>
          `${j.query.query} (${j.query.lang}): ${j.query.none ? 'found' : 'missing'} ${j.missing.join(', ')}; top: ${j.top.join(', ')}`,
      );
    expect(mean, `mean ${mean.toFixed(3)}; failures:\n${failures.join('\n')}`).toBeGreaterThanOrEqual(0.95);
    const weak = byClass(judgements).filter((row) => row.mean < 0.9);
    expect(weak, `classes below 0.9; failures:\n${failures.join('\n')}`).toEqual([]);
  });
});
