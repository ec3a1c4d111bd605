/** Section 5, duplication: groups of like offers in one area, with what they share and how alike they are. */
import type { Translator } from '../../i18n/translate.ts';
import type { Focus } from '../duplication.ts';
import type { TableBuilder } from './model.ts';

const focusLabel = (focus: Focus | null, t: Translator): string | null => {
  if (!focus) return null;
  if (focus.field === 'sector') return t(`vocab.sector.${focus.value}`);
  return focus.field === 'serviceType' ? t(`vocab.serviceType.${focus.value}`) : t(`vocab.strand.${focus.value}`);
};

export const duplication: TableBuilder = ({ report, ctx, cells: { area, text, f } }) => {
  const { t } = ctx;
  return {
    caption: t('gaps.s5.caption'),
    columns: [t('gaps.col.area'), t('gaps.col.offers'), t('gaps.col.shared'), t('gaps.col.score')],
    rows: report.duplication.map((group) => {
      const s = group.shared;
      const shared = [
        t(`kind.${s.kind}`),
        focusLabel(s.focus, t),
        t(`vocab.language.${s.language}`),
        f.list(s.tiers.map((tier) => t('tierWord', { tier }))),
        s.ages ? t('gaps.s5.ages', { min: s.ages[0], max: s.ages[1] }) : null,
        s.priorityGroups.length > 0
          ? f.list(
              s.priorityGroups.map((g) => t(`vocab.priorityGroup.${g}`)),
              { phrases: true },
            )
          : t('gaps.s5.openToAll'),
      ].filter((part): part is string => Boolean(part));
      return [
        area(group.area),
        text(group.members.map((id) => ctx.entry(id).title).join('; ')),
        text(shared.join('; ')),
        text(group.score),
      ];
    }),
  };
};
