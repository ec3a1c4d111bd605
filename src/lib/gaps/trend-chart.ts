/**
 * A trend as a static SVG chart, drawn at build time: scales and paths from d3-scale and
 * d3-shape, no script in the page. Young people and places share one axis (both are counts); a
 * period with no figure leaves a gap in its line, never a drop to 0. Places are drawn only where
 * every local offer recorded them: a lower bound is not a point on the line. Pure.
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import type { TrendPoint } from './trend.ts';

export interface TrendChart {
  width: number;
  height: number;
  /** The plotting area. */
  plot: { left: number; top: number; right: number; bottom: number };
  demandPath: string;
  placesPath: string;
  /** Dots where a line has a figure, so a single known point still shows. */
  demandDots: { x: number; y: number }[];
  placesDots: { x: number; y: number }[];
  /** Labelled periods: the first and the last, and every few between; the ends anchored inside the chart. */
  xTicks: { x: number; period: string; anchor: 'start' | 'middle' | 'end' }[];
  yTicks: { y: number; value: number }[];
}

export const trendChart = (points: readonly TrendPoint[], width = 320, height = 160): TrendChart => {
  const plot = { left: 40, top: 8, right: width - 12, bottom: height - 24 };
  const x = scalePoint<string>()
    .domain(points.map((p) => p.period))
    .range([plot.left, plot.right])
    .padding(0.2);
  /** Places, where every local offer recorded them; null otherwise. */
  const knownPlaces = (p: TrendPoint) => (p.offersWithout === 0 ? p.places : null);
  const values = points.flatMap((p) => [p.demand, knownPlaces(p)]).filter((v): v is number => v !== null);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...values)])
    .nice(4)
    .range([plot.bottom, plot.top]);
  const path = (value: (p: TrendPoint) => number | null) =>
    line<TrendPoint>()
      .defined((p) => value(p) !== null)
      .x((p) => x(p.period) ?? plot.left)
      .y((p) => y(value(p) ?? 0))(points) ?? '';
  const dots = (value: (p: TrendPoint) => number | null) =>
    points.flatMap((p) => {
      const v = value(p);
      return v === null ? [] : [{ x: x(p.period) ?? plot.left, y: y(v) }];
    });
  // At most five period labels, always the first and the last (a label too near the last is left out).
  const step = Math.max(1, Math.ceil(points.length / 4));
  const last = points.length - 1;
  const xTicks = points
    .map((p, i) => ({ p, i }))
    .filter(({ i }) => i === last || (i % step === 0 && last - i >= step))
    .map(({ p, i }) => ({
      x: x(p.period) ?? plot.left,
      period: p.period,
      anchor:
        i === 0 && last > 0 ? ('start' as const) : i === last && last > 0 ? ('end' as const) : ('middle' as const),
    }));
  return {
    width,
    height,
    plot,
    demandPath: path((p) => p.demand),
    placesPath: path(knownPlaces),
    demandDots: dots((p) => p.demand),
    placesDots: dots(knownPlaces),
    xTicks,
    yTicks: y.ticks(4).map((value) => ({ y: y(value), value })),
  };
};
