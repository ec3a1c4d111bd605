/**
 * Ajv validators for the Open Referral UK profile's schemas, read from
 * ../shared/standards/openreferral-uk-3.0 (LLWYBRAU_OPENREFERRAL_DIR), never copied in.
 * Used by the unit tests (the feed as built in Node) and the end-to-end tests (the built files).
 *
 * The profile folder has schemas for services, services at locations, their list items and
 * organisations, and the paging
 * envelope in its OpenAPI description. It has no file for a taxonomy or a term, so a term is
 * checked against the term schema nested in service.json, and a taxonomy against that for its
 * terms plus the fields of the profile's example taxonomy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { openReferralSchemaDir } from '../src/lib/environment.ts';

export type SchemaName =
  | 'service'
  | 'serviceListItem'
  | 'serviceAtLocation'
  | 'serviceAtLocationListItem'
  | 'organization'
  | 'term'
  | 'page'
  | 'taxonomy';

export const openReferralValidators = () => {
  const dir = openReferralSchemaDir();
  if (!existsSync(join(dir, 'schema', 'service.json')))
    throw new Error(
      `${dir}: the Open Referral UK schemas are missing (set LLWYBRAU_OPENREFERRAL_DIR to the profile's folder)`,
    );
  const read = (...path: string[]) => JSON.parse(readFileSync(join(dir, ...path), 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const service = read('schema', 'service.json') as {
    properties: { attributes: { items: { properties: { taxonomy_term: object } } } };
  };
  const term = ajv.compile(service.properties.attributes.items.properties.taxonomy_term);
  const exampleTaxonomy = Object.keys(read('examples', 'taxonomy.json')).sort();
  const compiled = {
    service: ajv.compile(service),
    serviceListItem: ajv.compile(read('schema', 'service_list.json')),
    serviceAtLocation: ajv.compile(read('schema', 'service_at_location.json')),
    serviceAtLocationListItem: ajv.compile(read('schema', 'service_at_location_list.json')),
    organization: ajv.compile(read('schema', 'organization.json')),
    term,
    page: ajv.compile(
      (read('schema', 'openapi.json') as { components: { schemas: { Page: object } } }).components.schemas.Page,
    ),
  };
  /** Problems with a value, each "path: where what", or none. */
  const validate = (name: SchemaName, path: string, value: unknown): string[] => {
    if (name === 'taxonomy') {
      const keys = Object.keys(value as object).sort();
      const fields =
        JSON.stringify(keys) === JSON.stringify(exampleTaxonomy)
          ? []
          : [`${path}: fields ${keys.join(', ')}, expected ${exampleTaxonomy.join(', ')}`];
      return [
        ...fields,
        ...(value as { taxonomy_terms: unknown[] }).taxonomy_terms.flatMap((t) => validate('term', path, t)),
      ];
    }
    const check = compiled[name];
    return check(value)
      ? []
      : (check.errors ?? []).map((error) => `${path}: ${error.instancePath || '/'} ${error.message}`);
  };
  return { dir, validate };
};

/**
 * A feed file as a consumer reads it: every relative address (in `url`, `uri` or `website`)
 * resolved against the address the file was fetched from. A build without SITE_URL writes
 * relative addresses, which the profile's `format: uri` accepts only once resolved.
 */
export const resolveLinks = (value: unknown, fileUrl: string, key = ''): unknown => {
  if (typeof value === 'string')
    return ['url', 'uri', 'website'].includes(key) && !/^[a-z][a-z0-9+.-]*:/i.test(value)
      ? new URL(value, fileUrl).href
      : value;
  if (Array.isArray(value)) return value.map((item) => resolveLinks(item, fileUrl, key));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveLinks(v, fileUrl, k)]));
  return value;
};
