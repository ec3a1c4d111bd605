/** Section 3, Welsh language: Welsh-medium and bilingual offers per area and tier, and areas ranked by the gap. */
import { TIERS } from '../../schema/vocabulary.ts';
import type { WelshNational } from '../coverage.ts';
import { type Cell, percentValue, type TableBuilder } from './model.ts';

export const welsh: TableBuilder = ({ report, ctx: { t }, cells: { text, matrix, tierHeads, f, longCsv } }) => {
  const nationalCell = (n: WelshNational) =>
    t('gaps.s3.nationalCell', { welsh: f.number(n.welsh), bilingual: f.number(n.bilingual), total: f.number(n.total) });
  return {
    caption: t('gaps.s3.caption'),
    csv: longCsv(report.welsh.cells, [
      { column: t('gaps.csvColumn.localOffers'), value: (c) => c.total },
      { column: t('gaps.csvColumn.welshOffers'), value: (c) => c.welsh },
      { column: t('gaps.csvColumn.bilingualOffers'), value: (c) => c.bilingual },
      { column: t('gaps.csvColumn.sharePercent'), value: (c) => percentValue(c.share) },
      { column: t('gaps.csvColumn.englishOnly'), value: (c) => t(c.englishOnly ? 'area.yes' : 'area.no') },
      { column: t('gaps.csvColumn.judgedNationally'), value: (c) => t(c.national ? 'area.yes' : 'area.no') },
    ]),
    columns: [t('gaps.col.area'), ...tierHeads(TIERS)],
    rows: matrix(report.welsh.cells, (c): Cell => {
      const national = report.welsh.national.find((n) => n.tier === c.tier);
      const local =
        c.total === 0
          ? '–'
          : t('gaps.s3.cell', {
              welsh: f.number(c.welsh),
              bilingual: f.number(c.bilingual),
              total: f.number(c.total),
              share: f.percent(c.share ?? 0),
            });
      // A tier covered nationally is judged on its Wales-wide offers, as coverage is: the local fact first, then those.
      const value =
        c.national && national
          ? `${c.total === 0 ? t('gaps.mark.none') : local} · ${t('gaps.s3.coveredNationally', { value: nationalCell(national) })}`
          : local;
      return c.englishOnly ? { text: `${value} · ${t('gaps.mark.englishOnly')}`, mark: 'flag' } : text(value);
    }),
  };
};

/** Wales-wide offers by tier and language: open to every area, in a table of their own, so no column adds them to an area's. */
export const welshNational: TableBuilder = ({ report, ctx: { t }, cells: { text, tier, share } }) => ({
  caption: t('gaps.s3.nationalRow'),
  columns: [
    t('gaps.col.tier'),
    t('gaps.col.nationalOffers'),
    t('gaps.csvColumn.welshOffers'),
    t('gaps.csvColumn.bilingualOffers'),
    t('gaps.col.share'),
  ],
  rows: report.welsh.national.map((n) => [
    tier(n.tier),
    text(n.total),
    text(n.welsh),
    text(n.bilingual),
    share(n.total === 0 ? null : (n.welsh + n.bilingual) / n.total),
  ]),
});

export const welshRanking: TableBuilder = ({ report, ctx: { t }, cells: { area, text, tierList, share } }) => ({
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
    tierList(r.englishOnlyTiers),
  ]),
});
