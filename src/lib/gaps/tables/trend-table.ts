/** Section 11, demand over time: the cells whose demand rose while places did not, and every period's figures. */
import { RISING_PERIODS, type TrendCell } from '../trend.ts';
import type { Cell, TableBuilder } from './model.ts';

const arrow = ' → ';

export const trendRising: TableBuilder = ({ report, ctx: { t }, cells: { area, tier, text, f } }) => {
  const figure = (value: number | null, digits = 1) =>
    value === null ? '–' : f.number(Math.round(value * 10 ** digits) / 10 ** digits);
  return {
    caption: t('gaps.s11.risingCaption'),
    columns: [
      t('gaps.col.area'),
      t('gaps.col.tier'),
      t('gaps.s11.demandCol'),
      t('gaps.s11.placesCol'),
      t('gaps.col.problem'),
    ],
    rows: report.trend
      .filter((c) => c.flag !== null)
      .map((c): Cell[] => {
        const last = c.points.slice(-RISING_PERIODS);
        return [
          area(c.area),
          tier(c.tier),
          text(last.map((p) => figure(p.demand, 0)).join(arrow)),
          text(last.map((p) => figure(p.places)).join(arrow)),
          { text: t(`gaps.s11.flag.${c.flag as NonNullable<TrendCell['flag']>}`), mark: 'flag' },
        ];
      }),
  };
};

/** Flagged cells first, so that on the Wales and region pages (which cut long tables) their figures are shown. */
const ordered = (cells: readonly TrendCell[]) => [
  ...cells.filter((c) => c.flag !== null),
  ...cells.filter((c) => c.flag === null),
];

export const trend: TableBuilder = ({ report, ctx: { t, areaName }, cells: { area, tier, text, figure, f } }) => {
  const rows = ordered(report.trend).flatMap((c) => c.points.map((p) => ({ cell: c, p })));
  return {
    caption: t('gaps.s11.caption'),
    columns: [
      t('gaps.col.area'),
      t('gaps.col.tier'),
      t('gaps.s11.period'),
      t('gaps.col.demand'),
      t('gaps.col.recordedPlaces'),
      t('gaps.col.noCapacity'),
      t('gaps.col.ratio'),
    ],
    rows: rows.map(({ cell, p }) => [
      area(cell.area),
      tier(cell.tier),
      { text: f.month(p.period), value: p.period },
      p.demand === null ? figure(null) : text(p.demand),
      figure(p.places),
      p.offersWithout === null ? figure(null) : text(p.offersWithout),
      figure(p.ratio, 2),
    ]),
    // Long form: one row per area, tier and period; the period last, as YYYY-MM.
    csv: {
      columns: [
        t('gaps.col.area'),
        t('gaps.col.tier'),
        t('gaps.col.demand'),
        t('gaps.col.recordedPlaces'),
        t('gaps.col.noCapacity'),
        t('gaps.col.ratio'),
        t('gaps.s11.periodCsv'),
      ],
      rows: rows.map(({ cell, p }) => [
        areaName(cell.area),
        cell.tier,
        p.demand,
        p.places === null ? null : Math.round(p.places * 10) / 10,
        p.offersWithout,
        p.ratio === null ? null : Math.round(p.ratio * 100) / 100,
        p.period,
      ]),
    },
  };
};
