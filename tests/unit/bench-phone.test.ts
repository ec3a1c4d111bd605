/** The figures the bench scripts print: a median with its spread, and whether runs agree enough to be a measurement. */
import { describe, expect, it } from 'vitest';
import { settled, showSpread, spread } from '../../tools/bench/phone.ts';

describe('spread of benchmark runs', () => {
  it('gives the median, lowest and highest, leaving out runs that measured nothing', () => {
    expect(spread([30, 10, 20])).toEqual({ median: 20, min: 10, max: 30, n: 3 });
    expect(spread([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, n: 4 });
    expect(spread([5, Number.NaN])).toEqual({ median: 5, min: 5, max: 5, n: 1 });
    expect(spread([]).n).toBe(0);
  });

  it('calls runs unsettled when they differ by more than a fifth of the median (or 10 for small figures)', () => {
    expect(settled(spread([100, 110, 118]))).toBe(true);
    expect(settled(spread([100, 110, 125]))).toBe(false);
    expect(settled(spread([2, 8, 11]))).toBe(true);
    expect(showSpread(spread([412, 380, 455]))).toBe('412 (380–455, n 3)');
    expect(showSpread(spread([100, 200, 300]))).toBe('200 (100–300, n 3, unsettled)');
  });
});
