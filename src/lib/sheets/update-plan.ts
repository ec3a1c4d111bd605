/**
 * `npm run import -- sheet.csv --update`: what a checked sheet would do to the content, said
 * before anything is written. Each record of the sheet is added (a new id), changed (with every
 * field that differs, before and after) or unchanged (then its file is not touched, so it stays
 * byte for byte as it was). With `prune`, records the sheet leaves out are removed, but only
 * within the scope the sheet states (its sheet_scope column, written by the export): a sheet of
 * Gwynedd's JGW+ offers can never remove Gwynedd's courses, nor anything of another area. A sheet
 * that states no scope cannot prune at all.
 * Pure.
 */

import { type RawRecord, validateRecords } from '../content/validate.ts';
import type { Provision } from '../schema/schema.ts';
import type { ImportedRecord } from './rows.ts';
import { inScope, type SheetScope } from './scope.ts';

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export interface UpdatePlan {
  added: ImportedRecord[];
  /** `before` and `after`: the record as the build reads it (defaults filled in, without its id), for writing only what changed. */
  changed: {
    record: ImportedRecord;
    file: string;
    changes: FieldChange[];
    before: Record<string, unknown>;
    after: Record<string, unknown>;
  }[];
  unchanged: ImportedRecord[];
  /** Existing records the sheet leaves out, within its scope: removed only when pruning. */
  pruned: { id: string; file: string }[];
}

/**
 * A record as path → value leaves: `venues[0].town` → "Bala". Text is compared in one Unicode form
 * (NFC, as the sheet is read): a file that writes a letter another way (a decomposed ŵ, a CJK
 * compatibility ideograph) holds the same text, so it is not a change and the file is not rewritten.
 */
const leaves = (value: unknown, path = '', out = new Map<string, string>()): Map<string, string> => {
  if (Array.isArray(value)) {
    if (value.length === 0) out.set(path, '[]');
    value.forEach((item, i) => {
      leaves(item, `${path}[${i}]`, out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) leaves(inner, path ? `${path}.${key}` : key, out);
  } else if (typeof value === 'string') out.set(path, JSON.stringify(value.normalize('NFC')));
  else if (value !== undefined) out.set(path, JSON.stringify(value));
  return out;
};

/** Every field whose value differs between two versions of a record, in path order. */
export const fieldChanges = (before: unknown, after: unknown): FieldChange[] => {
  const a = leaves(before);
  const b = leaves(after);
  return [...new Set([...a.keys(), ...b.keys()])]
    .filter((field) => a.get(field) !== b.get(field))
    .sort()
    .map((field) => ({ field, before: a.get(field) ?? '(none)', after: b.get(field) ?? '(none)' }));
};

export const planUpdate = (
  existing: readonly RawRecord[],
  imported: readonly ImportedRecord[],
  { today, prune = false, scope = null }: { today: string; prune?: boolean; scope?: SheetScope | null },
): UpdatePlan => {
  if (prune && scope === null)
    throw new Error('planUpdate: pruning needs the sheet’s scope (the caller refuses --prune without one)');
  // Both sides as the build reads them (defaults filled in), so that only real differences count.
  const before = new Map(
    validateRecords(existing, { today }).content.provision.map((entry) => [entry.id, entry] as const),
  );
  const importedIds = new Set(imported.map((record) => record.id));
  const others = existing.filter((record) => !(record.collection === 'provision' && importedIds.has(record.id)));
  const after = new Map(
    validateRecords([...others, ...imported], { today }).content.provision.map((entry) => [entry.id, entry] as const),
  );
  const files = new Map(
    existing.filter((record) => record.collection === 'provision').map((record) => [record.id, record.file] as const),
  );

  const plan: UpdatePlan = { added: [], changed: [], unchanged: [], pruned: [] };
  for (const record of imported) {
    const old = before.get(record.id);
    const now = after.get(record.id);
    if (old === undefined) plan.added.push(record);
    else {
      // A record that moves folder (its kind changed) is a change even when nothing else is.
      const file = files.get(record.id) ?? record.file;
      const changes = fieldChanges(old, now);
      if (changes.length > 0 || file.replace(/^\.\//, '') !== record.file.replace(/^\.\//, ''))
        plan.changed.push({ record, file, changes, before: withoutId(old), after: withoutId(now ?? old) });
      else plan.unchanged.push(record);
    }
  }
  if (prune && scope !== null) {
    for (const [id, entry] of before) {
      if (!importedIds.has(id) && inScope(scope, entry)) plan.pruned.push({ id, file: files.get(id) ?? id });
    }
  }
  return plan;
};

const withoutId = (entry: Provision): Record<string, unknown> => {
  const { id: _id, ...data } = entry;
  return data;
};
