/** The values behind the three choropleths, as a table. */
import type { TableBuilder } from './model.ts';

export const mapValues: TableBuilder = ({
  report,
  ctx: { t },
  summaries,
  cells: { area, figure, text, share: shareCell },
}) => {
  const shares = new Map(report.welsh.ranking.map((row) => [row.area, row.share]));
  return {
    caption: t('gaps.map.tableCaption'),
    columns: [t('gaps.col.area'), t('gaps.map.metric.gaps'), t('gaps.map.metric.welsh'), t('gaps.map.metric.need')],
    rows: report.areas.map(({ id }) => {
      const summary = summaries.get(id);
      const share = shares.get(id) ?? null;
      const worst = summary?.worstNeed ?? null;
      return [area(id), text(summary?.gapCount ?? 0), shareCell(share), figure(worst?.ratio ?? null)];
    }),
  };
};
