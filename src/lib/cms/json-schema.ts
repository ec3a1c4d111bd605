/**
 * The content schemas as the editor sees them, in JSON Schema: zod writes it, with references
 * marked with the collection they point into, and dates, web addresses and emails marked with
 * their format. Pure.
 */
import { z } from 'zod';
import { vocabularySchema } from '../schema/concepts.ts';
import { email, isoDate, plainRef, url } from '../schema/primitives.ts';
import { areaSchema, makeDemandSchema, makeProvisionSchema, providerSchema } from '../schema/schema.ts';
import { synonymsSchema } from '../schema/synonyms.ts';
import { KINDS, type Kind } from '../schema/vocabulary.ts';

/** A node of JSON Schema, as zod writes it. */
export interface JsonSchema {
  type?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: (string | number)[];
  const?: string | number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  pattern?: string;
  format?: string;
  'x-collection'?: string;
}

/** Each schema as the editor sees it: references carry the collection they point into. */
const referenceTo = (collection: string) => plainRef().meta({ 'x-collection': collection });
export const CMS_SCHEMAS = {
  provision: makeProvisionSchema(referenceTo),
  providers: providerSchema,
  areas: areaSchema,
  demand: makeDemandSchema(referenceTo),
  vocabulary: vocabularySchema,
  synonyms: synonymsSchema,
} as const;

/** Whether `schema` is `of`, or made from it by .describe(), .optional() and the like. */
const madeFrom = (schema: z.core.$ZodType, of: z.core.$ZodType): boolean => {
  for (let at: z.core.$ZodType | undefined = schema; at; at = at._zod.parent) if (at === of) return true;
  return false;
};

/** JSON Schema of a content schema, as input (defaults make a field optional), with dates, web addresses and emails marked. */
export const jsonSchemaOf = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      if (madeFrom(ctx.zodSchema, isoDate)) ctx.jsonSchema.format = 'date';
      else if (madeFrom(ctx.zodSchema, url)) ctx.jsonSchema.format = 'uri';
      else if (madeFrom(ctx.zodSchema, email)) ctx.jsonSchema.format = 'email';
    },
  }) as JsonSchema;

/** The JSON Schema of one kind of provision. */
export const provisionKindSchema = (kind: Kind): JsonSchema => {
  const union = jsonSchemaOf(CMS_SCHEMAS.provision);
  const branch = (union.oneOf ?? union.anyOf ?? []).find((option) => option.properties?.kind?.const === kind);
  if (!branch) throw new Error(`The provision schema has no branch for kind ${kind}`);
  return branch;
};

/**
 * Top-level fields whose default is false in every schema that has them (walesWide), which a new
 * file leaves out when false. A provision record's `illustrative` is required, so it is not one.
 */
export const DEFAULT_FALSE_KEYS: ReadonlySet<string> = (() => {
  const schemas = [
    ...KINDS.map(provisionKindSchema),
    jsonSchemaOf(CMS_SCHEMAS.providers),
    jsonSchemaOf(CMS_SCHEMAS.areas),
  ];
  const keys = new Set(schemas.flatMap((schema) => Object.keys(schema.properties ?? {})));
  return new Set(
    [...keys].filter((key) =>
      schemas.every((schema) => {
        const node = schema.properties?.[key];
        return node === undefined || (node.default === false && !(schema.required ?? []).includes(key));
      }),
    ),
  );
})();
