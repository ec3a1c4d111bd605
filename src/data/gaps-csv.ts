/** The CSV downloads of the gap tables, built at build time for every scope and table. */
import type { APIRoute } from 'astro';
import { csvDocument } from '../lib/csv.ts';
import { csvRows, TABLE_IDS } from '../lib/gaps/tables/index.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { csvFileName, gapScopes, gapTables } from './gaps.ts';

export const csvPaths = (lang: Locale) => async () =>
  (await gapScopes(lang)).flatMap(({ slug, scope }) => TABLE_IDS.map((table) => ({ params: { file: csvFileName(slug, table) }, props: { scope, table } })));

export const csvEndpoint =
  (lang: Locale): APIRoute =>
  async ({ props }) => {
    const { scope, table } = props as { scope: Parameters<typeof gapTables>[0]; table: (typeof TABLE_IDS)[number] };
    const { tables } = await gapTables(scope, lang);
    return new Response(csvDocument(csvRows(tables[table])), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  };
