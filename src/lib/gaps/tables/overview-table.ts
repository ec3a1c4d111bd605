/** The summary's gaps by kind, ranked within each kind, and the values behind the choropleths. */
import { GAP_PARTS, partCount, rankWithinKinds } from '../report.ts';
import type { Cell, TableBuilder } from './model.ts';

export const gapsByKind: TableBuilder = ({ report, ctx: { t }, summaries, cells: { area, text, f } }) => {
  const rows = report.areas.flatMap(({ id }) => {
    const summary = summaries.get(id);
    return summary ? [summary] : [];
  });
  const ranks = rankWithinKinds(rows);
  const heads = GAP_PARTS.map((part) => t(`gaps.partHead.${part}`));
  return {
    caption: t('gaps.byKindCaption'),
    columns: [t('gaps.col.area'), ...heads],
    rows: rows.map((s) => [
      area(s.area),
      ...GAP_PARTS.map((part): Cell => {
        const count = partCount(s, part);
        const rank = ranks.get(s.area)?.[part] ?? null;
        return rank === null
          ? text(count)
          : { text: t('gaps.byKindCell', { count: f.number(count), rank: f.number(rank) }), value: count };
      }),
    ]),
    // The CSV: each kind's count, then its rank (empty where the area has none of it).
    csv: {
      form: 'wide',
      columns: [t('gaps.col.area'), ...heads.flatMap((head) => [head, t('gaps.csvColumn.rankOf', { column: head })])],
      rows: rows.map((s) => [
        area(s.area).text,
        ...GAP_PARTS.flatMap((part) => [partCount(s, part), ranks.get(s.area)?.[part] ?? '']),
      ]),
    },
  };
};

export const mapValues: TableBuilder = ({
  report,
  ctx: { t },
  summaries,
  cells: { area, figure, text, share: shareCell, f },
}) => {
  const shares = new Map(report.welsh.ranking.map((row) => [row.area, row.share]));
  const summer = new Map(report.summer.offers.map((row) => [row.area, row]));
  return {
    caption: t('gaps.map.tableCaption'),
    columns: [
      t('gaps.col.area'),
      t('gaps.map.metric.reach'),
      t('gaps.col.welshSharePercent'),
      t('gaps.map.metric.need'),
      t('gaps.map.metric.summer', { tiers: f.list(report.config.summerTiers) }),
    ],
    rows: report.areas.map(({ id }) => {
      const summary = summaries.get(id);
      const share = shares.get(id) ?? null;
      const worst = summary?.worstNeed ?? null;
      return [
        area(id),
        summary ? text(summary.townsBeyondReach) : figure(null),
        shareCell(share),
        figure(worst?.ratio ?? null),
        ((row) => (row ? text(row.running) : figure(null)))(summer.get(id)),
      ];
    }),
  };
};
