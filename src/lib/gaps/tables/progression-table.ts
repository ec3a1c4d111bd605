/** Section 6, progression: provision at the next tier and links that reach it, tiers with no route onward, and broken links. */
import { TIERS_WITH_NEXT } from '../../schema/vocabulary.ts';
import type { Cell, TableBuilder } from './model.ts';

export const progression: TableBuilder = ({ report, ctx: { t }, cells: { text, matrix, tierHeads, f, longCsv } }) => ({
  caption: t('gaps.s6.caption'),
  csv: longCsv(report.progression.cells, [
    { column: t('gaps.csvColumn.localOffers'), value: (c) => c.entries },
    { column: t('gaps.csvColumn.linkedHigher'), value: (c) => c.linkedOnward },
    { column: t('gaps.csvColumn.nextTier'), value: (c) => c.nextTierLocal },
    { column: t('gaps.csvColumn.nextTierWalesWide'), value: (c) => c.nextTierWalesWide },
    { column: t('gaps.csvColumn.noRoute'), value: (c) => t(c.noRouteOnward ? 'area.yes' : 'area.no') },
  ]),
  columns: [t('gaps.col.area'), ...tierHeads(TIERS_WITH_NEXT)],
  rows: matrix(report.progression.cells, (c): Cell => {
    const value = t('gaps.s6.cell', {
      entries: t.plural('count.offers', c.entries),
      linked: f.number(c.linkedOnward),
      next: f.number(c.nextTierLocal),
      walesWide: f.number(c.nextTierWalesWide),
    });
    return c.noRouteOnward ? { text: `${value} · ${t('gaps.mark.noRoute')}`, mark: 'flag' } : text(value);
  }),
});

export const progressionNoRoute: TableBuilder = ({ report, ctx: { t }, cells: { area, tier, f } }) => ({
  caption: t('gaps.s6.noRouteCaption'),
  columns: [t('gaps.col.area'), t('gaps.col.tier'), t('gaps.col.whyNoRoute')],
  rows: report.progression.cells
    .filter((c) => c.noRouteOnward)
    .map((c) => [
      area(c.area),
      tier(c.tier),
      {
        text:
          c.nextTierLocal === 0
            ? t('gaps.s6.why.noNextTier', { tier: c.tier + 1, walesWide: f.number(c.nextTierWalesWide) })
            : t('gaps.s6.why.noLinks'),
        mark: 'flag',
      },
    ]),
});

export const progressionBroken: TableBuilder = ({ report, ctx, cells: { area, text, offer } }) => {
  const { t } = ctx;
  return {
    caption: t('gaps.s6.brokenCaption'),
    columns: [t('gaps.col.area'), t('gaps.col.offer'), t('gaps.col.problem')],
    rows: report.progression.broken.map((b) => [
      b.area === '' ? text(t('gaps.s6.walesWide')) : area(b.area),
      offer(b.entry),
      text(
        b.reason === 'no-links'
          ? t('gaps.s6.problem.no-links')
          : t('gaps.s6.problem.none-active', { links: b.deadLinks.map((id) => ctx.entry(id).title).join('; ') }),
      ),
    ]),
  };
};
