/**
 * The editor's file format and checks: every content file reads and writes back byte for byte, a
 * one-field change is a one-line diff, a new record is written in the sample files' order without
 * empty fields, and a field or record is checked in the validator's words.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldProblem, recordProblems } from '../../src/lib/cms/checks.ts';
import { DEFAULT_FALSE_KEYS, PROVISION_ORDER } from '../../src/lib/cms/config.ts';
import { fromFile, problemOf, recordOf, SOURCE, toFile } from '../../src/lib/cms/format.ts';
import { githubAnnotation } from '../../src/lib/content/problem-list.ts';
import { readYaml } from '../../src/lib/content/yaml-file.ts';

const options = { order: PROVISION_ORDER, dropWhenFalse: DEFAULT_FALSE_KEYS };

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.yaml') ? [path] : [];
  });
const FILES = filesUnder('content');
const PROVISION = FILES.filter((path) => path.includes('/provision/'));

/** The lines that differ between two texts: what was taken out of the first, and what was put in. */
const diff = (a: string, b: string): { out: string[]; in: string[] } => {
  const x = a.split('\n');
  const y = b.split('\n');
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let end = 0;
  while (end < x.length - start && end < y.length - start && x[x.length - 1 - end] === y[y.length - 1 - end]) end++;
  return { out: x.slice(start, x.length - end), in: y.slice(start, y.length - end) };
};

/** What the editor hands back: the data as read, with a change, through a JSON round trip as Decap's store makes. */
const edited = (text: string, change: (data: Record<string, unknown>) => void) => {
  const data = structuredClone(fromFile(text));
  change(data);
  return toFile(JSON.parse(JSON.stringify(data)), options);
};

describe('the editor’s file format', () => {
  it('reads every content file and writes it back byte for byte when nothing changed', () => {
    expect(FILES.length).toBeGreaterThan(390);
    for (const path of FILES) {
      const text = readFileSync(path, 'utf8');
      expect(
        edited(text, () => {}),
        path,
      ).toBe(text);
    }
  });

  it('keeps the file’s own text beside its data, under a key no schema has', () => {
    const text = readFileSync(PROVISION[0] as string, 'utf8');
    expect(fromFile(text)[SOURCE]).toBe(text);
    expect(recordOf(fromFile(text))).toEqual((readYaml(text) as { data: unknown }).data);
  });

  it('changes one line for a new Welsh summary, whatever the file and the words (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROVISION),
        fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim() !== '' && !/[\n\r]/.test(s)),
        (path, words) => {
          const text = readFileSync(path, 'utf8');
          const after = edited(text, (data) => {
            (data.summary as { cy?: string }).cy = `Newydd: ${words.trim()}`;
          });
          // In: the new value, on its line. Out: the old value's lines (a long one may run over several), or none
          // when the record had no Welsh summary yet (the line is added). Nothing else.
          const { out, in: added } = diff(text, after);
          const hadWelsh = (readYaml(text) as { data: { summary: { cy?: string } } }).data.summary.cy !== undefined;
          const ofTheValue = (line: string) => line.startsWith('  cy:') || line.startsWith('    ');
          expect(added).toHaveLength(1);
          expect(out.length > 0).toBe(hadWelsh);
          expect([...out, ...added].every(ofTheValue)).toBe(true);
          expect((readYaml(after) as { data: { summary: { cy: string } } }).data.summary.cy).toBe(
            `Newydd: ${words.trim()}`,
          );
        },
      ),
      // A record with no Welsh summary yet, which the property once found: the line is added, nothing taken out.
      { numRuns: 60, examples: [['content/provision/support/neath-port-talbot-young-carers.yaml', '!']] },
    );
  });

  it.each([
    [
      'content/vocabulary.yaml',
      (data: Record<string, unknown>) => (data.concepts as { en: string[] }[])[0]?.en.push('looked after'),
    ],
    ['content/synonyms.yaml', (data: Record<string, unknown>) => (data.same as string[][])[0]?.push('newword')],
  ] as const)(
    'adds a word to one list of %s and leaves every other line, comments included, as written',
    (path, change) => {
      const text = readFileSync(path, 'utf8');
      const after = edited(text, change);
      // Only the list changed is written again (an inline list on one line): the next group's words are untouched.
      const { out, in: added } = diff(text, after);
      expect(added).toHaveLength(1);
      expect(added[0]).toMatch(/looked after|newword/);
      expect([...out, ...added].join('\n')).not.toMatch(/hairdress|gadael gofal/);
      for (const comment of text.split('\n').filter((line) => line.trim().startsWith('#')))
        expect(after).toContain(comment);
    },
  );

  it('does not add a field the file did not have when the editor holds only its empty default', () => {
    const path = PROVISION.find((p) => !readFileSync(p, 'utf8').includes('walesWide')) as string;
    const text = readFileSync(path, 'utf8');
    const after = edited(text, (data) => {
      data.walesWide = false;
      data.hoursPerWeek ??= '';
      data.financialSupport ??= [];
      (data.cost as Record<string, unknown>).details ??= { en: '', cy: '' };
    });
    expect(after).toBe(text);
  });

  it('takes a field out when the editor empties it, and nothing else', () => {
    const path = PROVISION.find((p) => /\ncapacity: \d+\n/.test(readFileSync(p, 'utf8'))) as string;
    const text = readFileSync(path, 'utf8');
    const after = edited(text, (data) => {
      data.capacity = '';
    });
    expect(after).toBe(text.replace(/\ncapacity: \d+\n/, '\n'));
  });

  it('writes a new record in the sample files’ order, without empty fields or a false walesWide', () => {
    const text = toFile(
      {
        areas: ['conwy'],
        title: { en: 'Motor skills', cy: 'Sgiliau modur' },
        kind: 'course',
        walesWide: false,
        summary: { en: 'Learn.', cy: '' },
        provider: 'grwp-llandrillo-menai',
        hoursPerWeek: '',
        cost: { free: true, details: { en: '', cy: '' } },
      },
      options,
    );
    expect(text).toBe(
      [
        'kind: course',
        'title:',
        '  en: Motor skills',
        '  cy: Sgiliau modur',
        'summary:',
        '  en: Learn.',
        'provider: grwp-llandrillo-menai',
        'areas:',
        '  - conwy',
        'cost:',
        '  free: true',
        '',
      ].join('\n'),
    );
  });

  it('carries a file that does not read with its problem, in the validator’s words, and never writes over it', () => {
    const cases = [
      ['title: [unclosed', /is not valid YAML at line 1/],
      ['a: &x 1\nb: *x\n', /uses a YAML alias/],
      ['- a list\n', /must hold fields and values/],
    ] as const;
    for (const [text, problem] of cases) {
      const data = fromFile(text);
      expect(problemOf(data)).toMatch(problem);
      expect(recordOf(data)).toEqual({});
      expect(() => toFile({ ...data, title: { en: 'Typed into the empty form' } }, options)).toThrow(
        /It was not saved/,
      );
    }
  });
});

describe('the editor’s checks, in the validator’s words', () => {
  it('accepts every sample record as it is', () => {
    for (const path of PROVISION) {
      const data = recordOf(fromFile(readFileSync(path, 'utf8')));
      expect(recordProblems(`provision:${data.kind}`, data, '2026-01-01'), path).toEqual([]);
    }
  });

  it('says what is wrong with one field, as the validator would', () => {
    expect(fieldProblem('provision:course', 'title', { en: 'x'.repeat(121) })).toBe(
      'en: the title in English must be at most 120 characters (got 121); say it more briefly',
    );
    expect(fieldProblem('provision:course', 'access.contact.how', { cy: 'Ffoniwch' })).toBe(
      'en: how to get in in English is required',
    );
    expect(fieldProblem('provision:support', 'starts', { dates: ['2026-02-30'] })).toMatch(
      /must be a real date written YYYY-MM-DD/,
    );
    expect(fieldProblem('venue', '', { name: 'Hall', town: 'Conwy', lat: -3.8, lon: 53.28 })).toMatch(/look swapped/);
    expect(fieldProblem('provision:course', 'title', { en: 'Motor skills' })).toBeNull();
  });

  it('refuses a whole record with every problem named by field, and a person’s own contact details', () => {
    const text = readFileSync(PROVISION[0] as string, 'utf8');
    const data = recordOf(fromFile(text)) as Record<string, unknown> & { access: { contact: Record<string, unknown> } };
    expect(recordProblems(`provision:${data.kind}`, { ...data, tiers: [] }, '2026-01-01')).toEqual([
      'tiers: must list at least one tier (1–5)',
    ]);
    data.access.contact.email = 'jane.jones@example.gov.wales';
    expect(recordProblems(`provision:${data.kind}`, data, '2026-01-01')).toEqual([
      'access.contact.email: jane.jones@example.gov.wales looks like a person’s own address; give a shared one such as info@ or enquiries@',
    ]);
  });
});

describe('a pull request’s check', () => {
  it('writes each problem as an annotation on its file, escaped so that a message cannot start a command', () => {
    expect(
      githubAnnotation({
        file: 'content/provision/courses/a,b.yaml',
        field: 'progression[0]',
        message: 'must be the file name of provision, 100% (got "x")\n::error::injected',
      }),
    ).toBe(
      '::error file=content/provision/courses/a%2Cb.yaml,title=progression[0]::progression[0]: must be the file name of provision, 100%25 (got "x")%0A::error::injected',
    );
    expect(githubAnnotation({ file: 'content/areas/conwy.yaml', field: '', message: 'is empty' })).toBe(
      '::error file=content/areas/conwy.yaml,title=(record)::(record): is empty',
    );
  });
});

describe('a new record’s order', () => {
  it('writes each object inside in the order of its fields, whatever order the editor’s store gives', async () => {
    const { cmsConfig, fieldOrder } = await import('../../src/lib/cms/config.ts');
    const en = (await import('../../src/dictionaries/en.json', { with: { type: 'json' } })).default;
    const cy = (await import('../../src/dictionaries/cy.json', { with: { type: 'json' } })).default;
    const config = cmsConfig(
      { contentFolder: 'content', backend: null },
      { provision: [], vocab: { en: en.vocab, cy: cy.vocab } },
    );
    const text = toFile(
      {
        ages: { max: 19, min: 16 },
        title: { cy: 'Teitl', en: 'Title' },
        kind: 'course',
        venues: [{ lon: -3.7, town: 'Conwy', name: 'Hall', lat: 53.28 }],
      },
      // The top level in the editor's order, as Decap hands it over (sortedKeys).
      { order: ['kind', 'title', 'venues', 'ages'], nested: fieldOrder(config), dropWhenFalse: DEFAULT_FALSE_KEYS },
    );
    expect(text).toBe(
      'kind: course\ntitle:\n  en: Title\n  cy: Teitl\nvenues:\n  - name: Hall\n    town: Conwy\n    lat: 53.28\n    lon: -3.7\nages:\n  min: 16\n  max: 19\n',
    );
  });
});
