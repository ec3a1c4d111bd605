/**
 * The editor's configuration against the schemas: every field of every schema has an editor
 * field, and the two agree on required-ness, allowed values, number limits and date formats.
 * `differences` is the comparison; it is itself tested on a configuration with a field taken out,
 * so that these tests cannot pass on nothing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import cy from '../../src/dictionaries/cy.json' with { type: 'json' };
import en from '../../src/dictionaries/en.json' with { type: 'json' };
import { adminPolicy } from '../../src/integrations/admin.ts';
import { CMS_SCHEMAS, type CmsCollection, type CmsField, cmsConfig } from '../../src/lib/cms/config.ts';
import { type JsonSchema, jsonSchemaOf, provisionKindSchema } from '../../src/lib/cms/json-schema.ts';
import { FIELD_LABELS } from '../../src/lib/cms/labels.ts';
import { CONCEPT_TAGS } from '../../src/lib/schema/concepts.ts';
import { KIND_FOLDERS, KINDS } from '../../src/lib/schema/vocabulary.ts';
import { cmsBackend, settingsProblems } from '../../src/lib/settings.ts';

const context = {
  provision: [
    { id: 'a-course', kind: 'course' as const, title: { en: 'A course', cy: 'Cwrs' } },
    { id: 'b-support', kind: 'support' as const, title: { en: 'Support' } },
  ],
  vocab: { en: en.vocab, cy: cy.vocab },
};
const config = cmsConfig({ contentFolder: 'content', backend: null }, context);

const collection = (name: string): CmsCollection => {
  const found = config.collections.find((c) => c.name === name);
  if (!found) throw new Error(`no collection ${name}`);
  return found;
};
const fileFields = (name: string): CmsField[] =>
  collection('search').files?.find((file) => file.name === name)?.fields ?? [];

/** Widgets that edit a whole value themselves, checked against its schema by the validator's own code. */
const WHOLE_VALUE = new Set(['bilingual', 'starts']);

const optionValues = (field: CmsField) =>
  (field.options ?? []).map((option) => (typeof option === 'object' ? option.value : option));

/** Every way the editor's fields and the schema disagree, one line each: empty when they agree. */
const differences = (schema: JsonSchema, fields: readonly CmsField[], at = ''): string[] => {
  const out: string[] = [];
  const required = new Set(schema.required ?? []);
  const byName = new Map(fields.map((field) => [field.name, field]));
  for (const [name, node] of Object.entries(schema.properties ?? {})) {
    const path = at ? `${at}.${name}` : name;
    const field = byName.get(name);
    if (!field) {
      out.push(`${path}: in the schema, not in the editor`);
      continue;
    }
    out.push(...fieldDifferences(path, node, field, required.has(name)));
  }
  for (const field of fields)
    if (!(field.name in (schema.properties ?? {}))) out.push(`${at}${at ? '.' : ''}${field.name}: in the editor only`);
  return out;
};

const fieldDifferences = (path: string, node: JsonSchema, field: CmsField, required: boolean): string[] => {
  const out: string[] = [];
  const say = (what: string) => out.push(`${path}: ${what}`);
  if (field.required !== required) say(`required ${required} in the schema, ${field.required} in the editor`);
  if (!field.label.includes(' · ') && !/^[A-Z][a-z]+$/.test(field.label))
    say(`label ${field.label} is not in both languages`);
  if (node.description !== undefined && field.hint !== node.description) say('help is not the schema’s description');
  if (WHOLE_VALUE.has(field.widget)) return out;
  if (node.const !== undefined) {
    if (field.widget !== 'hidden' || field.default !== node.const) say(`must be fixed at ${node.const}`);
    return out;
  }
  const values = node.enum ?? node.items?.enum;
  if (values !== undefined && JSON.stringify(optionValues(field)) !== JSON.stringify(values))
    say(`allowed values ${values.join(',')} in the schema, ${optionValues(field).join(',')} in the editor`);
  if (node.type === 'array' && (node.minItems ?? 0) !== (field.min ?? 0))
    say(`at least ${node.minItems ?? 0} in the schema, ${field.min ?? 0} in the editor`);
  if (node.type === 'integer' || node.type === 'number') {
    if (field.widget !== 'number') say('is a number in the schema only');
    if ((field.value_type === 'int') !== (node.type === 'integer')) say('whole numbers in one, not the other');
    if (node.minimum !== undefined && field.min !== node.minimum)
      say(`least ${node.minimum} in the schema, ${field.min} in the editor`);
    if (
      node.exclusiveMinimum !== undefined &&
      !(
        field.min !== undefined &&
        field.min > node.exclusiveMinimum &&
        field.min - (field.step ?? 1) <= node.exclusiveMinimum
      )
    )
      say(`more than ${node.exclusiveMinimum} in the schema, at least ${field.min} in the editor`);
    const max = node.maximum !== undefined && node.maximum < Number.MAX_SAFE_INTEGER ? node.maximum : undefined;
    if (field.max !== max) say(`most ${max} in the schema, ${field.max} in the editor`);
  }
  if (node.type === 'array' && node.items?.type === 'integer') {
    const { minimum = 0, maximum = 0 } = node.items;
    const range = Array.from({ length: maximum - minimum + 1 }, (_, i) => minimum + i);
    if (JSON.stringify(optionValues(field)) !== JSON.stringify(range)) say('allowed numbers differ');
  }
  const isDate = node.format === 'date';
  const isDatePicker = field.widget === 'datetime';
  if (isDate !== isDatePicker) say(isDate ? 'a date in the schema, not a date picker' : 'a date picker for no date');
  if (isDatePicker && (field.format !== 'YYYY-MM-DD' || field.time_format !== false || field.picker_utc !== true))
    say('a date must be written YYYY-MM-DD, with no time or time zone');
  if (node.pattern !== undefined && field.pattern?.[0] !== node.pattern) say('pattern differs');
  if (node['x-collection'] !== undefined || node.items?.['x-collection'] !== undefined) {
    const target = node['x-collection'] ?? node.items?.['x-collection'];
    if (field.widget === 'string') say('a reference typed by hand');
    if (target !== 'provision' && field.collection !== target) say(`picks from ${field.collection}, not ${target}`);
    if ((node.type === 'array') !== (field.multiple === true)) say('one or many differ');
  }
  if (node.type === 'object' && node.properties) out.push(...differences(node, field.fields ?? [], path));
  if (node.type === 'array' && node.items?.type === 'object')
    out.push(...differences(node.items, field.fields ?? [], path));
  return out;
};

describe('the editor configuration, made from the schemas', () => {
  it.each(KINDS)('covers every field of a %s record, and agrees with it', (kind) => {
    const fields = collection(`provision-${KIND_FOLDERS[kind]}`).fields ?? [];
    expect(differences(provisionKindSchema(kind), fields)).toEqual([]);
  });

  it.each([
    ['providers', () => collection('providers').fields ?? []],
    ['areas', () => collection('areas').fields ?? []],
    ['demand', () => collection('demand').fields ?? []],
    ['vocabulary', () => fileFields('vocabulary')],
    ['synonyms', () => fileFields('synonyms')],
  ] as const)('covers every field of %s, and agrees with it', (name, fields) => {
    expect(differences(jsonSchemaOf(CMS_SCHEMAS[name]), fields())).toEqual([]);
  });

  it('finds a field the editor lacks, a required-ness and a limit that disagree (the comparison can fail)', () => {
    const fields = (collection('provision-courses').fields ?? []).map((field) => ({ ...field }));
    const withoutLevel = fields.filter((field) => field.name !== 'level');
    const ages = fields.find((field) => field.name === 'ages') as CmsField;
    ages.fields = (ages.fields ?? []).map((inner) => (inner.name === 'max' ? { ...inner, max: 99 } : inner));
    const status = fields.find((field) => field.name === 'status') as CmsField;
    status.required = false;
    const found = differences(provisionKindSchema('course'), withoutLevel);
    expect(found).toContain('level: in the schema, not in the editor');
    expect(found).toContain('ages.max: most 25 in the schema, 99 in the editor');
    expect(found).toContain('status: required true in the schema, false in the editor');
  });

  it('has one collection per kind folder, and each folder exists in content/', () => {
    for (const kind of KINDS) {
      const found = collection(`provision-${KIND_FOLDERS[kind]}`);
      expect(found.folder).toBe(`content/provision/${KIND_FOLDERS[kind]}`);
      expect(existsSync(join(found.folder as string))).toBe(true);
    }
    for (const name of ['providers', 'areas', 'demand'])
      expect(existsSync(collection(name).folder as string)).toBe(true);
    for (const file of collection('search').files ?? []) expect(existsSync(file.file)).toBe(true);
  });

  it('picks providers and areas from their records, and progression from the records as built', () => {
    const fields = collection('provision-courses').fields ?? [];
    const byName = (name: string) => fields.find((field) => field.name === name) as CmsField;
    expect(byName('provider')).toMatchObject({ widget: 'relation', collection: 'providers', value_field: '{{slug}}' });
    expect(byName('areas')).toMatchObject({
      widget: 'relation',
      collection: 'areas',
      value_field: 'slug',
      multiple: true,
    });
    expect(optionValues(byName('progression')).sort()).toEqual(['a-course', 'b-support']);
    const demandArea = (collection('demand').fields ?? []).find((field) => field.name === 'counts')?.fields?.[0];
    expect(demandArea).toMatchObject({ name: 'area', widget: 'relation', collection: 'areas' });
  });

  it('offers the vocabulary’s tags as they are allowed, and names allowed values in both languages', () => {
    const tags = fileFields('vocabulary')[0]?.fields?.find((field) => field.name === 'tags') as CmsField;
    expect(optionValues(tags)).toEqual([...CONCEPT_TAGS]);
    const sector = (collection('provision-courses').fields ?? []).find((field) => field.name === 'sector') as CmsField;
    expect(sector.options).toContainEqual({ label: 'Motor vehicle · Cerbydau modur', value: 'motor-vehicle' });
  });

  it('labels every field in English and Welsh, and every label has both', () => {
    for (const [key, label] of Object.entries(FIELD_LABELS)) {
      expect(label.en.trim(), key).not.toBe('');
      expect(label.cy.trim(), key).not.toBe('');
    }
  });

  it('writes new records with ASCII file names from the English title, and lets no one add or remove an area', () => {
    expect(config.slug).toMatchObject({ encoding: 'ascii', clean_accents: true });
    expect(collection('provision-courses').slug).toBe('{{fields.title.en}}');
    expect(collection('areas')).toMatchObject({ create: false, delete: false });
  });
});

describe('the editor’s backend and policy', () => {
  it('works only against the local backend until a git host is set up, and through pull requests once it is', () => {
    expect(config.backend).toMatchObject({ name: 'proxy' });
    expect('publish_mode' in config).toBe(false);
    const env = {
      LLWYBRAU_CMS_BACKEND: 'github',
      LLWYBRAU_CMS_REPO: 'a-council/llwybrau',
      LLWYBRAU_CMS_AUTH_URL: 'https://auth.example.gov.wales',
    };
    expect(settingsProblems(env)).toEqual([]);
    const hosted = cmsConfig({ contentFolder: 'content', backend: cmsBackend(env) }, context);
    expect(hosted.backend).toEqual({
      name: 'github',
      repo: 'a-council/llwybrau',
      branch: 'main',
      base_url: 'https://auth.example.gov.wales',
    });
    expect(hosted).toMatchObject({ publish_mode: 'editorial_workflow' });
    const gitlab = cmsBackend({
      LLWYBRAU_CMS_BACKEND: 'gitlab',
      LLWYBRAU_CMS_REPO: 'council/web/llwybrau',
      LLWYBRAU_CMS_APP_ID: 'abc123',
    });
    expect(gitlab).toMatchObject({ name: 'gitlab', auth_type: 'pkce', app_id: 'abc123' });
  });

  const AUTH = { LLWYBRAU_CMS_AUTH_URL: 'https://auth.example.gov.wales' };
  it.each([
    [
      { LLWYBRAU_CMS_BACKEND: 'bitbucket', LLWYBRAU_CMS_REPO: 'a/b' },
      'LLWYBRAU_CMS_BACKEND: expected github or gitlab',
    ],
    [{ LLWYBRAU_CMS_BACKEND: 'github', ...AUTH }, 'LLWYBRAU_CMS_REPO: expected the repository'],
    [
      { LLWYBRAU_CMS_BACKEND: 'github', LLWYBRAU_CMS_REPO: 'just-a-name', ...AUTH },
      'LLWYBRAU_CMS_REPO: expected the repository as owner/name',
    ],
    [
      { LLWYBRAU_CMS_BACKEND: 'github', LLWYBRAU_CMS_REPO: 'a/b', LLWYBRAU_CMS_BRANCH: 'main..x', ...AUTH },
      'LLWYBRAU_CMS_BRANCH: expected a branch name',
    ],
    [
      { LLWYBRAU_CMS_BACKEND: 'github', LLWYBRAU_CMS_REPO: 'a/b', LLWYBRAU_CMS_AUTH_URL: 'http://auth.example' },
      'LLWYBRAU_CMS_AUTH_URL: expected an https:// address',
    ],
    [
      { LLWYBRAU_CMS_BACKEND: 'github', LLWYBRAU_CMS_REPO: 'a/b', LLWYBRAU_CMS_APP_ID: 'x', ...AUTH },
      'LLWYBRAU_CMS_APP_ID: expected to be set only with LLWYBRAU_CMS_BACKEND=gitlab',
    ],
    [{ LLWYBRAU_CMS_REPO: 'a/b' }, 'LLWYBRAU_CMS_REPO: expected to be set only with LLWYBRAU_CMS_BACKEND'],
    // Set-ups that could not sign anyone in.
    [
      { LLWYBRAU_CMS_BACKEND: 'github', LLWYBRAU_CMS_REPO: 'a/b' },
      'LLWYBRAU_CMS_AUTH_URL: expected the address of your OAuth server',
    ],
    [
      { LLWYBRAU_CMS_BACKEND: 'gitlab', LLWYBRAU_CMS_REPO: 'a/b' },
      'LLWYBRAU_CMS_APP_ID: expected the id of your GitLab application',
    ],
    [
      {
        LLWYBRAU_CMS_BACKEND: 'gitlab',
        LLWYBRAU_CMS_REPO: 'a/b',
        LLWYBRAU_CMS_APP_ID: 'x1',
        LLWYBRAU_CMS_API_URL: 'https://git.council.gov.wales/api/v4',
      },
      'LLWYBRAU_CMS_AUTH_URL: expected your GitLab’s own address',
    ],
  ])('refuses a wrong editor setting in one line: %o', (env, start) => {
    const problems = settingsProblems(env);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.startsWith(start), problems[0]).toBe(true);
  });

  it('relaxes the policy for the editor alone, and lets it reach only this site, the local backend and its git host', () => {
    const local = adminPolicy(null);
    expect(local).toContain("script-src 'self' 'unsafe-eval'");
    expect(local).toContain("connect-src 'self' http://localhost:8081 http://127.0.0.1:8081;");
    expect(local).not.toMatch(/https:/);
    const github = adminPolicy(cmsBackend({ LLWYBRAU_CMS_BACKEND: 'github', LLWYBRAU_CMS_REPO: 'a/b' }));
    expect(github).toContain('https://api.github.com');
    const gitlab = adminPolicy(
      cmsBackend({
        LLWYBRAU_CMS_BACKEND: 'gitlab',
        LLWYBRAU_CMS_REPO: 'a/b',
        LLWYBRAU_CMS_API_URL: 'https://git.council.gov.wales/api/v4',
      }),
    );
    expect(gitlab).toContain('connect-src');
    expect(gitlab).toContain('https://git.council.gov.wales');
    expect(gitlab).not.toContain('https://gitlab.com');
  });
});
