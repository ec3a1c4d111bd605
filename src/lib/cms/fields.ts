/**
 * One editor field (Decap CMS) for each field of a schema, from its JSON Schema: the widget that
 * fits its type, with its required-ness, allowed values, number limits and date format; its
 * label in both languages (labels.ts) and its help, the schema's own `.describe()` text. Pure:
 * the names of allowed values come in with the context.
 */
import type { Kind } from '../schema/vocabulary.ts';
import type { JsonSchema } from './json-schema.ts';
import { bothLanguages, labelFor } from './labels.ts';

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

/** What the editor needs of the records themselves: the options of the "leads on to" picker. */
export interface CmsContext {
  provision: { id: string; kind: Kind; title: { en: string; cy?: string | undefined } }[];
  /** The UI dictionaries' names of allowed values (their `vocab` sections), in each language. */
  vocab: { en: Vocab; cy: Vocab };
}

/** A dictionary's `vocab` section: the names of each field's allowed values. */
export type Vocab = Record<string, Record<string, string>>;

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
  runs: 'runs',
  runMonths: 'month',
  type: 'providerType',
  region: 'region',
};

const valueName = (vocab: CmsContext['vocab'], field: string, value: string | number): string => {
  const section = VALUE_NAMES[field];
  const inEnglish = section ? vocab.en[section]?.[String(value)] : undefined;
  const inWelsh = section ? vocab.cy[section]?.[String(value)] : undefined;
  if (field === 'tiers') return bothLanguages({ en: `Tier ${value}`, cy: `Haen ${value}` });
  if (inEnglish === undefined || inWelsh === undefined) return String(value);
  return bothLanguages({ en: inEnglish, cy: inWelsh });
};

const options = (walk: Walk, field: string, values: readonly (string | number)[]) =>
  values.map((value) => ({ label: valueName(walk.context.vocab, field, value), value }));

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

export interface Walk {
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
  if (node.enum !== undefined) return { ...base, widget: 'select', options: options(walk, name, node.enum) };
  if (node.type === 'array' && node.items?.enum !== undefined)
    return {
      ...base,
      widget: 'select',
      multiple: true,
      options: options(walk, name, node.items.enum),
      ...(node.minItems ? { min: node.minItems } : {}),
    };
  if (node.type === 'array' && (node.items?.type === 'integer' || node.items?.type === 'number')) {
    const { minimum = 0, maximum = minimum } = node.items;
    const values = Array.from({ length: maximum - minimum + 1 }, (_, i) => minimum + i);
    return {
      ...base,
      widget: 'select',
      multiple: true,
      options: options(walk, name, values),
      ...(node.minItems ? { min: node.minItems } : {}),
    };
  }
  // A switch cannot show "not set": a required one starts off, as false, so that leaving it is a choice that saves.
  if (node.type === 'boolean')
    return { ...base, widget: 'boolean', ...(required && base.default === undefined ? { default: false } : {}) };
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
    // The venues: each with a finder that fills its town and point from the gazetteer and says which area it is in.
    if (name === 'venues' && item.properties) {
      const requiredKeys = new Set(item.required ?? []);
      return {
        ...base,
        widget: 'venues',
        schema: 'venue',
        path,
        fields: Object.entries(item.properties).map(([key, inner]) =>
          fieldFor(key, `${path}.${key}`, inner, requiredKeys.has(key), walk),
        ),
      };
    }
    if (item.type === 'object' && item.properties) {
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
    display_fields: ['name.en'],
    options_length: 200,
    multiple,
  };
};

export const fieldsOf = (schema: JsonSchema, walk: Walk, order?: readonly string[]): CmsField[] => {
  const requiredKeys = new Set(schema.required ?? []);
  const entries = Object.entries(schema.properties ?? {});
  if (order) entries.sort(([a], [b]) => rank(order, a) - rank(order, b));
  return entries.map(([key, node]) => fieldFor(key, key, node, requiredKeys.has(key), walk));
};
const rank = (order: readonly string[], key: string) => {
  const at = order.indexOf(key);
  return at === -1 ? order.length : at;
};
