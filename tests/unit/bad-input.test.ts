/**
 * Bad content, as a careless or hostile editor would write it, one case per class:
 * each is written as YAML into a fresh content folder, loaded the way the build loads
 * it, and must be refused with the exact file, field and reason, in one message: a cause that
 * gives follow-on lines fails its case. The spreadsheet cases follow, checked as the importer checks
 * them, and last a check of every text field of every collection.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { BOUNDARIES_FILE, loadContent, readBoundaries } from '../../src/lib/content/load.ts';
import { fieldPath, formatIssue, validateRecords } from '../../src/lib/content/validate.ts';
import { warningText } from '../../src/lib/content/warnings.ts';
import { referenceDataDir } from '../../src/lib/environment.ts';
import { checkSheet } from '../../src/lib/sheets/import.ts';
import { formatImportIssue } from '../../src/lib/sheets/rows.ts';
import * as f from './fixtures.ts';

const TODAY = '2026-11-26';

/** A record as YAML, each value written out in full (content files may not use aliases). */
const dump = (data: unknown): string => stringify(data, { aliasDuplicateObjects: false });

/** The valid fixture set as YAML files, with one file replaced or added. */
const contentWith = (change: { path: string; text: string | Uint8Array }): string => {
  const root = mkdtempSync(join(tmpdir(), 'llwybrau-bad-'));
  for (const record of f.dataSet()) {
    const data = { ...(record.data as Record<string, unknown>) };
    if (data.lastReviewed instanceof Date) data.lastReviewed = data.lastReviewed.toISOString().slice(0, 10);
    const path = join(root, record.file);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, dump(data));
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
  let text = dump({ ...f.course, lastReviewed: '2026-06-12', ...data });
  for (const [start, line] of Object.entries(lines)) text = text.replace(new RegExp(`^${start}.*$`, 'm'), line);
  return text;
};

const CASES: [name: string, change: { path: string; text: string | Uint8Array }, expected: string][] = [
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
    {
      path: 'provision/courses/course-a.yaml',
      text: courseYaml({}, { starts: 'starts:\n  dates:\n    - 2027-02-30' }),
    },
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
    { path: 'areas/carmarthenshire.yaml', text: dump({ ...f.area, code: 'W06000099' }) },
    'content/areas/carmarthenshire.yaml: code: W06000099 is not the ONS code of a Welsh principal area',
  ],
  [
    'a person’s address as the area’s report inbox',
    { path: 'areas/carmarthenshire.yaml', text: dump({ ...f.area, reportEmail: 'sian.jones@sirgar.gov.uk' }) },
    'content/areas/carmarthenshire.yaml: reportEmail: must be a team’s shared address, not a person’s or a webmail one (got "sian.jones@sirgar.gov.uk")',
  ],
  [
    'a webmail address as the area’s report inbox',
    { path: 'areas/carmarthenshire.yaml', text: dump({ ...f.area, reportEmail: 'epc.team@gmail.com' }) },
    'content/areas/carmarthenshire.yaml: reportEmail: must be a team’s shared address, not a person’s or a webmail one (got "epc.team@gmail.com")',
  ],
  [
    'another area’s ONS code',
    { path: 'areas/carmarthenshire.yaml', text: dump({ ...f.area, code: 'W06000015' }) },
    'content/areas/carmarthenshire.yaml: code: W06000015 is the code of cardiff, not carmarthenshire (carmarthenshire is W06000010)',
  ],
  [
    'a 1 MB summary',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ summary: { en: 'x'.repeat(1_000_000) } }) },
    'content/provision/courses/course-a.yaml: summary.en: the summary in English must be at most 600 characters (got 1000000); say it more briefly',
  ],
  [
    'a Welsh title longer than a card can show',
    {
      path: 'provision/courses/course-a.yaml',
      text: courseYaml({ title: { en: 'Motor vehicle', cy: 'Cerbydau modur '.repeat(10) } }),
    },
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
    { path: 'demand/2026-10.yaml', text: dump({ ...f.demand, counts: [{ ...f.demand.counts[0], tier2: 20.5 }] }) },
    'content/demand/2026-10.yaml: counts[0].tier2: must be a whole number (got 20.5)',
  ],
  [
    'a negative count of young people',
    { path: 'demand/2026-10.yaml', text: dump({ ...f.demand, counts: [{ ...f.demand.counts[0], tier3: -4 }] }) },
    'content/demand/2026-10.yaml: counts[0].tier3: must be a whole number of young people, 0 or more (got -4)',
  ],
  [
    'an area name longer than any Welsh authority’s',
    {
      path: 'areas/carmarthenshire.yaml',
      text: dump({ ...f.area, name: { en: 'Carmarthenshire', cy: 'Sir Gaerfyrddin '.repeat(9) } }),
    },
    'content/areas/carmarthenshire.yaml: name.cy: the Welsh name must be at most 120 characters (got 143); say it more briefly',
  ],
  [
    'a provider of an unknown type',
    { path: 'providers/coleg-sir-gar.yaml', text: dump({ ...f.provider, type: 'charity' }) },
    'content/providers/coleg-sir-gar.yaml: type: must be one of fe-college, school-sixth-form, work-based-learning, third-sector, local-authority, national-service, employer (got "charity")',
  ],
  [
    'an empty file',
    { path: 'providers/empty.yaml', text: '' },
    'content/providers/empty.yaml: (file): the file is empty; a record needs its fields',
  ],
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
    {
      path: 'provision/courses/course-a.yaml',
      text: courseYaml({ venues: [{ ...f.course.venues[0], lat: 48.85, lon: 2.35 }] }),
    },
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
    'content/provision/courses/course-a.yaml: (yaml): is not valid YAML at line 2, column 1: the indentation does not line up, or a bracket is not closed',
  ],
  [
    'a misspelt field',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ teirs: [4] }) },
    'content/provision/courses/course-a.yaml: (record): unknown field teirs (check the spelling against docs/schema.md)',
  ],
  [
    'a javascript: link',
    {
      path: 'provision/courses/course-a.yaml',
      text: courseYaml({ access: { ...f.course.access, contact: { url: 'javascript:alert(1)' } } }),
    },
    'content/provision/courses/course-a.yaml: access.contact.url: must be a web address starting https:// (got "javascript:alert(1)")',
  ],
  [
    'a formula pasted into a title',
    {
      path: 'provision/courses/course-a.yaml',
      text: courseYaml({ title: { en: '=HYPERLINK("https://example.com","Apply")' } }),
    },
    'content/provision/courses/course-a.yaml: title.en: the title in English must not start with = (got "=HYPERLINK(\\"https://example.com\\",\\"Apply\\")"): it looks like a spreadsheet formula; write the words themselves',
  ],
  [
    'latitude and longitude swapped',
    {
      path: 'provision/courses/course-a.yaml',
      text: courseYaml({ venues: [{ ...f.course.venues[0], lat: -3.98899, lon: 51.79397 }] }),
    },
    'content/provision/courses/course-a.yaml: venues[0].lat: must lie in or near Wales, between 51.2 and 53.6 (got -3.98899)',
  ],
  [
    'a full postcode where the district goes',
    {
      path: 'provision/courses/course-a.yaml',
      text: courseYaml({ venues: [{ ...f.course.venues[0], postcodeDistrict: 'SA18 3TA' }] }),
    },
    'content/provision/courses/course-a.yaml: venues[0].postcodeDistrict: must be a postcode district such as SA18 (got "SA18 3TA")',
  ],
  [
    'a progression link to a record that does not exist',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ progression: ['course-z'] }) },
    'content/provision/courses/course-a.yaml: progression[0]: no provision record "course-z" exists',
  ],
  [
    'the same tier listed twice',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ tiers: [4, 4] }) },
    'content/provision/courses/course-a.yaml: tiers: must not list a tier twice',
  ],
  [
    'an id used twice, in two folders',
    {
      path: 'provision/volunteering/course-a.yaml',
      text: courseYaml({
        kind: 'volunteering',
        commitment: { en: 'Saturdays' },
        level: 'none',
        qualification: undefined,
        institutionType: undefined,
      }),
    },
    'content/provision/volunteering/course-a.yaml: (file name): id "course-a" is already used by ',
  ],
  [
    'a provider that does not exist',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ provider: 'coleg-sir-gaer' }) },
    'content/provision/courses/course-a.yaml: provider: no providers record "coleg-sir-gaer" exists',
  ],
  [
    'an area counted twice in the demand figures',
    { path: 'demand/2026-10.yaml', text: dump({ ...f.demand, counts: [...f.demand.counts, ...f.demand.counts] }) },
    'content/demand/2026-10.yaml: counts[1].area: "carmarthenshire" is counted twice in period',
  ],
  [
    'a web page on http://',
    {
      path: 'provision/courses/course-a.yaml',
      text: courseYaml({ access: { ...f.course.access, contact: { url: 'http://www.colegsirgar.ac.uk' } } }),
    },
    'content/provision/courses/course-a.yaml: access.contact.url: must be a web address starting https:// (got "http://www.colegsirgar.ac.uk")',
  ],
  [
    'a phone number that is not one',
    { path: 'providers/coleg-sir-gar.yaml', text: dump({ ...f.provider, phone: 'ring reception' }) },
    'content/providers/coleg-sir-gar.yaml: phone: must be a UK phone number such as 0800 028 4844 (got "ring reception")',
  ],
  [
    'an email address that is not one',
    { path: 'providers/coleg-sir-gar.yaml', text: dump({ ...f.provider, email: 'info at colegsirgar' }) },
    'content/providers/coleg-sir-gar.yaml: email: must be an email address (got "info at colegsirgar")',
  ],
  [
    'youngest age above the oldest',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ ages: { min: 19, max: 16 } }) },
    'content/provision/courses/course-a.yaml: ages: min must not be above max (got min 19, max 16)',
  ],
  [
    'in person, with no venue',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ venues: [] }) },
    'content/provision/courses/course-a.yaml: venues: must list at least one venue when delivery is in-person',
  ],
  [
    'a charge with no word on what it costs',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ cost: { free: false } }) },
    'content/provision/courses/course-a.yaml: cost.details: must say what it costs when free is false',
  ],
  [
    'a file that is not YAML in a content folder',
    { path: 'provision/courses/notes.txt', text: 'remember to add the Welsh' },
    'content/provision/courses/notes.txt:',
  ],
  [
    'a control character pasted into a summary',
    {
      path: 'provision/courses/course-a.yaml',
      text: courseYaml({ summary: { en: 'Learn to service cars.\u000Cin the workshop' } }),
    },
    'content/provision/courses/course-a.yaml: summary.en: the summary in English contains a control character (U+000C), which no one can see or type; delete it',
  ],
  [
    'a byte-order mark before a misspelt field',
    { path: 'provision/courses/course-a.yaml', text: `\uFEFF${courseYaml({ teirs: [2] })}` },
    'content/provision/courses/course-a.yaml: (record): unknown field teirs (check the spelling against docs/schema.md)',
  ],
  [
    'a right-to-left override in a title, so it shows other than it holds',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ title: { en: 'Motor \u202Eelcihev, Level 2' } }) },
    'content/provision/courses/course-a.yaml: title.en: the title in English contains an invisible character (U+202E) that changes the direction of the text, so it could show as something other than what it holds; delete it',
  ],
  [
    'a zero-width space inside a word',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ title: { en: 'Mo\u200Btor vehicle' } }) },
    'content/provision/courses/course-a.yaml: title.en: the title in English contains an invisible zero-width character (U+200B), so it could show as something other than what it holds, or look blank; delete it',
  ],
  [
    'a zero-width joiner inside a Welsh word',
    {
      path: 'provision/courses/course-a.yaml',
      text: courseYaml({ title: { en: 'Motor vehicle', cy: 'Cerbyd\u200Dau modur' } }),
    },
    'content/provision/courses/course-a.yaml: title.cy: the title in Welsh contains an invisible zero-width character (U+200D), so it could show as something other than what it holds, or look blank; delete it',
  ],
  [
    'a venue’s Welsh name that is one zero-width space',
    {
      path: 'provision/courses/course-a.yaml',
      text: courseYaml({ venues: [{ ...f.course.venues[0], nameCy: '\u200B' }] }),
    },
    'content/provision/courses/course-a.yaml: venues[0].nameCy: the venue’s Welsh name must not be empty (it holds only characters no one can see)',
  ],
  [
    'a venue’s Welsh name that is a blank letter (Hangul filler)',
    {
      path: 'provision/courses/course-a.yaml',
      text: courseYaml({ venues: [{ ...f.course.venues[0], nameCy: '\u3164\u3164' }] }),
    },
    'content/provision/courses/course-a.yaml: venues[0].nameCy: the venue’s Welsh name must not be empty (it holds only characters no one can see)',
  ],
  [
    'the mark of a lost letter (U+FFFD)',
    {
      path: 'provision/courses/course-a.yaml',
      text: courseYaml({ summary: { en: 'Learn to service cars.', cy: 'Dysgu ym Mhen Ll\uFFFDn.' } }),
    },
    'content/provision/courses/course-a.yaml: summary.cy: the summary in Welsh contains U+FFFD (�), the mark of a letter lost when the text was saved or converted; type the letter again, and save the file as UTF-8',
  ],
  [
    'a ? where a plain CSV lost ŷ',
    {
      path: 'provision/courses/course-a.yaml',
      text: courseYaml({ title: { en: 'Motor vehicle', cy: 'Cerbydau modur, Ll?n' } }),
    },
    'content/provision/courses/course-a.yaml: title.cy: the title in Welsh has a ? inside the word "Ll?n", where a letter was lost saving the file (a plain CSV turns ŵ and ŷ into ?); type the letter again',
  ],
  [
    'an id in capitals beside the same id in lower case',
    { path: 'provision/courses/Course-A.yaml', text: courseYaml() },
    'content/provision/courses/Course-A.yaml: (file name): "Course-A" differs only in case from ',
  ],
  [
    'a content file saved as UTF-16',
    {
      path: 'providers/coleg-sir-gar.yaml',
      text: new Uint8Array([
        0xff,
        0xfe,
        ...[...dump(f.provider)].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
      ]),
    },
    'content/providers/coleg-sir-gar.yaml: (yaml): is saved as UTF-16 (Unicode) text; save it as UTF-8, as every content file is',
  ],
  [
    'a content file saved as Windows-1252',
    {
      path: 'providers/coleg-sir-gar.yaml',
      text: new Uint8Array([
        ...new TextEncoder().encode('name:\n  en: Coleg Sir G'),
        0xe2,
        ...new TextEncoder().encode('r\n'),
      ]),
    },
    'content/providers/coleg-sir-gar.yaml: (yaml): is not UTF-8 text (byte 0xE2 on line 2); save it as UTF-8, as every content file is',
  ],
  [
    'places without end',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ capacity: 5 }, { capacity: 'capacity: .inf' }) },
    'content/provision/courses/course-a.yaml: capacity: must be a number (got Infinity)',
  ],
  [
    'a web address that shows one site and leads to another',
    {
      path: 'provision/courses/course-a.yaml',
      text: courseYaml({
        access: { ...f.course.access, contact: { url: 'https://careerswales.gov.wales@evil.example/' } },
      }),
    },
    'content/provision/courses/course-a.yaml: access.contact.url: must not have a name and @ before the site (got "https://careerswales.gov.wales@evil.example/"): the address would show one site and lead to another',
  ],
  [
    'a web address with a direction override in it',
    {
      path: 'providers/coleg-sir-gar.yaml',
      text: dump({ ...f.provider, website: 'https://www.colegsirgar.ac.uk/\u202Egnp.exe' }),
    },
    'content/providers/coleg-sir-gar.yaml: website: contains an invisible character (U+202E) that changes the direction of the text, so it could show as something other than what it holds; delete it',
  ],
  [
    'a line break in a title',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ title: { en: 'Motor vehicle\nLevel 2' } }) },
    'content/provision/courses/course-a.yaml: title.en: the title in English must be on one line (it holds a line break or a tab)',
  ],
  [
    'a variation selector in a title',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ title: { en: 'Motor\uFE0F vehicle' } }) },
    'content/provision/courses/course-a.yaml: title.en: the title in English contains a character no one can see or read (U+FE0F); delete it',
  ],
  [
    'a line separator in a summary',
    {
      path: 'provision/courses/course-a.yaml',
      text: courseYaml({ summary: { en: 'Learn to service cars.\u2028In the workshop.' } }),
    },
    'content/provision/courses/course-a.yaml: summary.en: the summary in English contains a line separator (U+2028), which many programs show as nothing or as a break; delete it',
  ],
  [
    'accents piled on one letter',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ title: { en: 'Mo\u0302\u0302\u0302tor vehicle' } }) },
    'content/provision/courses/course-a.yaml: title.en: the title in English piles three or more accents on one letter, which no word needs; retype the letter',
  ],
  [
    'the same kind of help listed twice',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ financialSupport: ['travel', 'travel'] }) },
    'content/provision/courses/course-a.yaml: financialSupport: must not list a kind of help twice (got "travel" twice)',
  ],
  [
    'a file name too long for a file system',
    { path: `provision/courses/course-${'a'.repeat(120)}.yaml`, text: courseYaml() },
    'content/provision/courses/course-aaaa',
  ],
  [
    'an id with capitals',
    { path: 'provision/courses/Motor-Vehicle.yaml', text: courseYaml() },
    'content/provision/courses/Motor-Vehicle.yaml: (file name): "Motor-Vehicle" must be lower-case letters and digits joined by hyphens, e.g. motor-vehicle',
  ],
  [
    'a YAML alias',
    {
      path: 'providers/coleg-sir-gar.yaml',
      text: 'name: &n\n  en: Coleg Sir Gâr\n  cy: Coleg Sir Gâr\ntype: fe-college\nwebsite: https://www.colegsirgar.ac.uk\nalso: *n\n',
    },
    'content/providers/coleg-sir-gar.yaml: (yaml): uses a YAML alias (*n) at line 6; write each value out in full: content files may not repeat parts of themselves',
  ],
  [
    'a YAML alias bomb in the search synonyms (a group repeated a thousand times)',
    {
      path: 'synonyms.yaml',
      text: `group: &g [farming, agriculture, fferm, amaeth]\nsame:\n${'  - *g\n'.repeat(1000)}related: []\n`,
    },
    'content/synonyms.yaml: (yaml): uses a YAML alias (*g) at line 3; write each value out in full: content files may not repeat parts of themselves',
  ],
  [
    'a search concept naming a tag that does not exist',
    { path: 'vocabulary.yaml', text: 'concepts:\n  - tags: [group:care-levers]\n    en: [care experienced]\n' },
    'content/vocabulary.yaml: concepts[0].tags[0]: must be a tag: group:, service:, sector:, tier:, kind: or strand: and one of its values, as in the schema (got "group:care-levers")',
  ],
  [
    'a search concept word with punctuation in it',
    { path: 'vocabulary.yaml', text: 'concepts:\n  - tags: [tier:3]\n    en: ["neet!"]\n' },
    'content/vocabulary.yaml: concepts[0].en[0]: must be a word or a phrase of up to eight words, letters and digits only (got "neet!")',
  ],
  [
    'a search concept with no words',
    { path: 'vocabulary.yaml', text: 'concepts:\n  - tags: [tier:3]\n    en: []\n' },
    'content/vocabulary.yaml: concepts[0]: must list at least one word in en or cy',
  ],
  [
    'a search concept word listed twice',
    { path: 'vocabulary.yaml', text: 'concepts:\n  - tags: [tier:3]\n    en: [NEET, neet]\n' },
    'content/vocabulary.yaml: concepts[0].en[1]: "neet" is listed twice in this concept\'s en words; keep one',
  ],
  [
    'a YAML tag',
    { path: 'providers/coleg-sir-gar.yaml', text: 'name: !!binary Q29sZWc=\ntype: fe-college\n' },
    'content/providers/coleg-sir-gar.yaml: (yaml): uses a YAML tag (!!binary) at line 1; write plain values without tags',
  ],
  [
    'a field given twice',
    { path: 'providers/coleg-sir-gar.yaml', text: `${dump(f.provider)}type: fe-college\n` },
    'content/providers/coleg-sir-gar.yaml: (yaml): is not valid YAML at line 6, column 1: a field is given twice; keep one',
  ],
  [
    'a 5 MB value, quoted back short',
    { path: 'providers/coleg-sir-gar.yaml', text: dump({ ...f.provider, phone: '0'.repeat(5_000_000) }) },
    `content/providers/coleg-sir-gar.yaml: phone: must be a UK phone number such as 0800 028 4844 (got "${'0'.repeat(60)}…" (5,000,000 characters))`,
  ],
];

/** Probably wrong but possibly right: built, and warned about (validate prints them; the gap analysis lists them). */
const WARNING_CASES: [name: string, change: { path: string; text: string }, expected: string][] = [
  [
    'a start date that has passed',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ starts: { dates: ['2026-09-07', '2027-01-11'] } }) },
    'content/provision/courses/course-a.yaml: starts.dates[0]: 2026-09-07 has passed; remove it so that only dates still to come are listed',
  ],
  [
    'start dates out of order',
    { path: 'provision/courses/course-a.yaml', text: courseYaml({ starts: { dates: ['2027-04-19', '2027-01-11'] } }) },
    'content/provision/courses/course-a.yaml: starts.dates[1]: 2027-01-11 comes after 2027-04-19 in the list; list each date once, earliest first',
  ],
  [
    'a mobile number for enquiries',
    {
      path: 'provision/courses/course-a.yaml',
      text: courseYaml({ access: { ...f.course.access, contact: { phone: '07700 900123' } } }),
    },
    'content/provision/courses/course-a.yaml: access.contact.phone: 07700 900123 looks like a mobile number; give the organisation’s public enquiry number, never a person’s own',
  ],
  [
    'a person’s own email address for a provider',
    { path: 'providers/coleg-sir-gar.yaml', text: dump({ ...f.provider, email: 'sian.evans@colegsirgar.ac.uk' }) },
    'content/providers/coleg-sir-gar.yaml: email: sian.evans@colegsirgar.ac.uk looks like a person’s own address; give a shared one such as info@ or enquiries@',
  ],
];

/** Venues outside their areas: these need the area boundaries from the reference data. */
const VENUE_CASES: typeof CASES = [
  [
    'Cardiff Bay coordinates on a Carmarthenshire record',
    {
      path: 'provision/courses/course-a.yaml',
      text: courseYaml({ venues: [{ ...f.course.venues[0], lat: 51.4635, lon: -3.1652 }] }),
    },
    'content/provision/courses/course-a.yaml: venues[0]: Ammanford campus, Ammanford (51.4635, -3.1652) is in cardiff, not in carmarthenshire; add cardiff to areas if it serves young people there, or correct the coordinates',
  ],
  [
    'a venue in Liverpool',
    {
      path: 'provision/courses/course-a.yaml',
      text: courseYaml({ venues: [{ ...f.course.venues[0], lat: 53.4084, lon: -2.9916 }] }),
    },
    'content/provision/courses/course-a.yaml: venues[0]: Ammanford campus, Ammanford (53.4084, -2.9916) lies 150 km outside carmarthenshire, outside Wales; correct the coordinates, or set acrossBorder: true if it is delivered over the border',
  ],
  [
    'a venue said to be across the border that is in Wales',
    {
      path: 'provision/courses/course-a.yaml',
      text: courseYaml({ venues: [{ ...f.course.venues[0], acrossBorder: true }] }),
    },
    'content/provision/courses/course-a.yaml: venues[0]: Ammanford campus, Ammanford (51.79397, -3.98899) is in carmarthenshire, in Wales, so it is not across the border; remove acrossBorder',
  ],
  [
    'a venue across the border, but far from the areas served',
    {
      path: 'provision/courses/course-a.yaml',
      text: courseYaml({ venues: [{ ...f.course.venues[0], lat: 53.19, lon: -2.89, acrossBorder: true }] }),
    },
    'content/provision/courses/course-a.yaml: venues[0]: Ammanford campus, Ammanford (53.19, -2.89) lies 131 km from carmarthenshire; a venue across the border must be within 40 km of the areas served',
  ],
  [
    'a postcode district that does not exist',
    {
      path: 'provision/courses/course-a.yaml',
      text: courseYaml({ venues: [{ ...f.course.venues[0], postcodeDistrict: 'ZZ99' }] }),
    },
    "content/provision/courses/course-a.yaml: venues[0].postcodeDistrict: ZZ99 is not a postcode district of Great Britain (not in the reference data's list); check it",
  ],
  [
    'a postcode district at the other end of Wales',
    {
      path: 'provision/courses/course-a.yaml',
      text: courseYaml({ venues: [{ ...f.course.venues[0], postcodeDistrict: 'LL57' }] }),
    },
    'content/provision/courses/course-a.yaml: venues[0].postcodeDistrict: LL57 is centred 157 km from Ammanford campus, Ammanford (51.79397, -3.98899); give the district the venue is in, or correct the coordinates',
  ],
  [
    'a venue across the border that is out at sea',
    {
      path: 'provision/courses/course-a.yaml',
      text: courseYaml({ venues: [{ ...f.course.venues[0], lat: 51.62, lon: -4.7, acrossBorder: true }] }),
    },
    'content/provision/courses/course-a.yaml: venues[0]: Ammanford campus, Ammanford (51.62, -4.7) is said to be across the border, but is not in England: it is nearest SA70, a district outside England, 6.3 km away, and may be at sea; correct the coordinates',
  ],
];

describe('bad content is refused with its file, field and reason', () => {
  it.each(CASES)('%s', (_name, change, expected) => {
    const { issues } = loadContent(contentWith(change), { fresh: true, today: TODAY });
    const lines = issues.map((issue) => formatIssue(issue).replace(/^.*?content\//, 'content/'));
    // One cause, one message: no follow-on lines.
    expect(lines, `${expected}\nnot alone among:\n${lines.join('\n')}`).toHaveLength(1);
    expect(lines[0]?.startsWith(expected), `${expected}\nnot among:\n${lines.join('\n')}`).toBe(true);
  });

  it.skipIf(!existsSync(join(referenceDataDir(), BOUNDARIES_FILE))).each(VENUE_CASES)(
    '%s',
    (_name, change, expected) => {
      const { issues } = loadContent(contentWith(change), { fresh: true, today: TODAY });
      expect(issues.map((issue) => formatIssue(issue).replace(/^.*?content\//, 'content/'))).toEqual([expected]);
    },
  );

  it.each(WARNING_CASES)('warns of %s, and still builds', (_name, change, expected) => {
    const { issues, warnings } = loadContent(contentWith(change), { fresh: true, today: TODAY });
    expect(issues).toEqual([]);
    expect(
      warnings.map((w) => `${w.file.replace(/^.*?content\//, 'content/')}: ${w.field}: ${warningText(w)}`),
    ).toEqual([expected]);
  });

  it('starts from a valid set, so each case is refused for its own reason', () => {
    const { issues } = loadContent(contentWith({ path: 'providers/extra.yaml', text: dump(f.provider) }), {
      fresh: true,
      today: TODAY,
    });
    expect(issues).toEqual([]);
  });
});

/**
 * Bad spreadsheets, checked as `npm run import` checks them (checkSheet): against the
 * valid fixture set, with the area boundaries when the reference data is there. Each
 * case changes one cell of a valid row (or the bytes of the file) and must be refused
 * with the exact row, column and reason.
 */
const SHEET_COLUMNS = {
  id: 'carmarthenshire-x',
  kind: 'course',
  title_en: 'Motor vehicle, Level 2',
  summary_en: 'Learn to service cars in the workshop.',
  provider: 'coleg-sir-gar',
  tiers: '4;5',
  areas: 'carmarthenshire',
  wales_wide: 'no',
  venue_name: 'Ammanford campus',
  venue_town: 'Ammanford',
  venue_lat: '51.79397',
  venue_lon: '-3.98899',
  delivery: 'in-person',
  language: 'bilingual',
  age_min: '16',
  age_max: '19',
  level: '2',
  hours_per_week: '16',
  starts: 'september',
  routes: 'apply-to-provider',
  contact_url: 'https://www.colegsirgar.ac.uk',
  free: 'yes',
  funded_by: 'medr',
  progression: '',
  capacity: '20',
  last_reviewed: '2026-06-12',
  status: 'active',
  illustrative: 'yes',
  sector: 'motor-vehicle',
  qualification_en: 'Level 2 Diploma',
  institution_type: 'fe-college',
};
type SheetColumn = keyof typeof SHEET_COLUMNS;
const cell = (value: string) => (/[",;\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const HEADER = Object.keys(SHEET_COLUMNS).join(',');
const rowOf = (change: Partial<Record<SheetColumn, string>> = {}) =>
  Object.values({ ...SHEET_COLUMNS, ...change })
    .map(cell)
    .join(',');
/** The valid sheet with cells of its one row changed, and any further lines after it. */
const sheet = (change: Partial<Record<SheetColumn, string>> = {}, ...more: string[]) =>
  [HEADER, rowOf(change), ...more, ''].join('\n');
const bytes = (text: string) => new TextEncoder().encode(text);

const SHEET_CASES: [name: string, file: Uint8Array, expected: string][] = [
  [
    'hours with a decimal comma',
    bytes(sheet({ hours_per_week: '2,5' })),
    'sheet.csv: row 2: hours_per_week: write the number without commas, with a full stop for a decimal point, e.g. 2.5 (got "2,5")',
  ],
  [
    'places with a decimal comma',
    bytes(sheet({ capacity: '1,5' })),
    'sheet.csv: row 2: capacity: write the number without commas, with a full stop for a decimal point, e.g. 2.5 (got "1,5")',
  ],
  [
    'places in hexadecimal',
    bytes(sheet({ capacity: '0x34' })),
    'sheet.csv: row 2: capacity: expected a number such as 16 or 2.5 (got "0x34")',
  ],
  [
    'a formula where a number goes',
    bytes(sheet({ capacity: '=SUM(A1:A3)' })),
    'sheet.csv: row 2: capacity: expected a number such as 16 or 2.5 (got "=SUM(A1:A3)")',
  ],
  [
    'a formula where a title goes',
    bytes(sheet({ title_en: '=HYPERLINK("https://example.com")' })),
    'sheet.csv: row 2: title_en: the title in English must not start with = (got "=HYPERLINK(\\"https://example.com\\")"): it looks like a spreadsheet formula; write the words themselves',
  ],
  [
    'places as a fraction',
    bytes(sheet({ capacity: '2.5' })),
    'sheet.csv: row 2: capacity: must be a whole number (got 2.5)',
  ],
  [
    'a row with more cells than the header',
    bytes(`${sheet()}${rowOf({ id: 'carmarthenshire-y' })},surplus\n`),
    'sheet.csv: row 3: (csv): has 32 cells where the header has 31: a value holds a comma or a semicolon outside quotation marks, or was pasted past the last column',
  ],
  [
    'a row with too few cells',
    bytes(`${sheet()}carmarthenshire-y,course,Title\n`),
    'sheet.csv: row 3: (csv): has 3 cells where the header has 31: cells are missing or the row was cut short; give it a cell for every column (empty where the value is unknown)',
  ],
  [
    'a column given twice',
    bytes(`${HEADER},title_en\n${rowOf()},Other\n`),
    'sheet.csv: row 1: title_en: appears 2 times (columns 3, 32); keep one',
  ],
  [
    'a column the importer does not know',
    bytes(`${HEADER},colour\n${rowOf()},red\n`),
    'sheet.csv: row 1: colour: is not a column the importer knows (docs/import.md lists them)',
  ],
  [
    'no id column',
    bytes(sheet().replace('id,kind', 'ref,kind')),
    'sheet.csv: row 1: id: this column is required; the sheet has "ref", which the importer does not know: rename the column that holds the id to id',
  ],
  ['an empty sheet', bytes(''), 'sheet.csv: the file is empty'],
  [
    'a sheet of blank lines',
    bytes('\n\n'),
    'sheet.csv: row 1: (csv): the file is empty: it needs a header row and a row per offer',
  ],
  [
    'an Excel workbook',
    new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]),
    'sheet.csv: this is an Excel workbook (.xlsx) or another zip file, not CSV: in your spreadsheet program choose Save As, then "CSV UTF-8 (Comma delimited) (*.csv)", and import that file',
  ],
  [
    'binary data',
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    'sheet.csv: this is not a text file (it holds binary data): in your spreadsheet program choose Save As, then "CSV UTF-8 (Comma delimited) (*.csv)", and import that file',
  ],
  [
    'the same row twice',
    bytes(sheet({}, rowOf())),
    'sheet.csv: row 3: id: repeats row 2 exactly; delete one of the two rows',
  ],
  [
    'an id that already exists, without --force',
    bytes(sheet({ id: 'course-a' })),
    'sheet.csv: row 2: id: "course-a" already exists (content/provision/courses/course-a.yaml); use --force to replace it',
  ],
  [
    'an id that is not a file name',
    bytes(sheet({ id: 'Motor Vehicle 2' })),
    'sheet.csv: row 2: id: expected lower-case words joined by hyphens, e.g. gwynedd-youth-club-bala (got "Motor Vehicle 2")',
  ],
  [
    'a kind in the plural',
    bytes(sheet({ kind: 'courses' })),
    'sheet.csv: row 2: kind: must be one of course, jgw, apprenticeship, volunteering, support (got "courses")',
  ],
  ['tier 6', bytes(sheet({ tiers: '4;6' })), 'sheet.csv: row 2: tiers: must be 1–5 (got 6)'],
  [
    'an area that does not exist',
    bytes(sheet({ areas: 'carmarthen' })),
    'sheet.csv: row 2: areas: no areas record "carmarthen" exists (did you mean "carmarthenshire"?)',
  ],
  [
    'a provider that does not exist',
    bytes(sheet({ provider: 'coleg-sir-gaer' })),
    'sheet.csv: row 2: provider: no providers record "coleg-sir-gaer" exists (did you mean "coleg-sir-gar"?)',
  ],
  [
    'coordinates in France',
    bytes(sheet({ venue_lat: '48.85', venue_lon: '2.35' })),
    'sheet.csv: row 2: venue_lat: must lie in or near Wales, between 51.2 and 53.6 (got 48.85)',
  ],
  [
    'a javascript: link',
    bytes(sheet({ contact_url: 'javascript:alert(1)' })),
    'sheet.csv: row 2: contact_url: must be a web address starting https:// (got "javascript:alert(1)")',
  ],
  [
    '30 February as a start date',
    bytes(sheet({ starts: '2027-02-30' })),
    'sheet.csv: row 2: starts: must be a real date written YYYY-MM-DD (got "2027-02-30")',
  ],
  [
    'an impossible review date',
    bytes(sheet({ last_reviewed: '2026-13-45' })),
    'sheet.csv: row 2: last_reviewed: must be a real date written YYYY-MM-DD (got "2026-13-45")',
  ],
  [
    'a review date in the future',
    bytes(sheet({ last_reviewed: '2027-01-04' })),
    `sheet.csv: row 2: last_reviewed: must not be in the future (got 2027-01-04; today is ${TODAY})`,
  ],
  [
    'Wales-wide and listed for areas',
    bytes(sheet({ wales_wide: 'yes' })),
    'sheet.csv: row 2: areas: must be empty when wales_wide is yes: a Wales-wide offer is open in every area (got 1 area)',
  ],
  [
    'an id too long to be a file name',
    bytes(sheet({ id: `carmarthenshire-${'x'.repeat(300)}` })),
    'sheet.csv: row 2: id: expected at most 100 characters, as it becomes a file name (got 316)',
  ],
  [
    'a tier in hexadecimal',
    bytes(sheet({ tiers: '0x3' })),
    'sheet.csv: row 2: tiers: expected tier numbers 1–5 separated by ; (got "0x3")',
  ],
  [
    'a course’s column filled on a JGW+ row',
    bytes(
      `${HEADER},strand\n${rowOf({ kind: 'jgw', institution_type: '', sector: '', tiers: '2;3', age_max: '18', level: 'entry' })},engagement\n`,
    ),
    'sheet.csv: row 2: qualification_en / qualification_cy: a jgw record does not take this; leave the cell empty (docs/import.md says which kinds use each column)',
  ],
  [
    'yes or no written another way',
    bytes(sheet({ free: 'maybe' })),
    'sheet.csv: row 2: free: expected yes or no (got "maybe")',
  ],
  [
    'progression to itself',
    bytes(sheet({ progression: 'carmarthenshire-x' })),
    'sheet.csv: row 2: progression: must not point at itself',
  ],
];

describe('bad spreadsheets are refused with their row, column and reason', () => {
  const reference = readBoundaries(referenceDataDir());
  const check = (file: Uint8Array) => {
    const checked = checkSheet(file, 'sheet.csv', f.dataSet(), {
      today: TODAY,
      boundaries: reference?.boundaries ?? [],
    });
    return 'error' in checked
      ? [checked.error]
      : [...checked.problems.map(formatImportIssue), ...checked.elsewhere.map(formatIssue)];
  };

  it.each(SHEET_CASES)('%s', (_name, file, expected) => {
    // One cause, one message: no follow-on lines.
    expect(check(file)).toEqual([expected]);
  });

  it('starts from a valid sheet, so each case is refused for its own reason', () => {
    expect(check(bytes(sheet()))).toEqual([]);
  });
});

/** Every text a record holds, by its path, so that a rule for "every text field" can be checked on each. */
const stringPaths = (value: unknown, path: (string | number)[] = []): (string | number)[][] => {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, [...path, i]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => stringPaths(inner, [...path, key]));
  return [];
};
const withAt = (value: unknown, path: readonly (string | number)[], change: (text: string) => string): unknown => {
  if (path.length === 0) return change(value as string);
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) return value.map((item, i) => (i === head ? withAt(item, rest, change) : item));
  return {
    ...(value as Record<string, unknown>),
    [head]: withAt((value as Record<string, unknown>)[head as string], rest, change),
  };
};

describe('no text field of any record takes a character that changes how the text shows', () => {
  const records = f.dataSet();
  const cases = records.flatMap((record) =>
    stringPaths(record.data)
      // Dates are written as text in the fixtures; they have their own rule.
      .filter((path) => !/lastReviewed|dates/.test(path.join('.')))
      .flatMap((path) =>
        ['\u202E', '\u200B', '\u2066'].map(
          (char) =>
            [
              `${record.file}: ${fieldPath(path)} with U+${char.charCodeAt(0).toString(16).toUpperCase()}`,
              record,
              path,
              char,
            ] as const,
        ),
      ),
  );

  it('has fields to check in every collection', () => {
    expect(new Set(cases.map(([, record]) => record.collection))).toEqual(
      new Set(['areas', 'providers', 'provision', 'demand']),
    );
  });

  it.each(cases)('%s is refused, in one message on that record', (_name, record, path, char) => {
    const changed = records.map((candidate) =>
      candidate === record
        ? { ...candidate, data: withAt(candidate.data, path, (text) => `${text.slice(0, 1)}${char}${text.slice(1)}`) }
        : candidate,
    );
    const { issues } = validateRecords(changed, { today: TODAY });
    const mine = issues.filter((issue) => issue.file === record.file);
    expect(mine, issues.map(formatIssue).join('\n')).toHaveLength(1);
  });
});
