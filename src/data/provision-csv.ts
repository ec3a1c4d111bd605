/**
 * Provision as spreadsheets on the site, in exactly the import columns, so that an EPC can
 * download an area's records (or all of Wales), edit them in Excel and bring them back with
 * `npm run import`. One file per area (the records listed for it) and one for all of Wales
 * (every record, Wales-wide ones included). Ended records are kept: they are part of the data.
 * Each file states its scope in a sheet_scope column, so that pruning with it stays inside it.
 */
import type { APIRoute } from 'astro';
import { provisionCsv } from '../lib/sheets/export.ts';
import { inScope, type SheetScope } from '../lib/sheets/scope.ts';
import { siteContent } from './content.ts';

/** The path of a download: `wales` or an area id. */
export const provisionCsvPath = (scope: string): string => `/data/provision-${scope}.csv`;

export const provisionCsvPaths = async () => {
  const { areas } = await siteContent();
  return [{ params: { scope: 'wales' } }, ...areas.map((area) => ({ params: { scope: area.id } }))];
};

export const provisionCsvEndpoint: APIRoute = async ({ params }) => {
  const { provision } = await siteContent();
  const scope = params.scope ?? 'wales';
  // The sheet says what it covers, as `npm run export` does, so that importing it with --prune removes only records inside it.
  const covers: SheetScope = { areas: scope === 'wales' ? 'all' : [scope], kinds: 'all' };
  const entries = provision.filter((entry) => inScope(covers, entry));
  return new Response(
    provisionCsv(
      [...entries].sort((a, b) => a.id.localeCompare(b.id)),
      covers,
    ),
    {
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    },
  );
};
