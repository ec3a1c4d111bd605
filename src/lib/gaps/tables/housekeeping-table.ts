/** Sections 8 and 9: priority groups with no targeted provision, and records to review, reopen or translate. */
import type { TableBuilder } from './model.ts';

export const priorityGroups: TableBuilder = ({ report, ctx: { t }, cells: { area, flaggedList } }) => ({
  caption: t('gaps.s8.caption'),
  columns: [t('gaps.col.area'), t('gaps.col.groupsMissing')],
  rows: report.priorityGroups.map((row) => [
    area(row.area),
    flaggedList(row.missing.map((group) => t(`vocab.priorityGroup.${group}`))),
  ]),
});

export const stale: TableBuilder = ({ report, ctx: { t }, cells: { offer, text } }) => ({
  caption: t('gaps.s9.staleCaption', { months: report.config.staleAfterMonths }),
  columns: [t('gaps.col.offer'), t('gaps.col.lastReviewed')],
  rows: report.housekeeping.stale.map((s) => [offer(s.entry), text(s.lastReviewed)]),
});

export const closed: TableBuilder = ({ report, ctx: { t }, cells: { offer } }) => ({
  caption: t('gaps.s9.closedCaption'),
  columns: [t('gaps.col.offer')],
  rows: report.housekeeping.closed.map((id) => [offer(id)]),
});

export const welshMissing: TableBuilder = ({ report, ctx: { t }, cells: { offer, text } }) => ({
  caption: t('gaps.s9.welshCaption'),
  columns: [t('gaps.col.offer'), t('gaps.col.missing')],
  // The two fields are named in one phrase, not joined by a list formatter: Welsh "a" mutates what follows ("teitl a chrynodeb").
  rows: report.housekeeping.welshMissing.map((w) => [
    offer(w.entry),
    text(t(`gaps.s9.field.${w.fields.length === 2 ? 'both' : (w.fields[0] ?? 'both')}`)),
  ]),
});

export const recordChecks: TableBuilder = ({ report, ctx: { t }, cells: { offer, text, f } }) => ({
  caption: t('gaps.s9.checksCaption'),
  columns: [t('gaps.col.offer'), t('gaps.col.check')],
  rows: report.housekeeping.checks.map((check) => {
    // starts-order carries "earlier later"; the others one date or none that the page shows.
    const [first = '', second = ''] = check.value.split(' ');
    const dated = check.code.startsWith('starts-');
    const values = dated ? { date: f.date(check.code === 'starts-order' ? second : first), before: f.date(first) } : {};
    return [offer(check.entry), text(t(`gaps.s9.check.${check.code}`, values))];
  }),
});
