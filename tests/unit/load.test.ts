import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { idFromPath, loadContent, readContentDir } from '../../src/lib/content/load.ts';

const makeDir = (files: Record<string, string>, folders = ['areas', 'providers', 'provision', 'demand']) => {
  const root = mkdtempSync(join(tmpdir(), 'llwybrau-'));
  for (const folder of folders) mkdirSync(join(root, 'content', folder), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, 'content', path, '..'), { recursive: true });
    writeFileSync(join(root, 'content', path), text);
  }
  return root;
};

describe('readContentDir', () => {
  it('reads YAML records in nested folders, with ids from file names', () => {
    const root = makeDir({ 'provision/courses/a-course.yaml': 'kind: course\n', 'areas/powys.yml': 'slug: powys\n' });
    const { records, issues } = readContentDir(join(root, 'content'), root);
    expect(issues).toEqual([]);
    expect(records).toEqual([
      { collection: 'areas', file: 'content/areas/powys.yml', id: 'powys', data: { slug: 'powys' } },
      {
        collection: 'provision',
        file: 'content/provision/courses/a-course.yaml',
        id: 'a-course',
        data: { kind: 'course' },
      },
    ]);
  });

  it('reports a YAML syntax error as a problem with the file, instead of throwing', () => {
    const root = makeDir({ 'providers/broken.yaml': 'name: [unclosed\n' });
    const { issues } = readContentDir(join(root, 'content'), root);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.file).toBe('content/providers/broken.yaml');
    expect(issues[0]?.field).toBe('(yaml)');
    expect(issues[0]?.message).toMatch(/^is not valid YAML at line \d+, column \d+: /);
  });

  it('reports files that are not YAML, and ignores README.md', () => {
    const root = makeDir({ 'provision/notes.json': '{}', 'provision/README.md': '# notes' });
    const { records, issues } = readContentDir(join(root, 'content'), root);
    expect(records).toEqual([]);
    expect(issues).toEqual([
      {
        file: 'content/provision/notes.json',
        field: '(file name)',
        message: 'must end in .yaml (got ".json"); the site only reads YAML records',
      },
    ]);
  });

  it('reports a missing collection folder', () => {
    const root = makeDir({}, ['areas', 'providers', 'provision']);
    expect(readContentDir(join(root, 'content'), root).issues).toEqual([
      { file: 'content/demand', field: '(folder)', message: 'the demand folder is missing' },
    ]);
  });
});

describe('idFromPath', () => {
  it.each([
    ['content/provision/courses/gwynedd-x.yaml', 'gwynedd-x'],
    ['content/areas/powys.yml', 'powys'],
  ])('%s → %s', (path, id) => expect(idFromPath(path)).toBe(id));
});

describe('loadContent', () => {
  const area = (slug: string) =>
    `code: W06000023\nname: { en: ${slug}, cy: ${slug} }\nslug: ${slug}\nregion: mid\nrural: true\nreportEmail: epc-${slug}@example.org\n`;

  it('reads and validates a folder once, and again only when asked for a fresh read', () => {
    const root = makeDir({ 'areas/powys.yaml': area('powys') });
    const dir = join(root, 'content');
    const first = loadContent(dir);
    expect(first.issues).toEqual([]);
    expect(first.files).toBe(1);
    expect(first.content.areas.map((a) => a.id)).toEqual(['powys']);
    writeFileSync(join(dir, 'areas', 'ceredigion.yaml'), area('ceredigion'));
    // The build's preflight and its content loader share one read: the second call sees the first's result.
    expect(loadContent(dir)).toBe(first);
    expect(loadContent(dir, { fresh: true }).content.areas.map((a) => a.id)).toEqual(['ceredigion', 'powys']);
  });

  it('gathers problems from reading and from validating, with their files', () => {
    const root = makeDir({
      'areas/powys.yaml': area('powys').replace('rural: true', 'rural: maybe'),
      'areas/notes.txt': 'x',
    });
    const { issues } = loadContent(join(root, 'content'));
    expect(issues.map((issue) => [issue.file.replace(/^.*content\//, 'content/'), issue.field])).toEqual([
      ['content/areas/notes.txt', '(file name)'],
      ['content/areas/powys.yaml', 'rural'],
    ]);
  });
});
