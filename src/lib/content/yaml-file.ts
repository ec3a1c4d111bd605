/**
 * Content files as YAML, read and written with the `yaml` package's Document API:
 * - reading refuses what our files never need and an attacker would use: aliases
 *   (`*name`, which can repeat a part of the file a million times) and custom tags;
 *   syntax errors are told in our words, with their line and column;
 * - writing an update changes only the fields whose values changed, in place, so the rest
 *   of the file (field order, quoting, comments, folded lines) stays as it was written,
 *   and a one-field change is a one-line diff.
 * Pure: the callers read and write the files.
 */

import {
  Document,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  parseDocument,
  Scalar,
  stringify,
  visit,
  type YAMLError,
  type YAMLMap,
} from 'yaml';
import { changedLines, documentEdit, sameValue } from './yaml-document-edit.ts';

/** What a syntax error means, for an editor rather than a parser. */
const SYNTAX: Partial<Record<YAMLError['code'], string>> = {
  BAD_INDENT: 'the indentation does not line up, or a bracket is not closed',
  TAB_AS_INDENT: 'a line is indented with a tab; indent with spaces',
  MISSING_CHAR: 'a bracket or a quotation mark is not closed',
  DUPLICATE_KEY: 'a field is given twice; keep one',
  MULTIPLE_DOCS: 'the file holds more than one record (a line of ---); keep one record a file',
  BAD_DQ_ESCAPE:
    'a backslash in double quotes starts an escape that does not exist; write \\\\ for a backslash, or use single quotes',
  MULTILINE_IMPLICIT_KEY: 'a value runs onto the next line without quotes or a | ; put it in quotes',
  BLOCK_AS_IMPLICIT_KEY: 'a field name is missing its colon, or a value is indented too far',
  KEY_OVER_1024_CHARS: 'a field name is longer than 1,024 characters',
};
const SYNTAX_DEFAULT = 'it cannot be read as fields and values; check the colons, quotes and indentation';

export type YamlRead = { data: unknown } | { problem: string };

/**
 * Reads one content file's text: its data, or one problem in our words. Dates stay as the text
 * written (the core schema: the default one would read 2026-02-30 as 2 March).
 */
export const readYaml = (source: string | { problem: string }): YamlRead => {
  if (typeof source !== 'string') return source;
  const doc = parseDocument(source.replace(/^\uFEFF/, ''), {
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
  });
  const error = doc.errors[0];
  if (error) {
    const offset = error.pos[0];
    const before = source.slice(0, offset).split('\n');
    const at = `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
    return { problem: `is not valid YAML at ${at}: ${SYNTAX[error.code] ?? SYNTAX_DEFAULT}` };
  }
  let refused: string | null = null;
  visit(doc, {
    Alias(_, node) {
      const at = node.range ? lineOf(source, node.range[0]) : null;
      refused = `uses a YAML alias (*${node.source})${at ? ` at line ${at}` : ''}; write each value out in full: content files may not repeat parts of themselves`;
      return visit.BREAK;
    },
    Node(_, node) {
      // A tag (!!binary, !custom) asks the reader to build something other than text, numbers, lists and fields.
      if (node.tag && !/^tag:yaml\.org,2002:(str|int|float|bool|null|seq|map)$/.test(node.tag)) {
        const at = node.range ? lineOf(source, node.range[0]) : null;
        refused = `uses a YAML tag (${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')})${at ? ` at line ${at}` : ''}; write plain values without tags`;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (refused !== null) return { problem: refused };
  return { data: doc.toJS({ maxAliasCount: 0 }) };
};

const lineOf = (source: string, offset: number): number => source.slice(0, offset).split('\n').length;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export { sameValue } from './yaml-document-edit.ts';

const same = sameValue;

/** One edit of the file's text: replace [from, to) with `text`. */
interface Splice {
  from: number;
  to: number;
  text: string;
}

const lineStart = (source: string, offset: number): number => source.lastIndexOf('\n', offset - 1) + 1;
const lineEnd = (source: string, offset: number): number => {
  const end = source.indexOf('\n', offset);
  return end === -1 ? source.length : end + 1;
};

/**
 * A scalar written in the style the old one had (plain, 'single' or "double" quotes), on one line.
 * Inside an inline list or map ([a, b], {a: b}), a plain value that holds , [ ] { } is quoted.
 */
const scalarText = (value: unknown, old: Scalar, inFlow: boolean): string | null => {
  const quotedStyle = old.type === 'QUOTE_SINGLE' || old.type === 'QUOTE_DOUBLE' ? old.type : null;
  const write = (style: 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE') =>
    stringify(value, { lineWidth: 0, defaultStringType: style, defaultKeyType: 'PLAIN' }).replace(/\n$/, '');
  let text = write(quotedStyle ?? 'PLAIN');
  if (inFlow && typeof value === 'string' && quotedStyle === null && /[,[\]{}]/.test(text))
    text = write('QUOTE_DOUBLE');
  if (text.includes('\n') || /^[|>]/.test(text)) text = write('QUOTE_DOUBLE');
  return text.includes('\n') ? null : text;
};

/** A top-level field written afresh, as `key: value` lines; a list the file wrote inline stays inline. */
const pairText = (key: string, value: unknown, flow: boolean): string => {
  const doc = new Document({ [key]: value });
  const node = doc.get(key, true);
  if (flow && isCollection(node)) node.flow = true;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
};

/**
 * The edits that turn the record `before` into `after` in the file: a scalar that changed is
 * rewritten where it stands (keeping its line, quoting and any comment); any other change (a
 * field added or taken away, a list changed) rewrites the top-level field it is in, and only that.
 */
const edits = (
  source: string,
  doc: Document,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Splice[] => {
  const root = doc.contents as YAMLMap;
  const splices: Splice[] = [];
  const pairOf = (key: string): Pair | undefined =>
    root.items.find((pair) => isScalar(pair.key) && pair.key.value === key);
  const span = (pair: Pair): { from: number; to: number } => {
    const key = pair.key as Scalar;
    const value = pair.value as Node | null;
    const last = value?.range ? Math.max(value.range[1] - 1, (key.range?.[1] ?? 0) - 1) : (key.range?.[1] ?? 0) - 1;
    return { from: lineStart(source, key.range?.[0] ?? 0), to: lineEnd(source, Math.max(last, 0)) };
  };
  /** Scalar changes in place; false when the change is not only that. */
  const inPlace = (node: unknown, old: unknown, now: unknown, out: Splice[], inFlow = false): boolean => {
    if (same(old, now)) return true;
    if (isScalar(node) && node.range && (typeof now !== 'object' || now === null) && now !== undefined) {
      const text = scalarText(now, node, inFlow);
      if (text === null) return false;
      // A block scalar (| or >) ends with its line break: the value written in its place keeps it.
      const replaced = source.slice(node.range[0], node.range[1]);
      const tail = /\r?\n$/.exec(replaced)?.[0] ?? '';
      out.push({ from: node.range[0], to: node.range[1], text: `${text}${tail}` });
      return true;
    }
    if (isMap(node) && isPlainObject(old) && isPlainObject(now)) {
      const keys = new Set([...Object.keys(old), ...Object.keys(now)]);
      return [...keys].every((key) => {
        if (same(old[key], now[key])) return true;
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
        return (
          pair !== undefined &&
          old[key] !== undefined &&
          now[key] !== undefined &&
          inPlace(pair.value, old[key], now[key], out, inFlow || node.flow === true)
        );
      });
    }
    if (
      isSeq(node) &&
      Array.isArray(old) &&
      Array.isArray(now) &&
      old.length === now.length &&
      node.items.length === now.length
    )
      return now.every((item, i) => inPlace(node.items[i], old[i], item, out, inFlow || node.flow === true));
    // A list of plain values that grew or shrank (a word added to the vocabulary): that list alone is written again,
    // in its own style: inline on one line if it was inline, else one item a line at its indentation.
    if (isSeq(node) && node.range && Array.isArray(now) && now.length > 0 && node.items.every(isScalar)) {
      if (!now.every((item) => item === null || typeof item !== 'object')) return false;
      const items = now.map((item) => scalarText(item, (node.items[0] as Scalar | undefined) ?? new Scalar(''), true));
      if (items.some((item) => item === null)) return false;
      const replaced = source.slice(node.range[0], node.range[1]);
      const tail = /\r?\n$/.exec(replaced)?.[0] ?? '';
      const indent = ' '.repeat(node.range[0] - lineStart(source, node.range[0]));
      const text = node.flow
        ? `[${items.join(', ')}]`
        : items.map((item, i) => `${i === 0 ? '' : indent}- ${item}`).join('\n');
      out.push({ from: node.range[0], to: node.range[1], text: `${text}${node.flow ? '' : tail}` });
      return true;
    }
    return false;
  };
  const added: string[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (same(before[key], after[key])) continue;
    const pair = pairOf(key);
    if (pair === undefined) {
      if (after[key] !== undefined) added.push(pairText(key, after[key], false));
      continue;
    }
    const local: Splice[] = [];
    if (before[key] !== undefined && after[key] !== undefined && inPlace(pair.value, before[key], after[key], local)) {
      splices.push(...local);
      continue;
    }
    const { from, to } = span(pair);
    let text =
      after[key] === undefined ? '' : pairText(key, after[key], isCollection(pair.value) && pair.value.flow === true);
    // A comment at the end of a one-line field stays at the end of its new line.
    const valueEnd = (pair.value as Node | null)?.range?.[1];
    const comment = valueEnd === undefined ? '' : source.slice(valueEnd, to).replace(/\r?\n$/, '');
    if (/^\s*#/.test(comment) && text.split('\n').length === 2) text = `${text.replace(/\n$/, '')}${comment}\n`;
    splices.push({ from, to, text });
  }
  if (added.length > 0) {
    const newline = source.length === 0 || source.endsWith('\n') ? '' : '\n';
    splices.push({ from: source.length, to: source.length, text: `${newline}${added.join('')}` });
  }
  return splices;
};

/**
 * The file's text with the record's changed fields written in, and nothing else changed.
 * `before` is the record as the file holds it, read through the schema (defaults filled in), and
 * `after` the new one read the same way, so that defaults and spellings of one value (level: 1 and
 * level: "1") are not differences. `check` reads text back the same way: when the edited text does
 * not read back as `after` (a case these edits do not cover), the record is written out afresh, so
 * a value is never lost for the sake of a small diff.
 */
export const patchYaml = (
  source: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  check: (text: string) => unknown,
  fresh: () => string,
): string => {
  const doc = parseDocument(source, { schema: 'core' });
  if (doc.errors.length === 0 && isMap(doc.contents) && !doc.contents.flow) {
    // New lines match the file's own line ends.
    const newline = source.includes('\r\n') ? '\r\n' : '\n';
    const splices = edits(source, doc, before, after).sort((a, b) => b.from - a.from);
    let text = source;
    for (const { from, to, text: inserted } of splices)
      text = text.slice(0, from) + (newline === '\n' ? inserted : inserted.replace(/\r?\n/g, '\r\n')) + text.slice(to);
    // Or the document edited as deep as the change goes and written out again, which keeps order, comments and quoting
    // (a word added to one list of the vocabulary). Of the two, the one that reads back right and changes fewer lines.
    // Written out at no line width, and at the library's 80 (which writes a long inline list one item a line).
    const edited = [0, 80].map((width) => documentEdit(source, before, after, width));
    const right = [text, ...edited].filter(
      (candidate): candidate is string => candidate !== null && same(check(candidate), after),
    );
    const best = right.sort((a, b) => changedLines(source, a) - changedLines(source, b))[0];
    if (best !== undefined) return best;
  }
  return fresh();
};

/** A new record's file. */
export const newYaml = (data: unknown): string => stringify(data, { lineWidth: 0 });
