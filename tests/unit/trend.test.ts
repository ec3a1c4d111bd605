/**
 * Demand over time on hand-made periods, each figure worked out by hand: the rising flag, places
 * kept with a period, and the chart drawn at build time.
 */
import { describe, expect, it } from 'vitest';
import { appendPlaces, hasPlaces, placesRows } from '../../src/lib/content/demand-places.ts';
import type { NeedCell } from '../../src/lib/gaps/need.ts';
import { demandPeriodOf, risingFlag, type TrendPoint, trend } from '../../src/lib/gaps/trend.ts';
import { trendChart } from '../../src/lib/gaps/trend-chart.ts';
import { demandSchema } from '../../src/lib/schema/schema.ts';
import type { Tier } from '../../src/lib/schema/vocabulary.ts';

const counts = (tier2: number) => ({ area: 'A', tier1: 0, tier2, tier3: 0, tier4: 0, tier5: 0 });
const period = (p: string, tier2: number, places?: { recorded: number; offersWithout: number }) =>
  demandPeriodOf({
    period: p,
    counts: [counts(tier2)],
    ...(places ? { places: [{ area: 'A', tier: 2, ...places }] } : {}),
  });
const now = (places: number, withoutCapacity = 0): NeedCell[] => [
  {
    area: 'A',
    tier: 2 as Tier,
    demand: null,
    places,
    withCapacity: 1,
    withoutCapacity,
    onlineOffers: 0,
    onlinePlaces: 0,
    ratio: null,
    atMost: null,
    status: 'ratio',
  },
];
const point = (demand: number | null, places: number | null, offersWithout: number | null = 0): TrendPoint => ({
  period: '2026-01',
  demand,
  places,
  offersWithout,
  ratio: null,
});

describe('demand over time', () => {
  it('gives each period its young people, places and ratio: places from the records now for the latest period only', () => {
    const periods = [
      period('2026-08', 150, { recorded: 20, offersWithout: 0 }),
      period('2026-09', 170),
      period('2026-10', 189),
    ];
    const [cell] = trend(periods, now(22), ['A'], [2]);
    // August: 150 ÷ 20 = 7.5. September recorded no places: unknown, not 0. October: the records now, 189 ÷ 22.
    expect(cell?.points).toEqual([
      { period: '2026-08', demand: 150, places: 20, offersWithout: 0, ratio: 7.5 },
      { period: '2026-09', demand: 170, places: null, offersWithout: null, ratio: null },
      { period: '2026-10', demand: 189, places: 22, offersWithout: 0, ratio: 189 / 22 },
    ]);
    // The order the periods come in does not matter.
    expect(trend([...periods].reverse(), now(22), ['A'], [2])).toEqual(trend(periods, now(22), ['A'], [2]));
  });

  it('flags demand that rose in each of the last three periods while places did not', () => {
    expect(risingFlag([point(150, 22), point(170, 22), point(189, 22)])).toBe('rising-places-flat');
    // Places fell: still flagged. Places rose: not.
    expect(risingFlag([point(150, 22), point(170, 22), point(189, 20)])).toBe('rising-places-flat');
    expect(risingFlag([point(150, 22), point(170, 22), point(189, 30)])).toBeNull();
    // Demand level in one period, or fell: not rising.
    expect(risingFlag([point(150, 22), point(150, 22), point(189, 22)])).toBeNull();
    expect(risingFlag([point(170, 22), point(150, 22), point(189, 22)])).toBeNull();
    // Only the last three count.
    expect(risingFlag([point(300, 22), point(150, 22), point(170, 22), point(189, 22)])).toBe('rising-places-flat');
    // Fewer than three periods, or a period with no figure: no flag.
    expect(risingFlag([point(150, 22), point(189, 22)])).toBeNull();
    expect(risingFlag([point(150, 22), point(null, 22), point(189, 22)])).toBeNull();
  });

  it('says when places are not known at either end, instead of guessing they did not rise', () => {
    // Not recorded with the first period; one offer without places at the end (at least 22): unknown either way.
    expect(risingFlag([point(150, null, null), point(170, 22), point(189, 22)])).toBe('rising-places-unknown');
    expect(risingFlag([point(150, 22), point(170, 22), point(189, 22, 1)])).toBe('rising-places-unknown');
    const [cell] = trend(
      [period('2026-08', 150, { recorded: 20, offersWithout: 1 }), period('2026-09', 170), period('2026-10', 189)],
      now(22, 1),
      ['A'],
      [2],
    );
    expect(cell?.flag).toBe('rising-places-unknown');
    // With places not all recorded, there is no ratio: never a figure that claims more than the data holds.
    expect(cell?.points.map((p) => p.ratio)).toEqual([null, null, null]);
  });

  it('keeps places with a period by appending them, and never writes over places already kept', () => {
    const rows = placesRows([...now(22.22222), { ...(now(0)[0] as NeedCell), tier: 3, withoutCapacity: 2 }]);
    expect(rows).toEqual([
      { area: 'A', tier: 2, recorded: 22.222, offersWithout: 0 },
      { area: 'A', tier: 3, recorded: 0, offersWithout: 2 },
    ]);
    const source =
      'period: 2026-10\nsampleFigures: true\ncounts:\n  - { area: A, tier1: 0, tier2: 1, tier3: 0, tier4: 0, tier5: 0 }';
    const result = appendPlaces(source, rows, 'Places on 2026-11-02.');
    if ('problem' in result) throw new Error(result.problem);
    // The file as written, then the places: every line before them is unchanged.
    expect(result.text.startsWith(`${source}\n`)).toBe(true);
    expect(hasPlaces(result.text)).toBe(true);
    const parsed = demandSchema.safeParse({
      period: '2026-10',
      sampleFigures: true,
      source: { en: 'Invented' },
      counts: [counts(1)],
      places: rows,
    });
    expect(parsed.success).toBe(true);
    expect(appendPlaces(result.text, rows, 'again')).toEqual({
      problem: 'already records places; a snapshot is taken once, when the period is added',
    });
    // Windows line ends stay Windows line ends.
    const crlf = appendPlaces('period: 2026-10\r\n', rows, 'x');
    expect('text' in crlf && crlf.text.includes('\r\nplaces:\r\n')).toBe(true);
  });

  it('draws the chart at build time: a gap in a line where a figure is missing, never a drop to 0', () => {
    const points = [
      { ...point(150, 20), period: '2026-08' },
      { ...point(170, null, null), period: '2026-09' },
      { ...point(189, 22), period: '2026-10' },
    ];
    const chart = trendChart(points);
    // Young people: one line through three points. Places: two separate points (two moves, no line between them).
    expect(chart.demandPath.match(/[ML]/g)).toEqual(['M', 'L', 'L']);
    expect(chart.placesPath.match(/[ML]/g)).toEqual(['M', 'M']);
    expect(chart.placesDots).toHaveLength(2);
    // The axis starts at 0 and reaches past the highest figure; the first and last periods are labelled.
    expect(chart.yTicks[0]?.value).toBe(0);
    expect(Math.max(...chart.yTicks.map((t) => t.value))).toBeGreaterThanOrEqual(189);
    expect(chart.xTicks.map((t) => [t.period, t.anchor])).toEqual([
      ['2026-08', 'start'],
      ['2026-09', 'middle'],
      ['2026-10', 'end'],
    ]);
    // Twelve months: five labels at most, the first and the last among them.
    const year = trendChart(
      Array.from({ length: 12 }, (_, i) => ({ ...point(i, 1), period: `2026-${String(i + 1).padStart(2, '0')}` })),
    );
    expect(year.xTicks.length).toBeLessThanOrEqual(5);
    expect([year.xTicks[0]?.period, year.xTicks.at(-1)?.period]).toEqual(['2026-01', '2026-12']);
    // Higher figures are drawn higher up.
    const [august, , october] = chart.demandDots;
    expect((october?.y ?? 0) < (august?.y ?? 0)).toBe(true);
  });

  it('draws places only where every local offer recorded them: a lower bound is no point on the line', () => {
    const chart = trendChart([
      { ...point(150, 20, 0), period: '2026-08' },
      { ...point(170, 20, 1), period: '2026-09' },
      { ...point(189, 0, 3), period: '2026-10' },
    ]);
    expect(chart.placesDots).toHaveLength(1);
    expect(chart.placesPath.match(/[ML]/g)).toEqual(['M']);
  });

  it('compares places at the precision they are kept with a period, so rounding never hides the flag', () => {
    // 49.333 kept with the first period; 49.3333… from the records now: the same places, not a rise.
    expect(risingFlag([point(150, 49.333), point(170, 49.333), point(189, 148 / 3)])).toBe('rising-places-flat');
  });

  it('refuses places for a tier that does not exist, or a negative number of places', () => {
    const bad = demandSchema.safeParse({
      period: '2026-10',
      sampleFigures: true,
      source: { en: 'Invented' },
      counts: [counts(1)],
      places: [{ area: 'A', tier: 6, recorded: -1, offersWithout: 0 }],
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'places.0.tier: must be a tier number 1–5 (got 6)',
      'places.0.recorded: must be 0 or more places (got -1)',
    ]);
  });
});
