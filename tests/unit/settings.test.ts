/**
 * Every setting is checked before the build (src/lib/settings.ts): each wrong one gives one line,
 * NAME: expected …; found "…", and settings left unset take their defaults. And long problem lists
 * are cut to what a person can act on (problem-list.ts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { limitProblems } from '../../src/lib/content/problem-list.ts';
import { settingsProblems } from '../../src/lib/settings.ts';

const ROOT = process.cwd();
/** A file where a folder should be. */
const A_FILE = join(mkdtempSync(join(tmpdir(), 'llwybrau-settings-')), 'afile');
writeFileSync(A_FILE, 'not a folder');

describe('the build’s settings', () => {
  it('accepts none set, and a full set of good ones', () => {
    expect(settingsProblems({}, ROOT)).toEqual([]);
    expect(
      settingsProblems(
        {
          SITE_URL: 'https://llwybrau.gwynedd.llyw.cymru',
          LLWYBRAU_REPORT_EMAIL: 'llwybrau@gwynedd.llyw.cymru',
          LLWYBRAU_BUILD_DATE: '2026-12-01',
          CONTENT_DIR: 'content',
          LLWYBRAU_DATA_DIR: '../shared/data',
          LLWYBRAU_OUT_DIR: 'dist-council',
          LLWYBRAU_TILE_URL: 'https://tiles.example.gov.wales/{z}/{x}/{y}.png',
          LLWYBRAU_TILE_ATTRIBUTION: '© OpenStreetMap contributors',
        },
        ROOT,
      ),
    ).toEqual([]);
    // Building without the reference data is allowed (the site says so); the tests do it.
    expect(settingsProblems({ LLWYBRAU_DATA_DIR: '/nonexistent/llwybrau-reference-data', SITE_URL: 'http://localhost:4321' }, ROOT)).toEqual([]);
  });

  it.each([
    [
      'a report address that adds a hidden recipient',
      { LLWYBRAU_REPORT_EMAIL: 'x@example.org?bcc=harvest@example.com' },
      'LLWYBRAU_REPORT_EMAIL: expected one plain email address, such as llwybrau@yourcouncil.gov.wales (anything after it, such as ?bcc=, would go into every report link); found "x@example.org?bcc=harvest@example.com"',
    ],
    [
      'two report addresses',
      { LLWYBRAU_REPORT_EMAIL: 'a@example.org, b@example.org' },
      'LLWYBRAU_REPORT_EMAIL: expected one plain email address, such as llwybrau@yourcouncil.gov.wales (anything after it, such as ?bcc=, would go into every report link); found "a@example.org, b@example.org"',
    ],
    [
      'a site address that runs script',
      { SITE_URL: 'javascript:alert(1)' },
      'SITE_URL: expected the address the site will live at, such as https://llwybrau.yourcouncil.gov.wales (https://, or http:// only for localhost); found "javascript:alert(1)"',
    ],
    [
      'a site address with a query',
      { SITE_URL: 'https://llwybrau.example.gov.wales/?utm=x' },
      'SITE_URL: expected the address the site will live at, such as https://llwybrau.yourcouncil.gov.wales, with no user name, ? query or # part; found "https://llwybrau.example.gov.wales/?utm=x"',
    ],
    [
      'a public site on http',
      { SITE_URL: 'http://llwybrau.example.gov.wales' },
      'SITE_URL: expected the address the site will live at, such as https://llwybrau.yourcouncil.gov.wales (https://, or http:// only for localhost); found "http://llwybrau.example.gov.wales"',
    ],
    ['a build date that is no date', { LLWYBRAU_BUILD_DATE: '2026-02-30' }, 'LLWYBRAU_BUILD_DATE: expected a real date written YYYY-MM-DD; found "2026-02-30"'],
    ['a content folder that is not there', { CONTENT_DIR: 'no-such-content' }, 'CONTENT_DIR: expected a folder that exists; found "no-such-content"'],
    ['reference data that is a file', { LLWYBRAU_DATA_DIR: A_FILE }, `LLWYBRAU_DATA_DIR: expected a folder, not a file; found "${A_FILE}"`],
    [
      'an output folder outside the project',
      { LLWYBRAU_OUT_DIR: '../elsewhere' },
      'LLWYBRAU_OUT_DIR: expected a folder inside the project for the built site, such as dist; found "../elsewhere"',
    ],
    [
      'an output folder that is the project',
      { LLWYBRAU_OUT_DIR: '.' },
      'LLWYBRAU_OUT_DIR: expected a folder inside the project for the built site, such as dist; found "."',
    ],
    [
      'an output folder that is the content',
      { LLWYBRAU_OUT_DIR: 'content' },
      'LLWYBRAU_OUT_DIR: expected a folder inside the project for the built site, such as dist, not one of the project’s own folders (content); found "content"',
    ],
    [
      'a tile address without its attribution',
      { LLWYBRAU_TILE_URL: 'https://tiles.example.gov.wales/{z}/{x}/{y}.png' },
      'LLWYBRAU_TILE_URL is set but LLWYBRAU_TILE_ATTRIBUTION is empty: expected the attribution line the tile licence requires.',
    ],
    [
      'an invisible character in a setting',
      { LLWYBRAU_REPORT_EMAIL: 'llwybrau@\u202Eexample.org' },
      'LLWYBRAU_REPORT_EMAIL: expected a value without control or invisible characters; found "llwybrau@\u202Eexample.org"',
    ],
  ])('refuses %s, in one line', (_name, env, expected) => {
    expect(settingsProblems(env, ROOT)).toEqual([expected]);
  });

  it('quotes a huge setting short', () => {
    const [line] = settingsProblems({ LLWYBRAU_REPORT_EMAIL: `x@example.org?${'a'.repeat(5_000_000)}` }, ROOT);
    expect(line?.length).toBeLessThan(300);
    expect(line).toMatch(/\(5,000,014 characters\)$/);
  });
});

describe('a long list of problems', () => {
  it('is cut to the first 50, then says how many more and where', () => {
    const lines = [
      ...Array.from({ length: 19_990 }, (_, i) => `content/synonyms.yaml: same[${i}][0]: is already in same[0]`),
      ...Array.from({ length: 10 }, (_, i) => `content/areas/x.yaml: name.en: problem ${i}`),
    ];
    const shown = limitProblems(lines);
    expect(shown).toHaveLength(51);
    expect(shown.slice(0, 50)).toEqual(lines.slice(0, 50));
    expect(shown[50]).toBe(
      '… and 19,950 more problems (19,940 in content/synonyms.yaml, 10 in content/areas/x.yaml); fix these first, then check again to see the rest.',
    );
  });

  it('is left whole up to the limit', () => {
    const lines = Array.from({ length: 50 }, (_, i) => `f: ${i}`);
    expect(limitProblems(lines)).toEqual(lines);
  });
});
