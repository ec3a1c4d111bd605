/**
 * Bad content, as a careless or hostile editor would write it, one case per class:
 * each is written as YAML into a fresh content folder, loaded the way the build loads
 * it, and must be refused with the exact file, field and reason. (Issue 10: the content
 * half. The spreadsheet cases are still to come.)
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatIssue } from '../../src/lib/content/validate.ts';
import * as f from './fixtures.ts';

const TODAY = '2026-11-26';

/** The valid fixture set as YAML files, with one file replaced or added. */
const contentWith = (change: { path: string; text: string }): string => {
  const root = mkdtempSync(join(tmpdir(), 'llwybrau-bad-'));
  for (const record of f.dataSet()) {
    const data = { ...(record.data as Record<string, unknown>) };
    if (data.lastReviewed instanceof Date) data.lastReviewed = data.lastReviewed.toISOString().slice(0, 10);
    const path = join(root, record.file);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, yaml.dump(data));
  }
  const path = join(root, 'content', change.path);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, change.text);
  return join(root, 'content');
};

/**
 * The course fixture as YAML, with fields changed (`data`) and then whole lines replaced
 * (`lines`, by the start of the line), so that dates can be written unquoted, as editors do.
 */
const courseYaml = (data: Record<string, unknown> = {}, lines: Record<string, string> = {}): string => {
  let text = yaml.dump({ ...f.course, lastReviewed: '2026-06-12', ...data });
  for (const [start, line] of Object.entries(lines)) text = text.replace(new RegExp(`^${start}.*$`, 'm'), line);
  return text;
};

const CASES: [name: string, change: { path: string; text: string }, expected: string][] = [
  [
    'an impossible month, unquoted, is not rolled over into another date',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({}, { lastReviewed: 'lastReviewed: 2026-13-45' }) },
    'content/provision/courses/course-a.yaml: lastReviewed: must be a real date written YYYY-MM-DD (got "2026-13-45")',
  ],
  [
    '30 February, unquoted',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({}, { lastReviewed: 'lastReviewed: 2026-02-30' }) },
    'content/provision/courses/course-a.yaml: lastReviewed: must be a real date written YYYY-MM-DD (got "2026-02-30")',
  ],
  [
    '30 February as a start date',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({}, { starts: 'starts:\n  dates:\n    - 2027-02-30' }) },
    'content/provision/courses/course-a.yaml: starts.dates[0]: must be a real date written YYYY-MM-DD (got "2027-02-30")',
  ],
  [
    'a review date in the future',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({}, { lastReviewed: 'lastReviewed: 2027-01-04' }) },
    `content/provision/courses/course-a.yaml: lastReviewed: must not be in the future (got 2027-01-04; today is ${TODAY})`,
  ],
  [
    'a course filed in the JGW+ folder',
    { path: 'provision/jgw/course-b.yaml', text: courseYaml() },
    'content/provision/jgw/course-b.yaml: kind: a course record belongs in content/provision/courses/ (it is in jgw/)',
  ],
  [
    'Wales-wide and listed for areas',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ walesWide: true }) },
    'content/provision/courses/course-a.yaml: areas: must be empty when walesWide is true: a Wales-wide offer is open in every area (got 1 area)',
  ],
  [
    'an ONS code that is no Welsh area’s',
    { path: 'areas/carmarthenshire.yaml', text: yaml.dump({ ...f.area, code: 'W06000099' }) },
    'content/areas/carmarthenshire.yaml: code: W06000099 is not the ONS code of a Welsh principal area',
  ],
  [
    'another area’s ONS code',
    { path: 'areas/carmarthenshire.yaml', text: yaml.dump({ ...f.area, code: 'W06000015' }) },
    'content/areas/carmarthenshire.yaml: code: W06000015 is the code of cardiff, not carmarthenshire (carmarthenshire is W06000010)',
  ],
  [
    'a 1 MB summary',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ summary: { en: 'x'.repeat(1_000_000) } }) },
    'content/provision/courses/course-a.yaml: summary.en: the summary in English must be at most 600 characters (got 1000000); say it more briefly',
  ],
  [
    'a Welsh title longer than a card can show',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ title: { en: 'Motor vehicle', cy: 'Cerbydau modur '.repeat(10) } }) },
    'content/provision/courses/course-a.yaml: title.cy: the title in Welsh must be at most 120 characters (got 149); say it more briefly',
  ],
  [
    'places as a fraction',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ capacity: 2.5 }) },
    'content/provision/courses/course-a.yaml: capacity: must be a whole number (got 2.5)',
  ],
  [
    'an age with a fraction',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ ages: { min: 16.5, max: 19 } }) },
    'content/provision/courses/course-a.yaml: ages.min: must be a whole number (got 16.5)',
  ],
  [
    'a top age with a fraction',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ ages: { min: 16, max: 18.5 } }) },
    'content/provision/courses/course-a.yaml: ages.max: must be a whole number (got 18.5)',
  ],
  [
    'a tier with a fraction',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ tiers: [2.5] }) },
    'content/provision/courses/course-a.yaml: tiers[0]: must be a whole number (got 2.5)',
  ],
  [
    'half a young person in the demand figures',
    { path: 'demand/2026-10.yaml', text: yaml.dump({ ...f.demand, counts: [{ ...f.demand.counts[0], tier2: 20.5 }] }) },
    'content/demand/2026-10.yaml: counts[0].tier2: must be a whole number (got 20.5)',
  ],
  [
    'a negative count of young people',
    { path: 'demand/2026-10.yaml', text: yaml.dump({ ...f.demand, counts: [{ ...f.demand.counts[0], tier3: -4 }] }) },
    'content/demand/2026-10.yaml: counts[0].tier3: must be a whole number of young people, 0 or more (got -4)',
  ],
  [
    'an area name longer than any Welsh authority’s',
    { path: 'areas/carmarthenshire.yaml', text: yaml.dump({ ...f.area, name: { en: 'Carmarthenshire', cy: 'Sir Gaerfyrddin '.repeat(9) } }) },
    'content/areas/carmarthenshire.yaml: name.cy: the Welsh name must be at most 120 characters (got 143); say it more briefly',
  ],
  [
    'a provider of an unknown type',
    { path: 'providers/coleg-sir-gar.yaml', text: yaml.dump({ ...f.provider, type: 'charity' }) },
    'content/providers/coleg-sir-gar.yaml: type: must be one of fe-college, school-sixth-form, work-based-learning, third-sector, local-authority, national-service, employer (got "charity")',
  ],
  ['an empty file', { path: 'providers/empty.yaml', text: '' }, 'content/providers/empty.yaml: (file): the file is empty; a record needs its fields'],
  [
    'a file of only comments',
    { path: 'providers/comments.yaml', text: '# to do\n' },
    'content/providers/comments.yaml: (file): the file is empty; a record needs its fields',
  ],
  [
    'tier 6',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ tiers: [6] }) },
    'content/provision/courses/course-a.yaml: tiers[0]: must be 1–5 (got 6)',
  ],
  [
    'an area that does not exist',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ areas: ['narnia'] }) },
    'content/provision/courses/course-a.yaml: areas[0]: no areas record "narnia" exists',
  ],
  [
    'coordinates in France',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ venues: [{ ...f.course.venues[0], lat: 48.85, lon: 2.35 }] }) },
    'content/provision/courses/course-a.yaml: venues[0].lat: must lie in or near Wales, between 51.2 and 53.6 (got 48.85)',
  ],
  [
    'progression to itself',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ progression: ['course-a'] }) },
    'content/provision/courses/course-a.yaml: progression[0]: must not point at itself',
  ],
  [
    'a YAML syntax error',
    { path: 'provision/courses/course-a.yaml', text: 'title: [unclosed\n' },
    'content/provision/courses/course-a.yaml: (yaml): is not valid YAML:',
  ],
  [
    'a misspelt field',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ teirs: [4] }) },
    'content/provision/courses/course-a.yaml: (record): unknown field teirs (check the spelling against docs/schema.md)',
  ],
  [
    'a javascript: link',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ access: { ...f.course.access, contact: { url: 'javascript:alert(1)' } } }) },
    'content/provision/courses/course-a.yaml: access.contact.url: must be a web address starting https:// (got "javascript:alert(1)")',
  ],
];

describe('bad content is refused with its file, field and reason', () => {
  it.each(CASES)('%s', (_name, change, expected) => {
    const { issues } = loadContent(contentWith(change), { fresh: true, today: TODAY });
    const lines = issues.map((issue) => formatIssue(issue).replace(/^.*?content\//, 'content/'));
    expect(
      lines.some((line) => line.startsWith(expected)),
      `${expected}\nnot among:\n${lines.join('\n')}`,
    ).toBe(true);
  });

  it('starts from a valid set, so each case is refused for its own reason', () => {
    const { issues } = loadContent(contentWith({ path: 'providers/extra.yaml', text: yaml.dump(f.provider) }), { fresh: true, today: TODAY });
    expect(issues).toEqual([]);
  });
});
