/**
 * Content files as YAML (yaml-file.ts): reading refuses aliases and tags and words syntax errors
 * itself; writing an update rewrites only what changed, or the whole record when an edit in place
 * would not read back as the new record. And the small rules around a sheet: its scope cell, and
 * the cut-down list of problems.
 */
import { describe, expect, it } from 'vitest';
import { limitProblems } from '../../src/lib/content/problem-list.ts';
import { newYaml, patchYaml, readYaml } from '../../src/lib/content/yaml-file.ts';
import { parseScopeCell } from '../../src/lib/sheets/scope.ts';

describe('reading a content file', () => {
  it.each([
    [
      'a tab for indentation',
      'title:\n\ten: x\n',
      'is not valid YAML at line 2, column 1: a line is indented with a tab; indent with spaces',
    ],
    [
      'two records in one file',
      'a: 1\n---\nb: 2\n',
      'is not valid YAML at line 2, column 1: the file holds more than one record (a line of ---); keep one record a file',
    ],
    [
      'an unknown escape',
      'a: "\\q"\n',
      'is not valid YAML at line 1, column 5: a backslash in double quotes starts an escape that does not exist; write \\\\ for a backslash, or use single quotes',
    ],
    ['a custom tag', 'a: !thing 1\n', 'uses a YAML tag (!thing) at line 1; write plain values without tags'],
  ])('says what is wrong with %s, in our words', (_name, source, problem) => {
    expect(readYaml(source)).toEqual({ problem });
  });

  it('reads dates as the text written, and a byte-order mark as nothing', () => {
    expect(readYaml('\uFEFFlastReviewed: 2026-02-30\nlevel: 1\n')).toEqual({
      data: { lastReviewed: '2026-02-30', level: 1 },
    });
  });
});

describe('writing an update', () => {
  const source = '# kept\ntitle:\n  en: Old   # a note\ncapacity: 12\n';
  const read = (text: string) => {
    const result = readYaml(text);
    return 'data' in result ? result.data : null;
  };

  it('changes one line and keeps comments', () => {
    const after = { title: { en: 'New' }, capacity: 12 };
    expect(patchYaml(source, { title: { en: 'Old' }, capacity: 12 }, after, read, () => 'fresh')).toBe(
      '# kept\ntitle:\n  en: New   # a note\ncapacity: 12\n',
    );
  });

  it('writes the record afresh when an edit in place would not read back as the new record', () => {
    // `check` disagrees with everything, as it would for a case the edits do not cover: the fresh text wins, and nothing is lost.
    expect(
      patchYaml(
        source,
        { title: { en: 'Old' }, capacity: 12 },
        { title: { en: 'New' }, capacity: 12 },
        () => null,
        () => 'fresh',
      ),
    ).toBe('fresh');
    expect(patchYaml('[1, 2]\n', {}, { a: 1 }, read, () => newYaml({ a: 1 }))).toBe('a: 1\n');
  });

  it('adds a field to a file with no line end at its end', () => {
    expect(patchYaml('capacity: 12', { capacity: 12 }, { capacity: 12, status: 'active' }, read, () => 'fresh')).toBe(
      'capacity: 12\nstatus: active\n',
    );
  });
});

describe('writing an update into a file styled by hand', () => {
  const styled = [
    '# kept by hand',
    '"kind": jgw',
    'summary:',
    '  en: >-',
    '    Work towards a Level 1',
    '    in retail.',
    '  cy: |-',
    '    Gweithio tuag at Lefel 1.',
    'areas: [gwynedd] # one area only',
    'venues:',
    '  - { name: Training centre, town: Bangor, lat: 53.22825 }',
    'capacity: 12',
    '',
  ].join('\n');
  const read = (text: string) => {
    const result = readYaml(text);
    return 'data' in result ? result.data : null;
  };
  const before = read(styled) as Record<string, unknown>;
  /** The lines taken out and put in. */
  const diff = (a: string, b: string) => {
    const x = a.split(/\r?\n/);
    const y = b.split(/\r?\n/);
    return { removed: x.filter((line) => !y.includes(line)), added: y.filter((line) => !x.includes(line)) };
  };
  const write = (source: string, after: Record<string, unknown>) =>
    patchYaml(source, read(source) as Record<string, unknown>, after, read, () => 'fresh');

  it.each([
    [
      'a folded block',
      { ...before, summary: { ...(before.summary as object), en: 'New, shorter' } },
      ['  en: >-', '    Work towards a Level 1', '    in retail.'],
      ['  en: New, shorter'],
    ],
    [
      'a literal block',
      { ...before, summary: { ...(before.summary as object), cy: 'Newydd' } },
      ['  cy: |-', '    Gweithio tuag at Lefel 1.'],
      ['  cy: Newydd'],
    ],
    [
      'a value in an inline map, which is quoted when it holds a comma',
      { ...before, venues: [{ name: 'Training centre', town: 'Bangor, Gwynedd', lat: 53.22825 }] },
      ['  - { name: Training centre, town: Bangor, lat: 53.22825 }'],
      ['  - { name: Training centre, town: "Bangor, Gwynedd", lat: 53.22825 }'],
    ],
    [
      'an inline list, keeping its comment',
      { ...before, areas: ['gwynedd', 'conwy'] },
      ['areas: [gwynedd] # one area only'],
      ['areas: [gwynedd, conwy] # one area only'],
    ],
  ])('changes only %s', (_name, after, removed, added) => {
    const out = write(styled, after);
    expect(read(out)).toEqual(after);
    expect(diff(styled, out)).toEqual({ removed, added });
    // The same in a file with Windows line ends, which stay Windows line ends.
    const crlf = write(styled.replace(/\n/g, '\r\n'), after);
    expect(crlf).toBe(out.replace(/\n/g, '\r\n'));
  });

  it('adds a field with the file’s own line ends', () => {
    const crlf = styled.replace(/\n/g, '\r\n');
    const out = write(crlf, { ...before, status: 'active' });
    expect(out).toBe(`${crlf}status: active\r\n`);
  });
});

describe('a sheet’s scope cell', () => {
  it.each([
    ['areas=gwynedd; kinds=jgw', { areas: ['gwynedd'], kinds: ['jgw'] }],
    ['  areas = all ;kinds=all ', { areas: 'all', kinds: 'all' }],
    ['areas=gwynedd conwy; kinds=course support', { areas: ['gwynedd', 'conwy'], kinds: ['course', 'support'] }],
  ])('reads %s', (cell, scope) => {
    expect(parseScopeCell(cell)).toEqual(scope);
  });

  it.each([
    [
      'areas=gwynedd; kinds=courses',
      'kinds must be all, or some of course, apprenticeship, jgw, volunteering, support (got "courses")',
    ],
    [
      'kinds=jgw',
      'expected areas=<area ids, or all>; kinds=<kinds, or all>, as npm run export writes it (got "kinds=jgw")',
    ],
    [
      'areas= ; kinds=jgw',
      'expected areas=<area ids, or all>; kinds=<kinds, or all>, as npm run export writes it (got "areas= ; kinds=jgw")',
    ],
  ])('refuses %s', (cell, error) => {
    expect(parseScopeCell(cell)).toEqual({ error });
  });
});

describe('a cut-down list of problems', () => {
  it('names the three files with the most, and how many others', () => {
    const lines = ['a', 'b', 'c', 'd', 'e'].flatMap((file, i) =>
      Array.from({ length: 10 - i }, (_, j) => `${file}.yaml: x: problem ${j}`),
    );
    const [last] = limitProblems(lines, 5).slice(-1);
    expect(last).toBe(
      '… and 35 more problems (9 in b.yaml, 8 in c.yaml, 7 in d.yaml, and more in 2 other files); fix these first, then check again to see the rest.',
    );
    expect(limitProblems([...lines.slice(0, 6)], 5).at(-1)).toBe(
      '… and 1 more problem (1 in a.yaml); fix these first, then check again to see the rest.',
    );
  });
});
