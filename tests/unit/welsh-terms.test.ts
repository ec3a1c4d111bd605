/** The Welsh dictionary uses one word per idea, as docs/welsh-terms.md lists them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import cy from '../../src/dictionaries/cy.json' with { type: 'json' };
import { mutate } from '../../src/lib/i18n/mutate.ts';

const rows = readFileSync('docs/welsh-terms.md', 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('| ') && !line.startsWith('| English') && !line.startsWith('| ---'))
  .map((line) => line.split('|').map((cell) => cell.trim()))
  .map(([, english = '', welsh = '', source = '', not = '']) => ({
    english,
    welsh: welsh.split(',').map((w) => w.trim()),
    source,
    not: not
      .split(',')
      .map((w) => w.trim())
      .filter(Boolean),
  }));

const strings = (node: unknown): string[] =>
  typeof node === 'string' ? [node] : Object.values(node as Record<string, unknown>).flatMap(strings);
const text = strings(cy).join('\n');
/** A word on its own (not inside another word), in any case, with or without a soft-mutated first letter. */
const word = (w: string) => new RegExp(`(^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu');

describe('Welsh terms, one per idea', () => {
  it('reads the table', () => {
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const row of rows) expect(row.source, row.english).not.toBe('');
  });

  it.each(rows.map((row) => [row.english, row] as const))('%s: the term is used', (_, row) => {
    // As written, or mutated by the word before it ("unrhyw fethiannau").
    const forms = row.welsh.flatMap((w) => [w, ...(['soft', 'nasal', 'aspirate'] as const).map((m) => mutate(w, m))]);
    expect(
      forms.some((w) => word(w).test(text)),
      row.welsh.join(', '),
    ).toBe(true);
  });

  it.each(rows.filter((row) => row.not.length > 0).map((row) => [row.english, row] as const))(
    '%s: no other word for it',
    (_, row) => {
      // The word as written, and after a soft, nasal or aspirate mutation ("dolen ddilyniant").
      const forms = row.not.flatMap((w) => [w, ...(['soft', 'nasal', 'aspirate'] as const).map((m) => mutate(w, m))]);
      for (const avoided of new Set(forms)) {
        const found = strings(cy).filter((s) => word(avoided).test(s));
        expect(found, `"${avoided}" in cy.json`).toEqual([]);
      }
    },
  );
});
