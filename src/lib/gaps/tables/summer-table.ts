/** Section 10, the summer: local offers running in each summer month, per area and summer tier. */
import type { Cell, TableBuilder } from './model.ts';

export const summer: TableBuilder = ({ report, ctx: { t }, cells: { text, matrix, tierHeads, f, longCsv } }) => {
  const monthName = (month: number) => t(`vocab.month.${month}` as 'vocab.month.1');
  return {
    caption: t('gaps.s10.caption'),
    csv: longCsv(report.summer.cells, [
      { column: t('gaps.csvColumn.localOffers'), value: (c) => c.local },
      ...report.config.summerMonths.map((month) => ({
        column: t('gaps.csvColumn.runningIn', { month: monthName(month) }),
        value: (c: (typeof report.summer.cells)[number]) => c.months.find((m) => m.month === month)?.running ?? 0,
      })),
      { column: t('gaps.csvColumn.byDefault'), value: (c) => c.notStated },
      {
        column: t('gaps.csvColumn.summerGap'),
        value: (c) =>
          c.missingMonths.length > 0 ? t('gaps.mark.gap') : c.thinMonths.length > 0 ? t('gaps.mark.thin') : '',
      },
    ]),
    columns: [t('gaps.col.area'), ...tierHeads(report.config.summerTiers)],
    rows: matrix(report.summer.cells, (c): Cell => {
      if (c.local === 0) return text('–');
      const months = c.months
        .map((m) => t('gaps.s10.month', { month: monthName(m.month), count: f.number(m.running) }))
        .join(', ');
      const value = [
        t('gaps.s10.cell', { months, local: f.number(c.local) }),
        ...(c.notStated > 0 ? [t('gaps.s10.byDefault', { count: f.number(c.notStated) })] : []),
      ].join(' · ');
      if (c.missingMonths.length > 0)
        return {
          text: `${value} · ${t('gaps.mark.noSummer', { months: f.list(c.missingMonths.map(monthName)) })}`,
          mark: 'gap',
        };
      if (c.thinMonths.length > 0)
        return {
          text: `${value} · ${t('gaps.mark.thinSummer', { months: f.list(c.thinMonths.map(monthName)) })}`,
          mark: 'thin',
        };
      return text(value);
    }),
  };
};
