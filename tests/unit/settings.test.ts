/**
 * Every setting is checked before the build (src/lib/settings.ts): each wrong one gives one line,
 * NAME: expected …; found "…", and settings left unset take their defaults. And long problem lists
 * are cut to what a person can act on (problem-list.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { limitProblems } from '../../src/lib/content/problem-list.ts';
import { publicUrl } from '../../src/lib/environment.ts';
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
    expect(
      settingsProblems(
        { LLWYBRAU_DATA_DIR: '/nonexistent/llwybrau-reference-data', SITE_URL: 'http://localhost:4321' },
        ROOT,
      ),
    ).toEqual([]);
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
    [
      'a build date that is no date',
      { LLWYBRAU_BUILD_DATE: '2026-02-30' },
      'LLWYBRAU_BUILD_DATE: expected a real date written YYYY-MM-DD; found "2026-02-30"',
    ],
    [
      'a content folder that is not there',
      { CONTENT_DIR: 'no-such-content' },
      'CONTENT_DIR: expected a folder that exists; found "no-such-content"',
    ],
    [
      'reference data that is a file',
      { LLWYBRAU_DATA_DIR: A_FILE },
      `LLWYBRAU_DATA_DIR: expected a folder, not a file; found "${A_FILE}"`,
    ],
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
      'an output folder that is the content folder in another case',
      { LLWYBRAU_OUT_DIR: 'Content' },
      'LLWYBRAU_OUT_DIR: expected a folder inside the project for the built site, such as dist, not one of the project’s own folders (Content); found "Content"',
    ],
    [
      'a tile address without its attribution',
      { LLWYBRAU_TILE_URL: 'https://tiles.example.gov.wales/{z}/{x}/{y}.png' },
      'LLWYBRAU_TILE_URL is set but LLWYBRAU_TILE_ATTRIBUTION is empty: expected the attribution line the tile licence requires.',
    ],
    [
      'a site address with a slash missing',
      { SITE_URL: 'https:/example.com' },
      'SITE_URL: expected the address the site will live at, such as https://llwybrau.yourcouncil.gov.wales; found "https:/example.com"',
    ],
    [
      'a site address with no domain',
      { SITE_URL: 'https://a' },
      'SITE_URL: expected the address the site will live at, such as https://llwybrau.yourcouncil.gov.wales; found "https://a"',
    ],
    [
      'a report address with an escape in it',
      { LLWYBRAU_REPORT_EMAIL: 'a%0Abcc@example.com' },
      'LLWYBRAU_REPORT_EMAIL: expected one plain email address, such as llwybrau@yourcouncil.gov.wales (anything after it, such as ?bcc=, would go into every report link); found "a%0Abcc@example.com"',
    ],
    [
      'a report address with two dots together',
      { LLWYBRAU_REPORT_EMAIL: 'a..b@example.com' },
      'LLWYBRAU_REPORT_EMAIL: expected one plain email address, such as llwybrau@yourcouncil.gov.wales (anything after it, such as ?bcc=, would go into every report link); found "a..b@example.com"',
    ],
    [
      'tiles over http',
      { LLWYBRAU_TILE_URL: 'http://tiles.example.gov.wales/{z}/{x}/{y}.png', LLWYBRAU_TILE_ATTRIBUTION: '© OSM' },
      'LLWYBRAU_TILE_URL: expected an https:// address (a page served over https cannot load tiles over http); found "http://tiles.example.gov.wales/{z}/{x}/{y}.png"',
    ],
    [
      'a tile address without its place holders, quoted short',
      { LLWYBRAU_TILE_URL: `https://tiles.example.gov.wales/${'x'.repeat(3000)}`, LLWYBRAU_TILE_ATTRIBUTION: '© OSM' },
      `LLWYBRAU_TILE_URL: expected an https:// address template with {z}, {x} and {y}; found "https://tiles.example.gov.wales/${'x'.repeat(28)}…" (3,032 characters)`,
    ],
    [
      'a tile attribution with a hidden character',
      {
        LLWYBRAU_TILE_URL: 'https://tiles.example.gov.wales/{z}/{x}/{y}.png',
        LLWYBRAU_TILE_ATTRIBUTION: '© OSM\u202E',
      },
      'LLWYBRAU_TILE_ATTRIBUTION: expected a value without control or invisible characters; found "© OSM\u202E"',
    ],
    [
      'a tile attribution with no tiles',
      { LLWYBRAU_TILE_ATTRIBUTION: '© OSM' },
      'LLWYBRAU_TILE_ATTRIBUTION: expected to be set only with LLWYBRAU_TILE_URL, the tile server it credits; found "© OSM"',
    ],
    [
      'an invisible character in a setting',
      { LLWYBRAU_REPORT_EMAIL: 'llwybrau@\u202Eexample.org' },
      'LLWYBRAU_REPORT_EMAIL: expected a value without control or invisible characters; found "llwybrau@\u202Eexample.org"',
    ],
  ])('refuses %s, in one line', (_name, env, expected) => {
    expect(settingsProblems(env, ROOT)).toEqual([expected]);
  });

  it('refuses an output folder that is, or holds, or lies in a content folder set elsewhere (the build empties it)', () => {
    const content = relative(ROOT, mkdtempSync(join(ROOT, '.settings-test-content-')));
    try {
      const expected = (out: string) =>
        `LLWYBRAU_OUT_DIR: expected a folder inside the project for the built site, such as dist, apart from the content folder (the build empties its output folder); found "${out}"`;
      expect(settingsProblems({ CONTENT_DIR: content, LLWYBRAU_OUT_DIR: content }, ROOT)).toEqual([expected(content)]);
      expect(settingsProblems({ CONTENT_DIR: content, LLWYBRAU_OUT_DIR: content.toUpperCase() }, ROOT)).toEqual([
        expected(content.toUpperCase()),
      ]);
      expect(settingsProblems({ CONTENT_DIR: content, LLWYBRAU_OUT_DIR: `${content}/dist` }, ROOT)).toEqual([
        expected(`${content}/dist`),
      ]);
      expect(settingsProblems({ CONTENT_DIR: `${content}`, LLWYBRAU_OUT_DIR: 'dist-elsewhere' }, ROOT)).toEqual([]);
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
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

describe('the address pages name', () => {
  it('is absolute under SITE_URL, and only the path without it (never localhost)', () => {
    expect(publicUrl('/en/provision/x/', { SITE_URL: 'https://llwybrau.example.gov.wales' })).toBe(
      'https://llwybrau.example.gov.wales/en/provision/x/',
    );
    expect(publicUrl('/cy/', { SITE_URL: ' https://example.gov.wales/sub/ ' })).toBe('https://example.gov.wales/cy/');
    expect(publicUrl('/en/provision/x/', {})).toBe('/en/provision/x/');
    expect(publicUrl('/en/', { SITE_URL: '  ' })).toBe('/en/');
  });
});
