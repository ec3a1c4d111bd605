/** The CSV downloads of the gap tables, built at build time for every scope and table. */
import type { APIRoute } from 'astro';
import { csvDocument } from '../lib/csv.ts';
import { csvRows, dataRows, TABLE_IDS } from '../lib/gaps/tables/index.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { csvFileName, gapScopes, gapTables, jsonFileName } from './gaps.ts';

export const csvPaths = (lang: Locale) => async () =>
  (await gapScopes(lang)).flatMap(({ slug, scope }) =>
    TABLE_IDS.map((table) => ({ params: { file: csvFileName(slug, table) }, props: { scope, table } })),
  );

export const csvEndpoint =
  (lang: Locale): APIRoute =>
  async ({ props }) => {
    const { scope, table } = props as { scope: Parameters<typeof gapTables>[0]; table: (typeof TABLE_IDS)[number] };
    const { tables } = await gapTables(scope, lang);
    return new Response(csvDocument(csvRows(tables[table])), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    });
  };

/** Every scope's tables as one JSON file, in this language, for charts and other tools: the same figures as the CSVs, numbers as numbers. */
export const jsonPaths = (lang: Locale) => async () =>
  (await gapScopes(lang)).map(({ slug, scope }) => ({ params: { file: jsonFileName(slug) }, props: { scope } }));

export const jsonEndpoint =
  (lang: Locale): APIRoute =>
  async ({ props }) => {
    const { scope } = props as { scope: Parameters<typeof gapTables>[0] };
    const { scoped, tables } = await gapTables(scope, lang);
    const body = {
      scope,
      language: lang,
      date: scoped.today,
      areas: scoped.areas.map((area) => ({ id: area.id, code: area.code, name: area.name[lang] })),
      rules: scoped.config,
      tables: Object.fromEntries(
        TABLE_IDS.map((id) => {
          const [columns = [], ...rows] = dataRows(tables[id]);
          return [id, { caption: tables[id].caption, columns, rows }];
        }),
      ),
    };
    return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
  };
