/** Section 4, unmet need: demand against local places, worst first; the cells that cannot be measured; and the national line. */
import type { TableBuilder } from './model.ts';

export const need: TableBuilder = ({ report, ctx: { t }, cells: { area, figure, text, tier } }) => ({
  caption: t('gaps.s4.caption'),
  columns: [
    t('gaps.col.rank'),
    t('gaps.col.area'),
    t('gaps.col.tier'),
    t('gaps.col.demand'),
    t('gaps.col.localPlaces'),
    t('gaps.col.noCapacity'),
    t('gaps.col.ratio'),
    t('gaps.col.onlinePlaces'),
  ],
  rows: report.need.ranked.map((c, i) => [
    text(i + 1),
    area(c.area),
    tier(c.tier),
    figure(c.demand),
    figure(c.places),
    text(c.withoutCapacity),
    figure(c.ratio, 2),
    figure(c.onlinePlaces),
  ]),
});

/** The cells left out of the ranking: nothing local, no places recorded, or some places unknown (then "at most"). */
export const needUnmeasured: TableBuilder = ({ report, ctx: { t }, cells: { area, figure, text, tier } }) => ({
  caption: t('gaps.s4.unrankedCaption'),
  columns: [
    t('gaps.col.area'),
    t('gaps.col.tier'),
    t('gaps.col.demand'),
    t('gaps.col.recordedPlaces'),
    t('gaps.col.noCapacity'),
    t('gaps.col.atMost'),
    t('gaps.col.why'),
  ],
  rows: report.need.unranked.map((c) => [
    area(c.area),
    tier(c.tier),
    figure(c.demand),
    figure(c.status === 'no-provision' ? null : c.places),
    text(c.withoutCapacity),
    figure(c.atMost, 2),
    { text: t(`gaps.s4.status.${c.status}`), mark: 'flag' },
  ]),
});

/** Wales-wide offers per tier, with their places: open to every area, added to none. Unknown places are unknown, not 0. */
export const needNational: TableBuilder = ({ report, ctx: { t }, cells: { figure, text, tier } }) => ({
  caption: t('gaps.s4.nationalCaption'),
  columns: [t('gaps.col.tier'), t('gaps.col.nationalOffers'), t('gaps.col.nationalPlaces'), t('gaps.col.noCapacity')],
  rows: report.need.national.map((row) => [
    tier(row.tier),
    text(row.offers),
    figure(row.places),
    text(row.withoutCapacity),
  ]),
});
