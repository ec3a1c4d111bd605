import { describe, expect, it } from 'vitest';
import { findProgressionLoops } from '../../src/lib/content/loops.ts';
import { fieldPath } from '../../src/lib/content/validate.ts';

describe('findProgressionLoops', () => {
  const cases: [string, Record<string, string[]>, string[][]][] = [
    ['a chain has no loop', { a: ['b'], b: ['c'], c: [] }, []],
    ['two records pointing at each other', { a: ['b'], b: ['a'] }, [['a', 'b']]],
    ['a three-step loop, found once', { c: ['a'], a: ['b'], b: ['c'] }, [['a', 'b', 'c']]],
    ['a self-link is left to its own check', { a: ['a'] }, []],
    ['links to unknown ids are ignored here', { a: ['zzz'] }, []],
    [
      'two separate loops',
      { a: ['b'], b: ['a'], x: ['y'], y: ['x'] },
      [
        ['a', 'b'],
        ['x', 'y'],
      ],
    ],
  ];
  it.each(cases)('%s', (_name, links, expected) => {
    expect(findProgressionLoops(new Map(Object.entries(links)))).toEqual(expected);
  });
});

describe('fieldPath', () => {
  it.each([
    [['venues', 0, 'lat'], 'venues[0].lat'],
    [['tiers', 2], 'tiers[2]'],
    [['title', 'en'], 'title.en'],
    [[], ''],
  ] as [PropertyKey[], string][])('%j → %s', (path, expected) => {
    expect(fieldPath(path)).toBe(expected);
  });
});
