/** Section 1, coverage: running local offers per area and tier, the Wales-wide and online ones apart, and tiers with no rolling start. */
import { TIERS } from '../../schema/vocabulary.ts';
import type { TableBuilder } from './model.ts';

const MARK_WORDS = { gap: 'gaps.mark.gap', thin: 'gaps.mark.thin', national: 'gaps.mark.national', ok: '' } as const;

export const coverage: TableBuilder = ({
  report,
  ctx: { t },
  cells: { text, marked, matrix, tierHeads, longCsv },
}) => ({
  caption: t('gaps.s1.caption'),
  csv: longCsv(report.coverage, [
    { column: t('gaps.csvColumn.localOffers'), value: (c) => c.local },
    { column: t('gaps.csvColumn.mark'), value: (c) => (c.mark === 'ok' ? '' : t(MARK_WORDS[c.mark])) },
  ]),
  columns: [t('gaps.col.area'), ...tierHeads(TIERS)],
  rows: matrix(report.coverage, (c) =>
    c.mark === 'gap'
      ? marked(c.local, 'gap', t('gaps.mark.gap'))
      : c.mark === 'thin'
        ? marked(c.local, 'thin', t('gaps.mark.thin'))
        : c.mark === 'national'
          ? text(`${text(c.local).text} · ${t('gaps.mark.national')}`)
          : text(c.local),
  ),
});

export const coverageOther: TableBuilder = ({ report, ctx, cells: { text, tierHeads, inArea } }) => {
  const { t } = ctx;
  const first = report.areas[0]?.id;
  return {
    caption: t('gaps.s1.otherCaption'),
    columns: [t('gaps.col.scope'), ...tierHeads(TIERS)],
    rows: [
      // Wales-wide offers count the same in every area: one row, read from the first.
      ...(first
        ? [[text(t('gaps.s1.walesWideRow')), ...inArea(report.coverage, first).map((c) => text(c.walesWide))]]
        : []),
      ...report.areas.map(({ id }) => [
        text(t('gaps.s1.onlineRow', { area: ctx.areaName(id) })),
        ...inArea(report.coverage, id).map((c) => text(c.online)),
      ]),
    ],
  };
};

export const rollingStart: TableBuilder = ({ report, ctx: { t }, cells: { area, tier } }) => ({
  caption: t('gaps.s1.rollingCaption'),
  columns: [t('gaps.col.area'), t('gaps.col.tier')],
  rows: report.coverage.filter((c) => c.noRollingStart).map((c) => [area(c.area), tier(c.tier)]),
});
