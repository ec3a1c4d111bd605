/**
 * What a spreadsheet covers. `npm run export -- --area gwynedd --kind jgw` writes Gwynedd's
 * JGW+ offers, and says so in a `sheet_scope` column on every row ("areas=gwynedd;
 * kinds=jgw"). A column rather than a note above the header, so that sorting and filtering
 * in a spreadsheet keep it, and any row left after deleting others still carries it.
 *
 * The importer reads it back, and it bounds what the sheet may do: `--prune` removes only
 * records inside the scope that the sheet leaves out, and a row for a record outside it is
 * refused. A sheet without a scope (one made by hand) can add and change records, but never
 * prune. A record is inside the scope when the export would have written it: it serves one
 * of the scope's areas (or the scope has all areas) and is of one of its kinds.
 * Pure.
 */
import { quoted } from '../schema/text-checks.ts';
import { KINDS, type Kind } from '../schema/vocabulary.ts';

export const SCOPE_COLUMN = 'sheet_scope';

export interface SheetScope {
  /** Area ids, or every area (and Wales-wide offers). */
  areas: readonly string[] | 'all';
  kinds: readonly Kind[] | 'all';
}

/** The cell: `areas=gwynedd; kinds=jgw`, or `areas=all; kinds=all` for a whole export. */
export const scopeCell = (scope: SheetScope): string =>
  `areas=${scope.areas === 'all' ? 'all' : scope.areas.join(' ')}; kinds=${scope.kinds === 'all' ? 'all' : scope.kinds.join(' ')}`;

const FORM = 'areas=<area ids, or all>; kinds=<kinds, or all>, as npm run export writes it';

/** A scope cell read back, or what is wrong with it. Area ids are checked against the content by the caller. */
export const parseScopeCell = (cell: string): SheetScope | { error: string } => {
  const match = /^\s*areas\s*=\s*([a-z0-9 -]+?)\s*;\s*kinds\s*=\s*([a-z ]+?)\s*$/.exec(
    cell.toLowerCase().replace(/\u00A0/g, ' '),
  );
  if (match === null) return { error: `expected ${FORM} (got ${quoted(cell)})` };
  const areas = (match[1] ?? '').split(/\s+/).filter(Boolean);
  const kinds = (match[2] ?? '').split(/\s+/).filter(Boolean);
  const unknownKinds = kinds.filter((kind) => kind !== 'all' && !(KINDS as readonly string[]).includes(kind));
  if (unknownKinds.length > 0)
    return { error: `kinds must be all, or some of ${KINDS.join(', ')} (got ${quoted(unknownKinds.join(', '))})` };
  if (areas.length === 0 || kinds.length === 0) return { error: `expected ${FORM} (got ${quoted(cell)})` };
  return {
    areas: areas.includes('all') ? 'all' : areas,
    kinds: kinds.includes('all') ? 'all' : (kinds as Kind[]),
  };
};

/**
 * Reads the scope cells of a sheet's rows in turn: every row that gives one must give the same
 * (rows pasted in from another export would not). `read` gives the problem with a row's cell, or null.
 */
export const scopeReader = () => {
  let first: { cell: string; row: number; scope: SheetScope } | null = null;
  const refused = new Set<string>();
  return {
    read: (cell: string, row: number): string | null => {
      if (!cell) return null;
      const scope = parseScopeCell(cell);
      if ('error' in scope) {
        // The same unreadable cell on every row is one mistake: said once.
        const key = scopeKeyOf(cell);
        if (refused.has(key)) return null;
        refused.add(key);
        return scope.error;
      }
      if (first === null) {
        first = { cell, row, scope };
        return null;
      }
      // Compared by what they say, so spacing and case do not matter.
      return scopeCell(scope) === scopeCell(first.scope)
        ? null
        : `says ${quoted(cell)} but row ${first.row} says ${quoted(first.cell)}: the sheet mixes rows from two exports; import each export on its own`;
    },
    value: (): SheetScope | null => first?.scope ?? null,
  };
};

const scopeKeyOf = (cell: string) => cell.toLowerCase().replace(/\s+/g, '');

/** Whether the export of this scope would write the record. */
export const inScope = (scope: SheetScope, record: { areas?: readonly string[]; kind?: string }): boolean =>
  (scope.kinds === 'all' || (scope.kinds as readonly string[]).includes(record.kind ?? '')) &&
  (scope.areas === 'all' || (record.areas ?? []).some((area) => (scope.areas as readonly string[]).includes(area)));

/** The scope in words, for messages: "areas gwynedd, kinds jgw". */
export const describeScope = (scope: SheetScope): string =>
  `${scope.areas === 'all' ? 'every area' : `area${scope.areas.length === 1 ? '' : 's'} ${scope.areas.join(', ')}`}, ${
    scope.kinds === 'all' ? 'every kind' : `kind${scope.kinds.length === 1 ? '' : 's'} ${scope.kinds.join(', ')}`
  }`;
