/**
 * How the editor reads and writes a content file. Reading keeps the file's text beside its
 * data (under SOURCE, a key no schema has); writing changes only the fields whose values
 * changed, in place (yaml-file.ts), so that an EPC's one-field edit is a one-line diff for
 * whoever reviews it. A new record is written in the order of the sample files. Fields the
 * editor leaves empty are left out, and a field the file did not have is not added only
 * because the editor holds its empty default. Pure, and shared by the browser and the tests.
 */
import { newYaml, patchYaml, readYaml } from '../content/yaml-file.ts';

/** The key under which the editor carries a file's own text from reading to writing. */
export const SOURCE = '__llwybrauFile';
/** The key under which the editor carries why a file could not be read: it is then never written over. */
export const PROBLEM = '__llwybrauProblem';

type Data = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Data =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A value with nothing in it: what the editor holds for a field no one filled in. */
const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (isPlainObject(value) && Object.keys(value).length === 0);

/** The value without its empty fields (an untouched Welsh box, a cost with no details): objects only, lists keep their items. */
const withoutEmpty = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (!isPlainObject(value)) return value;
  const kept: Data = {};
  for (const [key, inner] of Object.entries(value)) {
    const tidy = withoutEmpty(inner);
    if (!isEmpty(tidy)) kept[key] = tidy;
  }
  return kept;
};

/** An empty list or a false: a schema's default, which a file need not write. */
const isDefaultLike = (value: unknown): boolean => value === false || (Array.isArray(value) && value.length === 0);

/**
 * The record as it should be written: empty fields left out; and, for a file that exists, a
 * top-level field it did not have and that holds only a default (no venues, not Wales-wide) left
 * out too, so that saving an untouched record changes nothing.
 */
export const tidyRecord = (data: Data, before: Data | null, dropWhenFalse: ReadonlySet<string>): Data => {
  const tidy = withoutEmpty(data) as Data;
  for (const [key, value] of Object.entries(tidy)) {
    const absentBefore = before !== null && !(key in before);
    if ((absentBefore && isDefaultLike(value)) || (before === null && value === false && dropWhenFalse.has(key)))
      delete tidy[key];
  }
  return tidy;
};

/**
 * The record with its fields in order: the top level in `order` (the editor's own field order),
 * each object inside by `nested` (its fields' order in the configuration, by dotted path; a list's
 * items share its path), the rest after as they came. The editor's store keeps no order of its own.
 */
const ordered = (
  data: Data,
  order: readonly string[],
  nested: ReadonlyMap<string, readonly string[]>,
  path = '',
): Data => {
  const rank = (key: string) => {
    const at = order.indexOf(key);
    return at === -1 ? order.length : at;
  };
  const inner = (key: string, value: unknown): unknown => {
    const at = path ? `${path}.${key}` : key;
    if (Array.isArray(value))
      return value.map((item) => (isPlainObject(item) ? ordered(item, nested.get(at) ?? [], nested, at) : item));
    return isPlainObject(value) ? ordered(value, nested.get(at) ?? [], nested, at) : value;
  };
  return Object.fromEntries(
    Object.entries(data)
      .sort(([a], [b]) => rank(a) - rank(b))
      .map(([key, value]) => [key, inner(key, value)]),
  );
};

/**
 * A file's data for the editor, with its text kept beside it. A file that does not read comes with
 * its problem, in the validator's words, and no data: the editor shows the problem and refuses to
 * save over the file (Decap would otherwise open it as an empty form, which a save would write).
 */
export const fromFile = (text: string): Data => {
  const read = readYaml(text);
  if ('problem' in read) return { [SOURCE]: text, [PROBLEM]: `This file ${read.problem}` };
  if (!isPlainObject(read.data))
    return { [SOURCE]: text, [PROBLEM]: 'This file must hold fields and values (name: value), one record a file' };
  return { ...read.data, [SOURCE]: text };
};

/** Why the file the editor holds could not be read, or null. */
export const problemOf = (data: Data): string | null => {
  const problem = data[PROBLEM];
  return typeof problem === 'string' ? problem : null;
};

export interface WriteOptions {
  /** Field order for a new file: the editor's fields in order (Decap's sortedKeys), else config.ts PROVISION_ORDER. */
  order: readonly string[];
  /** The order of the fields of each object inside, by dotted path (fieldOrder in config.ts). */
  nested?: ReadonlyMap<string, readonly string[]>;
  /** Top-level fields whose default is false, left out of a new file when false (walesWide). */
  dropWhenFalse: ReadonlySet<string>;
}

/** The file's text for the record the editor holds. */
export const toFile = (data: Data, options: WriteOptions): string => {
  const problem = problemOf(data);
  if (problem !== null) throw new Error(`${problem}. It was not saved: put it right in the file first.`);
  const { [SOURCE]: source, [PROBLEM]: _problem, ...fields } = data;
  const nested = options.nested ?? new Map<string, readonly string[]>();
  if (typeof source === 'string') {
    const read = readYaml(source);
    if ('data' in read && isPlainObject(read.data)) {
      const before = read.data;
      const after = tidyRecord(fields, before, options.dropWhenFalse);
      return patchYaml(
        source,
        before,
        after,
        (text) => {
          const back = readYaml(text);
          return 'data' in back ? back.data : null;
        },
        () => newYaml(ordered(after, options.order, nested)),
      );
    }
  }
  return newYaml(ordered(tidyRecord(fields, null, options.dropWhenFalse), options.order, nested));
};

/** The record the editor holds, as a check should see it: without the file's text, and without empty fields. */
export const recordOf = (data: Data): Data => {
  const { [SOURCE]: _source, [PROBLEM]: _problem, ...fields } = data;
  return withoutEmpty(fields) as Data;
};
