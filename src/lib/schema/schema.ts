/**
 * The content contract: every record in content/ is checked against these
 * schemas, one file per record type in ./schemas/ with shared primitives.
 *
 * The schemas that hold references are built by functions that take a `ref`
 * factory, so that src/content.config.ts could pass Astro's `reference()`
 * while the validator and the unit tests pass a plain string schema.
 * Cross-collection rules that need the whole data set (references resolve,
 * no progression loops) live in validate.ts; everything that can be decided
 * from one record lives in the schemas.
 */
import type { z } from 'zod';
import { areaSchema } from './area.ts';
import { makeDemandSchema } from './demand.ts';
import { plainRef } from './primitives.ts';
import { providerSchema } from './provider.ts';
import { makeProvisionSchema } from './provision.ts';

export { type CollectionName, isoDate, optionalWelshText, type RefFactory } from './primitives.ts';
export { areaSchema, makeDemandSchema, makeProvisionSchema, providerSchema };

/** Schemas with plain string references: used by the validator, the unit tests and src/lib. */
export const provisionSchema = makeProvisionSchema(plainRef);
export const demandSchema = makeDemandSchema(plainRef);

export type Area = z.infer<typeof areaSchema>;
export type Provider = z.infer<typeof providerSchema>;
export type ProvisionData = z.infer<typeof provisionSchema>;
export type DemandData = z.infer<typeof demandSchema>;
/** A provision record with its id (the file name without extension). */
export type Provision = ProvisionData & { id: string };
export type ProvisionOfKind<K extends ProvisionData['kind']> = Extract<Provision, { kind: K }>;
