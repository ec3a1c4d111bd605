/**
 * The editor's configuration (Decap CMS), made from the content schemas rather than written by
 * hand (json-schema.ts, fields.ts): one collection per kind of provision, then providers, areas,
 * demand figures and the search words, each read and written with our YAML format (format.ts).
 * Pure: the records and the names of allowed values come in with the context.
 */
import { KIND_FOLDERS, KINDS, type Kind } from '../schema/vocabulary.ts';
import { type CmsContext, type CmsField, fieldsOf } from './fields.ts';
import { CMS_SCHEMAS, jsonSchemaOf, provisionKindSchema } from './json-schema.ts';
import { bothLanguages } from './labels.ts';
import { provisionCollection } from './paths.ts';

export type { CmsContext, CmsField } from './fields.ts';
export { CMS_SCHEMAS, DEFAULT_FALSE_KEYS } from './json-schema.ts';

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

/** The file format the editor reads and writes with: our YAML, which keeps each file as written (format.ts). */
export const CMS_FORMAT = 'llwybrau-yaml';

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
    name: provisionCollection(kind),
    label: bothLanguages(KIND_LABELS[kind]),
    folder: folder('provision', KIND_FOLDERS[kind]),
    slug: '{{fields.title.en}}',
    summary: '{{title.en}}',
    sortable_fields: ['lastReviewed'],
    fields: fieldsOf(provisionKindSchema(kind), { schema: `provision:${kind}`, context }, PROVISION_ORDER),
  }));
  const others: CmsCollection[] = [
    {
      ...common,
      name: 'providers',
      label: bothLanguages({ en: 'Providers', cy: 'Darparwyr' }),
      folder: folder('providers'),
      slug: '{{fields.name.en}}',
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
      // The slug is the file's name, which the editor cannot rename: shown nowhere, kept as it is.
      fields: fieldsOf(jsonSchemaOf(CMS_SCHEMAS.areas), { schema: 'areas', context }).map((field) =>
        field.name === 'slug' ? { ...field, widget: 'hidden' } : field,
      ),
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
          label: bothLanguages({ en: 'Synonyms and related words', cy: 'Cyfystyron a geiriau cysylltiedig' }),
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
    // No field takes pictures or files; the CMS requires a folder all the same, kept out of the content.
    media_folder: '.cms-media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [...provision, ...others],
  };
};

export type CmsConfig = ReturnType<typeof cmsConfig>;

/** The order of the fields of every object inside a record, by dotted path (a list's items share its path), from the configuration. */
export const fieldOrder = (config: CmsConfig): Map<string, string[]> => {
  const order = new Map<string, string[]>();
  const walk = (fields: readonly CmsField[], path: string) => {
    for (const field of fields) {
      const at = path ? `${path}.${field.name}` : field.name;
      if (field.widget === 'bilingual') order.set(at, ['en', 'cy']);
      if (field.fields) {
        order.set(
          at,
          field.fields.map((inner) => inner.name),
        );
        walk(field.fields, at);
      }
    }
  };
  for (const collection of config.collections) {
    walk(collection.fields ?? [], '');
    for (const file of collection.files ?? []) walk(file.fields, '');
  }
  return order;
};
