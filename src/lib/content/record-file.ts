/**
 * The text of a provision record's file after an import: a new record is written out whole;
 * an existing one keeps its file as it was written, with only the changed fields rewritten
 * (yaml-file.ts), so that a one-field change is a one-line diff for whoever reviews it. Pure.
 */
import { provisionSchema } from '../schema/schema.ts';
import { newYaml, patchYaml, readYaml } from './yaml-file.ts';

/** A file's text read back as the build reads it, without the id; null when it does not read. */
const asBuilt = (text: string): unknown => {
  const read = readYaml(text);
  if ('problem' in read) return null;
  const parsed = provisionSchema.safeParse(read.data);
  return parsed.success ? parsed.data : null;
};

export const recordFileText = (
  existing: { text: string; before: Record<string, unknown>; after: Record<string, unknown> } | null,
  raw: unknown,
): string =>
  existing === null
    ? newYaml(raw)
    : patchYaml(existing.text, existing.before, existing.after, asBuilt, () => newYaml(raw));
