/** Section 2, kinds and strands: each JGW+ strand, apprenticeship level and volunteering per area, and missing support services. */
import { APPRENTICESHIP_LEVELS, JGW_STRANDS } from '../../schema/vocabulary.ts';
import type { Cell, TableBuilder } from './model.ts';

export const kinds: TableBuilder = ({ report, ctx: { t }, cells: { area, text, marked } }) => {
  const count = (n: number): Cell => (n === 0 ? marked(0, 'gap', t('gaps.mark.none')) : text(n));
  return {
    caption: t('gaps.s2.caption'),
    columns: [
      t('gaps.col.area'),
      ...JGW_STRANDS.map((s) => `${t('kind.jgw')}: ${t(`vocab.strand.${s}`)}`),
      ...APPRENTICESHIP_LEVELS.map((l) => t(`vocab.apprenticeshipLevel.${l}`)),
      t('gaps.col.volunteering'),
    ],
    rows: report.kinds.map((row) => [
      area(row.area),
      ...JGW_STRANDS.map((s) => count(row.strands[s])),
      ...APPRENTICESHIP_LEVELS.map((l) => count(row.apprenticeships[l])),
      count(row.volunteering),
    ]),
  };
};

export const support: TableBuilder = ({ report, ctx: { t }, cells: { area, flaggedList } }) => ({
  caption: t('gaps.s2.supportCaption'),
  columns: [t('gaps.col.area'), t('gaps.col.supportMissing')],
  rows: report.kinds.map((row) => [
    area(row.area),
    flaggedList(row.missing.support.map((type) => t(`vocab.serviceType.${type}`))),
  ]),
});
