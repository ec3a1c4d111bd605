/**
 * Whole-data-set validation: each record against its schema, then the rules
 * that need every record at once (references resolve, ids are unique,
 * progression neither points at itself nor goes round in a loop).
 *
 * Every problem becomes one `file: field: problem` line. Nothing is dropped:
 * a record that fails is reported, and the build stops.
 */
import type { z } from 'zod';
import type { Boundary } from '../geo/boundaries.ts';
import type { District } from '../geo/districts.ts';
import { ourWords } from '../schema/our-words.ts';
import { shown } from '../schema/primitives.ts';
import {
  type Area,
  areaSchema,
  type DemandData,
  demandSchema,
  type Provider,
  type Provision,
  providerSchema,
  provisionSchema,
} from '../schema/schema.ts';
import { AREA_CODES, KIND_FOLDERS } from '../schema/vocabulary.ts';
import { ID, ID_MAX, suggestedId } from './ids.ts';
import { findProgressionLoops } from './loops.ts';
import { venueAreaIssues } from './venue-areas.ts';
import { providerWarnings, provisionWarnings, type RecordWarning } from './warnings.ts';

export type CollectionKey = 'areas' | 'providers' | 'provision' | 'demand';

/** One file as read from disk, before validation. */
export interface RawRecord {
  collection: CollectionKey;
  /** Path shown in messages, relative to the project root. */
  file: string;
  /** The file name without extension: what other records use to refer to it. */
  id: string;
  data: unknown;
}

export interface ContentIssue {
  file: string;
  field: string;
  message: string;
  /** For a field the schema does not know: its names, so that a sheet can name the column. */
  keys?: readonly string[];
}

export interface ValidContent {
  areas: (Area & { id: string })[];
  providers: (Provider & { id: string })[];
  provision: Provision[];
  demand: (DemandData & { id: string })[];
}

/** Why an area's ONS code is wrong, or null: it must be the code of the area the file describes. */
const areaCodeProblem = (slug: string, code: string): string | null => {
  const owner = Object.entries(AREA_CODES).find(([, known]) => known === code)?.[0];
  if (owner === undefined) return `${code} is not the ONS code of a Welsh principal area`;
  if (owner !== slug)
    return `${code} is the code of ${owner}, not ${slug}${AREA_CODES[slug] ? ` (${slug} is ${AREA_CODES[slug]})` : ''}`;
  return null;
};

export { findProgressionLoops, ID, ID_MAX, ourWords };

export const formatIssue = (issue: ContentIssue): string =>
  `${issue.file}: ${issue.field || '(record)'}: ${issue.message}`;

/** A warning with the file it is in. */
export type FileWarning = RecordWarning & { file: string };

/** `['venues', 0, 'lat']` → `venues[0].lat` */
export const fieldPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );

const zodIssues = (file: string, error: z.ZodError): ContentIssue[] =>
  error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return {
        file,
        field: fieldPath(issue.path),
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')} (check the spelling against docs/schema.md)`,
        keys: issue.keys,
      };
    }
    return { file, field: fieldPath(issue.path), message: issue.message };
  });

/**
 * `today` (YYYY-MM-DD) is for the rules that depend on the date; the build passes its build date.
 * `boundaries` are the areas' boundaries, to check that each venue lies in its record's areas;
 * without them (no reference data) that check is not made. `districts` are Great Britain's postcode
 * district centres, to check that a venue across the border is on land in England. `unreadable`
 * names the files (`collection/id`) that could not be read, which were reported when reading.
 */
export const validateRecords = (
  records: readonly RawRecord[],
  {
    today = new Date().toISOString().slice(0, 10),
    boundaries = [],
    districts = [],
    unreadable = new Set<string>(),
  }: {
    today?: string;
    boundaries?: readonly Boundary[];
    districts?: readonly District[];
    unreadable?: ReadonlySet<string>;
  } = {},
): { issues: ContentIssue[]; warnings: FileWarning[]; content: ValidContent } => {
  const issues: ContentIssue[] = [];
  const content: ValidContent = { areas: [], providers: [], provision: [], demand: [] };
  const files = new Map<string, string>(); // `${collection}/${id}` → file

  // Ids (file names) are lower case: two that differ only in case collide on Windows, macOS and many web hosts.
  const byLowerCase = new Map<string, string>();
  for (const record of records) {
    if (ID.test(record.id) && record.id.length <= ID_MAX)
      byLowerCase.set(`${record.collection}/${record.id}`, record.file);
  }
  for (const record of records) {
    const key = `${record.collection}/${record.id}`;
    if (record.id.length > ID_MAX) {
      issues.push({
        file: `${record.file.slice(0, 120)}${record.file.length > 120 ? '…' : ''}`,
        field: '(file name)',
        message: `must be at most ${ID_MAX} characters before .yaml (got ${record.id.length}); shorten it`,
      });
      continue;
    }
    if (!ID.test(record.id)) {
      const twin = byLowerCase.get(`${record.collection}/${record.id.toLowerCase()}`);
      issues.push({
        file: record.file,
        field: '(file name)',
        message: twin
          ? `"${record.id}" differs only in case from ${twin}; the two would be one file on Windows, macOS and many web hosts. Merge them into the lower-case one`
          : `"${record.id}" must be lower-case letters and digits joined by hyphens, e.g. ${suggestedId(record.id) || 'gwynedd-youth-club-bala'}`,
      });
      continue;
    }
    const earlier = files.get(key);
    if (earlier !== undefined) {
      issues.push({
        file: record.file,
        field: '(file name)',
        message: `id "${record.id}" is already used by ${earlier}; file names must be unique within ${record.collection}`,
      });
      continue;
    }
    files.set(key, record.file);
    const schema = { areas: areaSchema, providers: providerSchema, provision: provisionSchema, demand: demandSchema }[
      record.collection
    ];
    const parsed = schema.safeParse(record.data, { error: ourWords });
    if (!parsed.success) {
      issues.push(...zodIssues(record.file, parsed.error));
      continue;
    }
    const withId = { ...parsed.data, id: record.id };
    if (record.collection === 'areas') {
      const area = withId as Area & { id: string };
      if (area.slug !== record.id)
        issues.push({
          file: record.file,
          field: 'slug',
          message: `must match the file name "${record.id}" (got ${shown(area.slug)})`,
        });
      const codeProblem = areaCodeProblem(area.slug, area.code);
      if (codeProblem) issues.push({ file: record.file, field: 'code', message: codeProblem });
      content.areas.push(area);
    } else if (record.collection === 'providers') content.providers.push(withId as Provider & { id: string });
    else if (record.collection === 'provision') {
      const entry = withId as Provision;
      const folder = record.file.split(/[\\/]/).at(-2) ?? '';
      if (folder !== KIND_FOLDERS[entry.kind]) {
        issues.push({
          file: record.file,
          field: 'kind',
          message: `a ${entry.kind} record belongs in content/provision/${KIND_FOLDERS[entry.kind]}/ (it is in ${folder}/)`,
        });
      }
      if (entry.lastReviewed > today)
        issues.push({
          file: record.file,
          field: 'lastReviewed',
          message: `must not be in the future (got ${entry.lastReviewed}; today is ${today})`,
        });
      content.provision.push(entry);
    } else content.demand.push(withId as DemandData & { id: string });
  }

  const fileOf = (collection: CollectionKey, id: string) => files.get(`${collection}/${id}`) ?? `${collection}/${id}`;
  // A file that could not be read has been reported; records that name it are not told it is missing.
  const has = (collection: CollectionKey, id: string) =>
    files.has(`${collection}/${id}`) || unreadable.has(`${collection}/${id}`);
  const unknown = (collection: CollectionKey, id: string) => {
    const near = [...files.keys()]
      .filter((key) => key.startsWith(`${collection}/`))
      .map((key) => key.slice(collection.length + 1))
      .filter(
        (candidate) => candidate.includes(id) || id.includes(candidate) || candidate.split('-')[0] === id.split('-')[0],
      )
      .slice(0, 3);
    return `no ${collection} record ${shown(id)} exists${near.length ? ` (did you mean ${near.map((n) => `"${n}"`).join(' or ')}?)` : ''}`;
  };

  for (const entry of content.provision) {
    const file = fileOf('provision', entry.id);
    if (!has('providers', entry.provider))
      issues.push({ file, field: 'provider', message: unknown('providers', entry.provider) });
    entry.areas.forEach((area, i) => {
      if (!has('areas', area)) issues.push({ file, field: `areas[${i}]`, message: unknown('areas', area) });
    });
    entry.progression.forEach((target, i) => {
      if (target === entry.id) issues.push({ file, field: `progression[${i}]`, message: 'must not point at itself' });
      else if (!has('provision', target))
        issues.push({ file, field: `progression[${i}]`, message: unknown('provision', target) });
    });
  }

  const links = new Map(content.provision.map((entry) => [entry.id, entry.progression] as const));
  for (const loop of findProgressionLoops(links)) {
    const first = loop[0] as string;
    issues.push({
      file: fileOf('provision', first),
      field: 'progression',
      message: `forms a loop: ${[...loop, first].join(' → ')}; progression must lead onwards`,
    });
  }

  for (const period of content.demand) {
    const file = fileOf('demand', period.id);
    const seen = new Set<string>();
    period.counts.forEach((row, i) => {
      if (!has('areas', row.area))
        issues.push({ file, field: `counts[${i}].area`, message: unknown('areas', row.area) });
      if (seen.has(row.area))
        issues.push({
          file,
          field: `counts[${i}].area`,
          message: `"${row.area}" is counted twice in period ${period.period}`,
        });
      seen.add(row.area);
    });
    const kept = new Set<string>();
    (period.places ?? []).forEach((row, i) => {
      if (!has('areas', row.area))
        issues.push({ file, field: `places[${i}].area`, message: unknown('areas', row.area) });
      const key = `${row.area} tier ${row.tier}`;
      if (kept.has(key))
        issues.push({ file, field: `places[${i}]`, message: `"${key}" has places twice in period ${period.period}` });
      kept.add(key);
    });
    const first = content.demand.find((other) => other.period === period.period);
    if (first !== undefined && first !== period)
      issues.push({
        file,
        field: 'period',
        message: `${period.period} is also the period of ${fileOf('demand', first.id)}; each month's counts are one file`,
      });
  }

  if (boundaries.length > 0)
    issues.push(
      ...venueAreaIssues(
        content.provision,
        boundaries,
        // Only areas whose own record is sound: a wrong code would put every venue of the area outside it.
        new Map(
          content.areas
            .filter((area) => !issues.some((issue) => issue.file === fileOf('areas', area.id)))
            .map((area) => [area.id, area.code] as const),
        ),
        (id) => fileOf('provision', id),
        districts,
      ),
    );

  const warnings = [
    ...content.provision.map((entry) => provisionWarnings(entry, today)),
    ...content.providers.map(providerWarnings),
  ]
    .flat()
    .map((warning) => ({ ...warning, file: fileOf(warning.collection, warning.entry) }));
  return { issues, warnings, content };
};
