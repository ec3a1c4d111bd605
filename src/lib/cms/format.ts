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

/** The record in `order`, the rest after in the order they came. */
const ordered = (data: Data, order: readonly string[]): Data => {
  const rank = (key: string) => {
    const at = order.indexOf(key);
    return at === -1 ? order.length : at;
  };
  return Object.fromEntries(Object.entries(data).sort(([a], [b]) => rank(a) - rank(b)));
};

/** A file's data for the editor, with its text kept beside it; a file that does not read is refused in the validator's words. */
export const fromFile = (text: string): Data => {
  const read = readYaml(text);
  if ('problem' in read) throw new Error(`This file ${read.problem}`);
  if (!isPlainObject(read.data))
    throw new Error('This file must hold fields and values (name: value), one record a file');
  return { ...read.data, [SOURCE]: text };
};

export interface WriteOptions {
  /** Field order for a new file (config.ts PROVISION_ORDER, and the rest as they come). */
  order: readonly string[];
  /** Top-level fields whose default is false, left out of a new file when false (walesWide). */
  dropWhenFalse: ReadonlySet<string>;
}

/** The file's text for the record the editor holds. */
export const toFile = (data: Data, options: WriteOptions): string => {
  const { [SOURCE]: source, ...fields } = data;
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
        () => newYaml(ordered(after, options.order)),
      );
    }
  }
  return newYaml(ordered(tidyRecord(fields, null, options.dropWhenFalse), options.order));
};

/** The record the editor holds, as a check should see it: without the file's text, and without empty fields. */
export const recordOf = (data: Data): Data => {
  const { [SOURCE]: _source, ...fields } = data;
  return withoutEmpty(fields) as Data;
};
