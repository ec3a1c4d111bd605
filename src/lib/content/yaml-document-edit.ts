/**
 * The fallback of yaml-file.ts's patchYaml: the document edited as deep as a change goes (a field
 * of a map, an item of a list), then written out again by the yaml package, which keeps comments,
 * order and quoting; and how many lines an edit changes, to choose the smaller edit. Pure.
 */
import { type Document, isCollection, isMap, isSeq, type Node, parseDocument, type YAMLMap } from 'yaml';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** JSON with keys sorted, so that two records compare by value whatever order their fields are in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    isPlainObject(inner)
      ? Object.fromEntries(
          Object.keys(inner)
            .sort()
            .map((key) => [key, inner[key]]),
        )
      : inner,
  );
export const sameValue = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);
const same = sameValue;

/** How many lines differ between two texts, outside the lines they share at the start and the end. */
export const changedLines = (a: string, b: string): number => {
  const x = a.split('\n');
  const y = b.split('\n');
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let end = 0;
  while (end < x.length - start && end < y.length - start && x[x.length - 1 - end] === y[y.length - 1 - end]) end++;
  return x.length - start - end + (y.length - start - end);
};

export const documentEdit = (
  source: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  lineWidth: number,
): string | null => {
  const doc = parseDocument(source, { schema: 'core' });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return null;
  editNode(doc, doc.contents, before, after);
  const text = doc.toString({ lineWidth, flowCollectionPadding: false });
  return source.includes('\r\n') ? text.replace(/\r?\n/g, '\r\n') : text;
};

/**
 * Changes a node of the document from `old` to `now` as deep as it can: a field of a map, an item
 * of a list of the same length, and only where they differ; a list whose length changed is
 * replaced where it stands (inline if it was), so a word added to one concept of the vocabulary
 * leaves every other concept, and every comment, as written.
 */
const editNode = (doc: Document, node: YAMLMap, old: Record<string, unknown>, now: Record<string, unknown>): void => {
  for (const key of new Set([...Object.keys(old), ...Object.keys(now)])) {
    if (same(old[key], now[key])) continue;
    if (now[key] === undefined) {
      node.delete(key);
      continue;
    }
    const inner = node.get(key, true);
    if (isMap(inner) && isPlainObject(old[key]) && isPlainObject(now[key])) {
      editNode(doc, inner, old[key], now[key]);
      continue;
    }
    if (isSeq(inner) && Array.isArray(old[key]) && Array.isArray(now[key]) && old[key].length === now[key].length) {
      const items = now[key] as unknown[];
      const was = old[key] as unknown[];
      items.forEach((item, i) => {
        if (same(was[i], item)) return;
        const child = inner.items[i];
        if (isMap(child) && isPlainObject(was[i]) && isPlainObject(item)) editNode(doc, child, was[i], item);
        else inner.items[i] = replacement(doc, child, item);
      });
      continue;
    }
    node.set(key, replacement(doc, inner, now[key]));
  }
};

/** A new node for a value, inline if the one it replaces was. */
const replacement = (doc: Document, old: unknown, value: unknown): Node => {
  const made = doc.createNode(value);
  if (isCollection(made) && isCollection(old) && old.flow) made.flow = true;
  return made;
};
