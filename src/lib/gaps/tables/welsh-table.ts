/** Section 3, Welsh language: Welsh-medium and bilingual offers per area and tier, and areas ranked by the gap. */
import { TIERS } from '../../schema/vocabulary.ts';
import { type Cell, percentValue, type TableBuilder } from './model.ts';

export const welsh: TableBuilder = ({ report, ctx: { t }, cells: { text, matrix, tierHeads, f, longCsv } }) => {
  const local = longCsv(report.welsh.cells, [
    { column: t('gaps.csvColumn.localOffers'), value: (c) => c.total },
    { column: t('gaps.csvColumn.welshOffers'), value: (c) => c.welsh },
    { column: t('gaps.csvColumn.bilingualOffers'), value: (c) => c.bilingual },
    { column: t('gaps.csvColumn.sharePercent'), value: (c) => percentValue(c.share) },
    { column: t('gaps.csvColumn.englishOnly'), value: (c) => t(c.englishOnly ? 'area.yes' : 'area.no') },
  ]);
  // The Wales-wide row: open to every area, its own scope in the first column.
  const national = report.welsh.national.map((n) => [
    t('gaps.s3.nationalRow'),
    n.tier,
    n.total,
    n.welsh,
    n.bilingual,
    percentValue(n.total === 0 ? null : (n.welsh + n.bilingual) / n.total),
    '',
  ]);
  return {
    caption: t('gaps.s3.caption'),
    csv: { columns: local.columns, rows: [...local.rows, ...national] },
    columns: [t('gaps.col.area'), ...tierHeads(TIERS)],
    rows: [
      ...matrix(report.welsh.cells, (c): Cell => {
        if (c.total === 0) return text('–');
        const value = t('gaps.s3.cell', {
          welsh: f.number(c.welsh),
          bilingual: f.number(c.bilingual),
          total: f.number(c.total),
          share: f.percent(c.share ?? 0),
        });
        return c.englishOnly ? { text: `${value} · ${t('gaps.mark.englishOnly')}`, mark: 'flag' } : text(value);
      }),
      // Wales-wide offers are open to every area: shown beside the local figures, never added to them.
      [
        text(t('gaps.s3.nationalRow')),
        ...report.welsh.national.map((n) =>
          n.total === 0
            ? text('–')
            : text(
                t('gaps.s3.nationalCell', {
                  welsh: f.number(n.welsh),
                  bilingual: f.number(n.bilingual),
                  total: f.number(n.total),
                }),
              ),
        ),
      ],
    ],
  };
};

export const welshRanking: TableBuilder = ({ report, ctx: { t }, cells: { area, text, flaggedList, share } }) => ({
  caption: t('gaps.s3.rankingCaption'),
  columns: [
    t('gaps.col.rank'),
    t('gaps.col.area'),
    t('gaps.col.localOffers'),
    t('gaps.col.welshOrBilingual'),
    t('gaps.col.share'),
    t('gaps.col.englishOnlyTiers'),
  ],
  rows: report.welsh.ranking.map((r, i) => [
    text(i + 1),
    area(r.area),
    text(r.total),
    text(r.welshOrBilingual),
    share(r.share),
    flaggedList(r.englishOnlyTiers.map(String)),
  ]),
});
