/**
 * Provision written as a spreadsheet in the importer's own columns (IMPORT_COLUMNS):
 * one row per offer, and one more row per extra venue with only the id and the venue
 * cells. Importing the sheet gives the same records back (a property test checks it),
 * so a council can take its data out, work on it in a spreadsheet, and bring it back.
 * An export made for an area or a kind says so in every row (sheet-scope.ts).
 * Pure; cells that a spreadsheet would run as formulas are neutralised by csvDocument.
 */
import { csvDocument } from '../csv.ts';
import type { Provision } from '../schema/schema.ts';
import { IMPORT_COLUMNS } from './columns.ts';
import { SCOPE_COLUMN, type SheetScope, scopeCell } from './scope.ts';

type Column = (typeof IMPORT_COLUMNS)[number];

/** The value at a dotted path (`access.contact.url`), or undefined. */
export const valueAt = (source: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      source,
    );

/** A value as the importer reads it back: lists and tiers joined by ;, yes/no, start words or dates. */
const cellOf = (column: Column, value: unknown): string => {
  if (value === undefined || value === null) return '';
  switch (column.type) {
    case 'boolean':
      return value ? 'yes' : 'no';
    case 'list':
    case 'tiers':
    case 'months':
      return (value as readonly unknown[]).join(';');
    case 'starts':
      return typeof value === 'string' ? value : (value as { dates: string[] }).dates.join(';');
    default:
      return String(value);
  }
};

const VENUE_PREFIX = 'venues.';

/**
 * The header row, then each record's rows. With a scope (what the export was asked for), every
 * row also says it in the sheet_scope column, so that the importer knows what the sheet covers.
 */
export const provisionRows = (records: readonly Provision[], scope?: SheetScope): string[][] => {
  const rows = unscopedRows(records);
  if (scope === undefined) return rows;
  const cell = scopeCell(scope);
  return rows.map((row, i) => [...row, i === 0 ? SCOPE_COLUMN : cell]);
};

const unscopedRows = (records: readonly Provision[]): string[][] => [
  IMPORT_COLUMNS.map((c) => c.column),
  ...records.flatMap((record) => {
    const venues = record.venues.length > 0 ? record.venues : [undefined];
    return venues.map((venue, i) =>
      IMPORT_COLUMNS.map((column) => {
        if (column.path === '') return record.id;
        if (column.path.startsWith(VENUE_PREFIX))
          return venue === undefined ? '' : cellOf(column, valueAt(venue, column.path.slice(VENUE_PREFIX.length)));
        return i === 0 ? cellOf(column, valueAt(record, column.path)) : '';
      }),
    );
  }),
];

export const provisionCsv = (records: readonly Provision[], scope?: SheetScope): string =>
  csvDocument(provisionRows(records, scope));
