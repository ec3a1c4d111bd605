/** Section 3, Welsh language: Welsh-medium and bilingual offers per area and tier, and areas ranked by the gap. */
import { TIERS } from '../../content/vocabulary.ts';
import type { Cell, TableBuilder } from './model.ts';

export const welsh: TableBuilder = ({ report, ctx: { t }, cells: { text, matrix, tierHeads, f } }) => ({
  caption: t('gaps.s3.caption'),
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
        n.total === 0 ? text('–') : text(t('gaps.s3.nationalCell', { welsh: f.number(n.welsh), bilingual: f.number(n.bilingual), total: f.number(n.total) })),
      ),
    ],
  ],
});

export const welshRanking: TableBuilder = ({ report, ctx: { t }, cells: { area, text, flaggedList, f } }) => ({
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
    text(r.share === null ? '–' : f.percent(r.share)),
    flaggedList(r.englishOnlyTiers.map(String)),
  ]),
});
