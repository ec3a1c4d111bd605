/**
 * The editor's configuration (Decap CMS), made from the content schemas rather than written by
 * hand: each schema is turned into JSON Schema by zod, and each of its fields into an editor
 * field, so a field added to a schema reaches the editor with its required-ness, its allowed
 * values, its number limits and its date format. Labels come from labels.ts, in both languages;
 * the help under each field is the schema's own `.describe()` text. Pure, apart from the
 * dictionaries it reads for the names of allowed values.
 */
import { z } from 'zod';
import cy from '../../dictionaries/cy.json' with { type: 'json' };
import en from '../../dictionaries/en.json' with { type: 'json' };
import { vocabularySchema } from '../schema/concepts.ts';
import { email, isoDate, plainRef, url } from '../schema/primitives.ts';
import { areaSchema, makeDemandSchema, makeProvisionSchema, providerSchema } from '../schema/schema.ts';
import { synonymsSchema } from '../schema/synonyms.ts';
import { KIND_FOLDERS, KINDS, type Kind } from '../schema/vocabulary.ts';
import { bothLanguages, labelFor } from './labels.ts';

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

/** An editor field, as Decap reads it (only the keys this project uses). */
export interface CmsField {
  label: string;
  name: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  options?: (string | number | { label: string; value: string | number })[];
  multiple?: boolean;
  min?: number;
  max?: number;
  step?: number;
  value_type?: 'int' | 'float';
  pattern?: [string, string];
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  summary?: string;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  /** Our widgets: which schema checks the value ("provision:course", "venue"…) and at which field. */
  schema?: string;
  path?: string;
  /** Our bilingual widget: whether each language must be filled in, and whether it is sentences. */
  languages?: { en: boolean; cy: boolean };
  multiline?: boolean;
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  folder?: string;
  files?: { name: string; label: string; file: string; fields: CmsField[] }[];
  extension?: string;
  format?: string;
  create?: boolean;
  delete?: boolean;
  slug?: string;
  identifier_field?: string;
  summary?: string;
  sortable_fields?: string[];
  fields?: CmsField[];
}

/** Where the site's content lives in its git repository, and the git host the editor commits to. */
export interface CmsSettings {
  /** The content folder, relative to the repository's root, with forward slashes ("content"). */
  contentFolder: string;
  /** The hosted backend; null when none is set up, and the editor works only against a local one. */
  backend: {
    name: 'github' | 'gitlab';
    repo: string;
    branch: string;
    base_url?: string;
    auth_endpoint?: string;
    app_id?: string;
    api_root?: string;
    auth_type?: 'pkce';
  } | null;
}

/** What the editor needs of the records themselves: the options of the "leads on to" picker. */
export interface CmsContext {
  provision: { id: string; kind: Kind; title: { en: string; cy?: string | undefined } }[];
}

/** The file format the editor reads and writes with: our YAML, which keeps each file as written (format.ts). */
export const CMS_FORMAT = 'llwybrau-yaml';

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

/** Which dictionary section names the values of each field with a fixed list of values. */
const VALUE_NAMES: Readonly<Record<string, string>> = {
  delivery: 'delivery',
  language: 'language',
  level: 'level',
  routes: 'route',
  priorityGroups: 'priorityGroup',
  financialSupport: 'financialSupport',
  fundedBy: 'funder',
  status: 'status',
  sector: 'sector',
  institutionType: 'institutionType',
  strand: 'strand',
  apprenticeshipLevel: 'apprenticeshipLevel',
  serviceType: 'serviceType',
  type: 'providerType',
  region: 'region',
};

type Vocab = Record<string, Record<string, string>>;
const valueName = (field: string, value: string | number): string => {
  const section = VALUE_NAMES[field];
  const inEnglish = section ? (en.vocab as Vocab)[section]?.[String(value)] : undefined;
  const inWelsh = section ? (cy.vocab as Vocab)[section]?.[String(value)] : undefined;
  if (field === 'tiers') return bothLanguages({ en: `Tier ${value}`, cy: `Haen ${value}` });
  if (inEnglish === undefined || inWelsh === undefined) return String(value);
  return bothLanguages({ en: inEnglish, cy: inWelsh });
};

const options = (field: string, values: readonly (string | number)[]) =>
  values.map((value) => ({ label: valueName(field, value), value }));

/** The validator's own message for a pattern, without the value it quotes ("must be a postcode district such as SA18"). */
const PATTERN_MESSAGES: Readonly<Record<string, string>> = {
  postcodeDistrict: 'must be a postcode district such as SA18',
  phone: 'must be a UK phone number such as 0800 028 4844',
  email: 'must be an email address',
  code: 'must be an ONS principal-area code W06 followed by six digits',
  slug: 'must be lower-case words joined by hyphens',
  period: 'must be a month written YYYY-MM',
};

const isBilingual = (schema: JsonSchema): boolean => {
  const keys = Object.keys(schema.properties ?? {});
  return schema.type === 'object' && keys.length === 2 && keys.includes('en') && keys.includes('cy');
};

/** The field's label in both languages; a field without one stops the build, so that no field is labelled in one language only. */
const label = (path: string): string => {
  const found = labelFor(path);
  if (!found) throw new Error(`src/lib/cms/labels.ts: the field ${path} has no label; add one in English and Welsh`);
  return bothLanguages(found);
};

interface Walk {
  /** The schema the editor's own checks run ("provision:course", "providers"…). */
  schema: string;
  context: CmsContext;
}

/** One editor field for the schema of a field. */
export const fieldFor = (name: string, path: string, node: JsonSchema, required: boolean, walk: Walk): CmsField => {
  const base: CmsField = { label: label(path), name, widget: 'string', required };
  if (node.description) base.hint = node.description;
  if (node.default !== undefined && !(Array.isArray(node.default) && node.default.length === 0))
    base.default = node.default;
  // Text in English and Welsh, side by side, checked with the validator's own rules.
  if (isBilingual(node)) {
    const requiredLanguages = new Set(node.required ?? []);
    return {
      ...base,
      widget: 'bilingual',
      languages: { en: requiredLanguages.has('en'), cy: requiredLanguages.has('cy') },
      multiline: ['summary', 'how', 'details', 'source'].includes(name),
      schema: walk.schema,
      path,
    };
  }
  if (node.const !== undefined) return { ...base, widget: 'hidden', default: node.const };
  // A reference to other records: picked from them, never typed.
  if (node['x-collection'] !== undefined) return { ...base, ...relation(node['x-collection'], false, walk) };
  if (node.type === 'array' && node.items?.['x-collection'] !== undefined)
    return {
      ...base,
      ...relation(node.items['x-collection'], true, walk),
      ...(node.minItems ? { min: node.minItems } : {}),
    };
  if (node.anyOf !== undefined && name === 'starts') return { ...base, widget: 'starts', schema: walk.schema, path };
  if (node.enum !== undefined) return { ...base, widget: 'select', options: options(name, node.enum) };
  if (node.type === 'array' && node.items?.enum !== undefined)
    return {
      ...base,
      widget: 'select',
      multiple: true,
      options: options(name, node.items.enum),
      ...(node.minItems ? { min: node.minItems } : {}),
    };
  if (node.type === 'array' && (node.items?.type === 'integer' || node.items?.type === 'number')) {
    const { minimum = 0, maximum = minimum } = node.items;
    const values = Array.from({ length: maximum - minimum + 1 }, (_, i) => minimum + i);
    return {
      ...base,
      widget: 'select',
      multiple: true,
      options: options(name, values),
      ...(node.minItems ? { min: node.minItems } : {}),
    };
  }
  if (node.type === 'boolean') return { ...base, widget: 'boolean' };
  if (node.type === 'integer' || node.type === 'number') return { ...base, ...numberField(node) };
  if (node.type === 'string' && node.format === 'date')
    return {
      ...base,
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      date_format: 'YYYY-MM-DD',
      time_format: false,
      picker_utc: true,
    };
  if (node.type === 'string') {
    if (node.pattern !== undefined)
      base.pattern = [node.pattern, PATTERN_MESSAGES[name] ?? 'is not written as expected'];
    return base;
  }
  // A venue: found from the gazetteer, and told which area it falls in.
  if (node.type === 'object' && name === 'venues') return { ...base, widget: 'venue', schema: 'venue', path };
  if (node.type === 'object' && node.properties) {
    const requiredKeys = new Set(node.required ?? []);
    return {
      ...base,
      widget: 'object',
      collapsed: false,
      fields: Object.entries(node.properties).map(([key, inner]) =>
        fieldFor(key, `${path}.${key}`, inner, requiredKeys.has(key), walk),
      ),
    };
  }
  if (node.type === 'array' && node.items) {
    const item = node.items;
    const list: CmsField = { ...base, widget: 'list', ...(node.minItems ? { min: node.minItems } : {}) };
    if (item.type === 'object' && item.properties && name !== 'venues') {
      const requiredKeys = new Set(item.required ?? []);
      list.fields = Object.entries(item.properties).map(([key, inner]) =>
        fieldFor(key, `${path}.${key}`, inner, requiredKeys.has(key), walk),
      );
      list.collapsed = true;
    } else if (item.type === 'object' || item.type === 'array') {
      list.field = fieldFor(name, path, item, true, walk);
    }
    return list;
  }
  throw new Error(`src/lib/cms/config.ts: no editor field for ${path} (${JSON.stringify(node).slice(0, 120)})`);
};

/** A number field with the schema's limits. An exclusive minimum (more than 0) becomes the least value a step above it. */
const numberField = (node: JsonSchema): Partial<CmsField> => {
  const whole = node.type === 'integer';
  const step = whole ? 1 : 0.5;
  const field: Partial<CmsField> = { widget: 'number', value_type: whole ? 'int' : 'float', step };
  if (node.minimum !== undefined) field.min = node.minimum;
  if (node.exclusiveMinimum !== undefined) field.min = node.exclusiveMinimum + step;
  if (node.maximum !== undefined && node.maximum < Number.MAX_SAFE_INTEGER) field.max = node.maximum;
  return field;
};

/** A picker over the real records: providers and areas by their names, provision from the records as built. */
const relation = (collection: string, multiple: boolean, walk: Walk): Partial<CmsField> => {
  if (collection === 'provision')
    return {
      widget: 'select',
      multiple,
      options: walk.context.provision
        .map((record) => ({
          label: `${record.title.en}${record.title.cy ? ` · ${record.title.cy}` : ''} (${record.id})`,
          value: record.id,
        }))
        .sort((a, b) => a.label.localeCompare(b.label, 'en')),
    };
  const byName = collection === 'areas' ? ['name.en', 'name.cy', 'slug'] : ['name.en', 'name.cy'];
  return {
    widget: 'relation',
    collection,
    value_field: collection === 'areas' ? 'slug' : '{{slug}}',
    search_fields: byName,
    display_fields: ['name.en', 'name.cy'],
    options_length: 200,
    multiple,
  };
};

const fieldsOf = (schema: JsonSchema, walk: Walk, order?: readonly string[]): CmsField[] => {
  const requiredKeys = new Set(schema.required ?? []);
  const entries = Object.entries(schema.properties ?? {});
  if (order) entries.sort(([a], [b]) => rank(order, a) - rank(order, b));
  return entries.map(([key, node]) => fieldFor(key, key, node, requiredKeys.has(key), walk));
};
const rank = (order: readonly string[], key: string) => {
  const at = order.indexOf(key);
  return at === -1 ? order.length : at;
};

/**
 * The order of a provision record's fields, in the editor and in a new file: what it is, who runs
 * it, its kind's own fields, then the rest as the schema lists them (the sample files' order).
 */
export const PROVISION_ORDER = [
  'kind',
  'title',
  'summary',
  'provider',
  'strand',
  'apprenticeshipLevel',
  'serviceType',
  'sector',
  'qualification',
  'institutionType',
  'commitment',
] as const;

const KIND_LABELS: Readonly<Record<Kind, { en: string; cy: string }>> = {
  course: { en: 'Courses', cy: 'Cyrsiau' },
  jgw: { en: 'Jobs Growth Wales+', cy: 'Twf Swyddi Cymru+' },
  apprenticeship: { en: 'Apprenticeships', cy: 'Prentisiaethau' },
  volunteering: { en: 'Volunteering', cy: 'Gwirfoddoli' },
  support: { en: 'Support services', cy: 'Gwasanaethau cymorth' },
};

/** The editor's configuration. */
export const cmsConfig = (settings: CmsSettings, context: CmsContext) => {
  const folder = (...parts: string[]) => [settings.contentFolder, ...parts].join('/');
  const common = { extension: 'yaml', format: CMS_FORMAT, create: true, delete: true } as const;
  const provision: CmsCollection[] = KINDS.map((kind) => ({
    ...common,
    name: `provision-${KIND_FOLDERS[kind]}`,
    label: bothLanguages(KIND_LABELS[kind]),
    folder: folder('provision', KIND_FOLDERS[kind]),
    slug: '{{fields.title.en}}',
    identifier_field: 'title.en',
    summary: '{{title.en}}',
    sortable_fields: ['title.en', 'lastReviewed'],
    fields: fieldsOf(provisionKindSchema(kind), { schema: `provision:${kind}`, context }, PROVISION_ORDER),
  }));
  const others: CmsCollection[] = [
    {
      ...common,
      name: 'providers',
      label: bothLanguages({ en: 'Providers', cy: 'Darparwyr' }),
      folder: folder('providers'),
      slug: '{{fields.name.en}}',
      identifier_field: 'name.en',
      summary: '{{name.en}}',
      fields: fieldsOf(jsonSchemaOf(CMS_SCHEMAS.providers), { schema: 'providers', context }),
    },
    {
      ...common,
      name: 'areas',
      label: bothLanguages({ en: 'Areas', cy: 'Ardaloedd' }),
      folder: folder('areas'),
      slug: '{{fields.slug}}',
      identifier_field: 'slug',
      summary: '{{name.en}}',
      // There are 22 principal areas, no more and no fewer: they are edited, never added or removed.
      create: false,
      delete: false,
      fields: fieldsOf(jsonSchemaOf(CMS_SCHEMAS.areas), { schema: 'areas', context }),
    },
    {
      ...common,
      name: 'demand',
      label: bothLanguages({ en: 'Demand figures', cy: 'Ffigurau galw' }),
      folder: folder('demand'),
      slug: '{{fields.period}}',
      identifier_field: 'period',
      summary: '{{period}}',
      fields: fieldsOf(jsonSchemaOf(CMS_SCHEMAS.demand), { schema: 'demand', context }),
    },
    {
      name: 'search',
      label: bothLanguages({ en: 'Search words', cy: 'Geiriau chwilio' }),
      format: CMS_FORMAT,
      extension: 'yaml',
      delete: false,
      files: [
        {
          name: 'vocabulary',
          label: bothLanguages({ en: 'Groups, needs and subjects', cy: 'Grwpiau, anghenion a phynciau' }),
          file: folder('vocabulary.yaml'),
          fields: fieldsOf(jsonSchemaOf(CMS_SCHEMAS.vocabulary), { schema: 'vocabulary', context }),
        },
        {
          name: 'synonyms',
          label: bothLanguages({ en: 'Words that stand for each other', cy: 'Geiriau sy’n sefyll dros ei gilydd' }),
          file: folder('synonyms.yaml'),
          fields: fieldsOf(jsonSchemaOf(CMS_SCHEMAS.synonyms), { schema: 'synonyms', context }),
        },
      ],
    },
  ];
  return {
    // Without a hosted backend, the editor works only beside `npm run cms` (src/admin/main.ts says so otherwise).
    backend: settings.backend ?? { name: 'proxy', proxy_url: 'http://localhost:8081/api/v1', branch: 'main' },
    ...(settings.backend ? { publish_mode: 'editorial_workflow' } : {}),
    // Served from localhost, the editor writes to the working copy through decap-server (npm run cms); never elsewhere.
    local_backend: true,
    load_config_file: false,
    // No field takes pictures or files; the CMS requires a folder all the same.
    media_folder: folder('media'),
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [...provision, ...others],
  };
};

export type CmsConfig = ReturnType<typeof cmsConfig>;

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
