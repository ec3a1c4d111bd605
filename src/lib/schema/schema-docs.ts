/**
 * Writes the content schema as Markdown tables from the schemas' own
 * `.describe()` texts, so the documentation cannot drift from the contract.
 * `npm run schema:docs` regenerates docs/schema.md; a unit test fails when it is stale.
 */
import { z } from 'zod';
import { areaSchema, demandSchema, providerSchema, provisionSchema } from './schema.ts';
import { KIND_FOLDERS } from './vocabulary.ts';

interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  default?: unknown;
}

const typeOf = (schema: JsonSchema): string => {
  if (schema.const !== undefined) return `\`${String(schema.const)}\``;
  if (schema.enum) return schema.enum.map((value) => `\`${String(value)}\``).join(' \\| ');
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.map(typeOf).join(' or ');
  if (schema.type === 'array') return `list of ${schema.items ? typeOf(schema.items) : 'values'}`;
  if (schema.type === 'object')
    return schema.properties ? `{ ${Object.keys(schema.properties).join(', ')} }` : 'object';
  const range =
    schema.minimum !== undefined && schema.maximum !== undefined ? ` ${schema.minimum}–${schema.maximum}` : '';
  return `${Array.isArray(schema.type) ? schema.type.join(' or ') : (schema.type ?? 'any')}${range}`;
};

const rows = (schema: JsonSchema, skip: readonly string[] = []): string[] =>
  Object.entries(schema.properties ?? {})
    .filter(([name]) => !skip.includes(name))
    .map(([name, field]) => {
      const required = schema.required?.includes(name) && field.default === undefined ? 'yes' : 'no';
      const description = (field.description ?? '').replace(/\|/g, '\\|');
      return `| \`${name}\` | ${required} | ${typeOf(field).replace(/\n/g, ' ')} | ${description} |`;
    });

const table = (schema: JsonSchema, skip: readonly string[] = []): string =>
  ['| field | required | type | meaning |', '| --- | --- | --- | --- |', ...rows(schema, skip)].join('\n');

const toJson = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as JsonSchema;

export const schemaDocs = (): string => {
  const kinds = (toJson(provisionSchema).oneOf ?? []) as JsonSchema[];
  const shared = Object.keys(kinds[0]?.properties ?? {}).filter(
    (name) => kinds.every((kind) => kind.properties?.[name] !== undefined) && name !== 'kind',
  );
  const sections = [
    '# The content schema',
    '',
    'Generated from `src/lib/schema/schema.ts` by `npm run schema:docs`. Do not edit by hand.',
    'Every record is one YAML file; its file name (without `.yaml`) is its id.',
    '',
    '## Provision (`content/provision/<kind folder>/<id>.yaml`)',
    '',
    `The folder must match \`kind\`: ${Object.entries(KIND_FOLDERS)
      .map(([kind, folder]) => `\`${kind}\` in \`${folder}/\``)
      .join(', ')}.`,
    '',
    'Fields every kind has:',
    '',
    table(
      kinds[0] ?? {},
      Object.keys(kinds[0]?.properties ?? {}).filter((name) => !shared.includes(name)),
    ),
    '',
    ...kinds.flatMap((kind) => [
      `### \`kind: ${String(kind.properties?.kind?.const)}\``,
      '',
      table({
        ...kind,
        properties: Object.fromEntries(
          Object.entries(kind.properties ?? {}).filter(([name]) => !shared.includes(name)),
        ),
      }),
      '',
    ]),
    '## Areas (`content/areas/<slug>.yaml`)',
    '',
    table(toJson(areaSchema)),
    '',
    '## Providers (`content/providers/<id>.yaml`)',
    '',
    table(toJson(providerSchema)),
    '',
    '## Demand (`content/demand/<period>.yaml`)',
    '',
    table(toJson(demandSchema)),
    '',
    'Each row of `counts`:',
    '',
    table(toJson(demandSchema).properties?.counts?.items ?? {}),
    '',
  ];
  return sections.join('\n');
};
