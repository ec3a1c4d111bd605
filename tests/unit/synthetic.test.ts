import { describe, expect, it } from 'vitest';
import { readBoundaries, readContentDir } from '../../src/lib/content/load.ts';
import { validateRecords } from '../../src/lib/content/validate.ts';
import { referenceDataDir } from '../../src/lib/environment.ts';
import { prng, syntheticProvision } from '../../tools/bench/synthetic.ts';
import * as f from './fixtures.ts';

const sample = f.dataSet(
  f.record('provision', 'linked', { ...f.course, progression: ['course-a'] }, 'provision/courses'),
);
const provisionCount = sample.filter((record) => record.collection === 'provision').length;

describe('syntheticProvision', () => {
  it('makes factor × the sample, with unique ids', () => {
    const out = syntheticProvision(sample, 10);
    expect(out).toHaveLength(10 * provisionCount);
    expect(new Set(out.map((record) => record.id)).size).toBe(out.length);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(syntheticProvision(sample, 3, 7)).toEqual(syntheticProvision(sample, 3, 7));
    expect(syntheticProvision(sample, 3, 7)).not.toEqual(syntheticProvision(sample, 3, 8));
  });

  it('stays valid: references resolve within each copy and nothing loops', () => {
    const others = sample.filter((record) => record.collection !== 'provision');
    const { issues } = validateRecords([...others, ...syntheticProvision(sample, 5)]);
    expect(issues).toEqual([]);
    const linked = syntheticProvision(sample, 2).find((record) => record.id === 'linked-syn-1');
    if (!linked) throw new Error('the second copy of "linked" is missing');
    expect((linked.data as { progression: string[] }).progression).toEqual(['course-a-syn-1']);
  });

  it.skipIf(readBoundaries(referenceDataDir()) === null)(
    'keeps every venue of the real sample, ten times over, in its record’s areas',
    () => {
      const { records } = readContentDir('content');
      const { boundaries = [], districts = [] } = readBoundaries(referenceDataDir()) ?? {};
      const others = records.filter((record) => record.collection !== 'provision');
      const { issues } = validateRecords([...others, ...syntheticProvision(records, 10)], {
        today: '2026-11-26',
        boundaries,
        districts,
      });
      expect(issues.filter((issue) => issue.field.startsWith('venues'))).toEqual([]);
    },
  );

  it('rejects a factor that is not a whole number of copies', () => {
    expect(() => syntheticProvision(sample, 0)).toThrow('factor must be a whole number of copies, 1 or more (got 0)');
  });

  it('prng gives numbers in [0, 1)', () => {
    const random = prng(1);
    const values = Array.from({ length: 1000 }, random);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });
});
