/**
 * "Something wrong with this? Tell us": an email to the public inbox of the EPC team for the
 * record's area (its first listed area), or, for a Wales-wide record, to the site's national
 * address. No server and no form: the visitor's own mail program sends it. Pure.
 */
import type { Translator } from '../i18n/translate.ts';
import type { Provision } from '../schema/schema.ts';

export interface ReportContext {
  /** The area records' report inboxes, by area id. */
  areaInbox: (area: string) => string | undefined;
  /** The national address, for Wales-wide records (LLWYBRAU_REPORT_EMAIL). */
  nationalInbox: string;
  t: Translator;
}

/** Where a report about this record goes. */
export const reportInbox = (
  entry: Pick<Provision, 'walesWide' | 'areas'>,
  ctx: Pick<ReportContext, 'areaInbox' | 'nationalInbox'>,
): string =>
  (entry.walesWide ? undefined : entry.areas.map(ctx.areaInbox).find((inbox) => inbox !== undefined)) ??
  ctx.nationalInbox;

/** The mailto: link, with the record's title, id and address and a short template, in the page's language. */
export const reportLink = (
  entry: Pick<Provision, 'id' | 'walesWide' | 'areas'>,
  title: string,
  pageUrl: string,
  ctx: ReportContext,
): string => {
  const subject = ctx.t('report.subject', { title });
  const body = ctx.t('report.body', { title, id: entry.id, url: pageUrl });
  return `mailto:${reportInbox(entry, ctx)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
};
