/** Section 12, data to fix first: data quality by area, and the offers to fix first with a link to each in the editor. */
import { ADMIN_PATH } from '../../cms/paths.ts';
import { QUALITY_CHECKS } from '../quality.ts';
import type { TableBuilder } from './model.ts';

export const quality: TableBuilder = ({ report, ctx: { t }, cells: { area, text, share } }) => ({
  caption: t('gaps.s12.caption'),
  columns: [
    t('gaps.col.area'),
    t('gaps.s12.col.offers'),
    ...QUALITY_CHECKS.map((check) => t(`gaps.s12.col.${check}`, { months: report.config.staleAfterMonths })),
  ],
  rows: report.quality.rows.map((row) => [
    row.area === '' ? text(t('gaps.s6.walesWide')) : area(row.area),
    text(row.offers),
    ...QUALITY_CHECKS.map((check) => share(row.shares[check])),
  ]),
});

export const fixFirst: TableBuilder = ({ report, ctx, cells: { area, text, offer, figure } }) => {
  const { t } = ctx;
  return {
    caption: t('gaps.s12.fixCaption'),
    columns: [
      t('gaps.col.rank'),
      t('gaps.col.offer'),
      t('gaps.col.area'),
      t('gaps.s12.col.fix'),
      t('gaps.s12.col.heldBack'),
      t('gaps.s12.col.editor'),
    ],
    rows: report.quality.fixFirst.map((item, i) => {
      const href = ctx.editor?.(item.entry) ?? ADMIN_PATH;
      return [
        text(i + 1),
        offer(item.entry),
        item.area === '' ? text(t('gaps.s6.walesWide')) : area(item.area),
        // Joined with semicolons, not a list word: each fix is a sentence of its own.
        text(item.fixes.map((fix) => t(`gaps.s12.fix.${fix}`)).join('; ')),
        figure(item.heldBack, 1),
        { text: t('gaps.s12.edit'), href, value: href },
      ];
    }),
  };
};
