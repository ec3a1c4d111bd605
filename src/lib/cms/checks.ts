/**
 * The editor's checks, made of the validator's own parts: the content schemas, and the warnings
 * about personal contact details, which a pull request's check refuses (npm run validate --
 * --strict). A field's check and a whole record's give the validator's wording, `field: problem`.
 * Pure, and shared by the browser and the tests.
 */
import type { z } from 'zod';
import { fieldPath } from '../content/validate.ts';
import { providerWarnings, provisionWarnings, type RecordWarning, warningText } from '../content/warnings.ts';
import type { Provider, Provision } from '../schema/schema.ts';
import { venueSchema } from '../schema/venue.ts';
import { KINDS, type Kind } from '../schema/vocabulary.ts';
import { CMS_SCHEMAS } from './json-schema.ts';

/** Warnings that are personal data, which the editor and a pull request's check refuse. */
export const PERSONAL_DATA_WARNINGS: ReadonlySet<RecordWarning['code']> = new Set([
  'email-personal',
  'email-webmail',
  'phone-mobile',
]);

type AnySchema = z.core.$ZodType;
const def = (schema: AnySchema) => schema._zod.def as unknown as Record<string, unknown> & { type: string };

/** The schema inside optional, default, a preprocess and the like. */
const unwrap = (schema: AnySchema): AnySchema => {
  let at = schema;
  for (;;) {
    const d = def(at);
    if (d.type === 'optional' || d.type === 'default' || d.type === 'nullable' || d.type === 'prefault')
      at = d.innerType as AnySchema;
    else if (d.type === 'pipe') at = (def(d.in as AnySchema).type === 'transform' ? d.out : d.in) as AnySchema;
    else return at;
  }
};

/** The schema a key names: "provision:course" (one kind), "providers", "areas", "demand", "vocabulary", "synonyms", "venue". */
export const schemaFor = (key: string): AnySchema | null => {
  if (key === 'venue') return venueSchema;
  if (key.startsWith('provision:')) {
    const kind = key.slice('provision:'.length) as Kind;
    if (!KINDS.includes(kind)) return null;
    const options = def(unwrap(CMS_SCHEMAS.provision)).options as AnySchema[];
    return options.find((option) => literalOf(option) === kind) ?? null;
  }
  return (CMS_SCHEMAS as Record<string, AnySchema>)[key] ?? null;
};

const shapeOf = (schema: AnySchema): Record<string, AnySchema> | null => {
  const d = def(unwrap(schema));
  return d.type === 'object' ? (d.shape as Record<string, AnySchema>) : null;
};
const unwrapShape = (schema: AnySchema, key: string): AnySchema | null => {
  const inner = shapeOf(schema)?.[key];
  return inner ? unwrap(inner) : null;
};
const literalOf = (schema: AnySchema): unknown => {
  const kind = unwrapShape(schema, 'kind');
  return kind ? (def(kind).values as unknown[] | undefined)?.[0] : undefined;
};

/** The schema of the field at `path` (dots between names) inside `schema`; list items are passed through. */
export const schemaAt = (schema: AnySchema, path: string): AnySchema | null => {
  let at: AnySchema | null = schema;
  for (const name of path.split('.')) {
    if (at === null) return null;
    let inner: AnySchema = unwrap(at);
    if (def(inner).type === 'array') inner = unwrap(def(inner).element as AnySchema);
    at = shapeOf(inner)?.[name] ?? null;
  }
  return at;
};

const issueLines = (error: z.core.$ZodError, prefix: readonly PropertyKey[] = []): string[] =>
  error.issues.map((issue) => {
    const field = fieldPath([...prefix, ...issue.path]);
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`
        : issue.message;
    return field ? `${field}: ${message}` : message;
  });

/** The first problem with one field's value, in the validator's words, or null. */
export const fieldProblem = (key: string, path: string, value: unknown): string | null => {
  const root = schemaFor(key);
  const schema = root && (key === 'venue' ? root : schemaAt(root, path));
  if (!schema) return null;
  const result = (schema as z.ZodType).safeParse(value);
  return result.success ? null : (issueLines(result.error)[0] ?? null);
};

/** Every problem with a whole record, `field: problem`, as the validator would print them; empty when it may be saved. */
export const recordProblems = (key: string, data: unknown, today: string): string[] => {
  const schema = key.startsWith('provision:') ? CMS_SCHEMAS.provision : schemaFor(key);
  if (!schema) return [`the editor has no schema called ${key}`];
  const result = (schema as z.ZodType).safeParse(data);
  if (!result.success) return issueLines(result.error);
  const warnings = key.startsWith('provision:')
    ? provisionWarnings({ ...(result.data as Provision), id: '' }, today)
    : key === 'providers'
      ? providerWarnings({ ...(result.data as Provider), id: '' })
      : [];
  return warnings
    .filter((warning) => PERSONAL_DATA_WARNINGS.has(warning.code))
    .map((warning) => `${warning.field}: ${warningText(warning)}`);
};
