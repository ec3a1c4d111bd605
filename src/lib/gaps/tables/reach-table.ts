/** Section 7, reach: towns with no in-person offer at a tier within the reach distance, with the nearest one. */
import type { TableBuilder } from './model.ts';

export const reach: TableBuilder = ({ report, ctx, cells: { area, text, offer, tier } }) => {
  const { t } = ctx;
  return {
    caption: t('gaps.s7.caption'),
    columns: [
      t('gaps.col.area'),
      t('gaps.col.town'),
      t('gaps.col.tier'),
      t('gaps.col.nearest'),
      t('gaps.col.distance'),
    ],
    rows: report.reach.flatMap((gap) =>
      gap.beyond.map((b) => [
        area(gap.town.area),
        text(ctx.lang === 'cy' ? gap.town.nameCy : gap.town.nameEn),
        tier(b.tier),
        b.nearest
          ? {
              ...offer(b.nearest.entry),
              text: `${ctx.entry(b.nearest.entry).title} (${ctx.townName?.(b.nearest.venue) ?? b.nearest.venue})`,
            }
          : text(t('gaps.s7.noneAnywhere')),
        b.nearest ? text(b.nearest.km) : { text: '–', value: '' },
      ]),
    ),
  };
};

/** Towns within reach at a tier only through outreach listed for their area: how much rests on outreach. */
export const reachOutreach: TableBuilder = ({ report, ctx, cells: { area, text, tier } }) => {
  const { t } = ctx;
  return {
    caption: t('gaps.s7.outreachCaption'),
    columns: [t('gaps.col.area'), t('gaps.col.town'), t('gaps.col.tier'), t('gaps.col.outreach')],
    rows: report.outreachOnly.flatMap((row) =>
      row.tiers.map((cell) => [
        area(row.town.area),
        text(ctx.lang === 'cy' ? row.town.nameCy : row.town.nameEn),
        tier(cell.tier),
        text(cell.offers.map((id) => ctx.entry(id).title).join('; ')),
      ]),
    ),
  };
};
