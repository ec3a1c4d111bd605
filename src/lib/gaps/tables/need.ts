/** Section 4, unmet need: demand against recorded places, worst first, and the cells that cannot be measured. */
import type { TableBuilder } from './model.ts';

export const need: TableBuilder = ({ report, ctx: { t }, cells: { area, text } }) => ({
  caption: t('gaps.s4.caption'),
  columns: [
    t('gaps.col.rank'),
    t('gaps.col.area'),
    t('gaps.col.tier'),
    t('gaps.col.demand'),
    t('gaps.col.places'),
    t('gaps.col.noCapacity'),
    t('gaps.col.ratio'),
  ],
  rows: report.need.ranked.map((c, i) => [
    text(i + 1),
    area(c.area),
    text(t('tierWord', { tier: c.tier })),
    text(c.demand ?? 0),
    text(c.capacity),
    text(c.withoutCapacity),
    text(c.ratio ?? 0),
  ]),
});

export const needUnmeasured: TableBuilder = ({ report, ctx: { t }, cells: { area, text } }) => ({
  caption: t('gaps.s4.unrankedCaption'),
  columns: [t('gaps.col.area'), t('gaps.col.tier'), t('gaps.col.demand'), t('gaps.col.noCapacity'), t('gaps.col.why')],
  rows: report.need.unranked.map((c) => [
    area(c.area),
    text(t('tierWord', { tier: c.tier })),
    text(c.demand ?? 0),
    text(c.withoutCapacity),
    { text: t(`gaps.s4.status.${c.status}`), mark: 'flag' },
  ]),
});
