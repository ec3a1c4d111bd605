import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaDocs } from '../../src/lib/schema/schema-docs.ts';

describe('docs/schema.md', () => {
  it('matches the schema (run `npm run schema:docs` after changing src/lib/schema/schema.ts)', () => {
    expect(readFileSync('docs/schema.md', 'utf8')).toBe(schemaDocs());
  });

  it('documents every provision kind and the cross-field notes', () => {
    const docs = schemaDocs();
    for (const kind of ['course', 'jgw', 'apprenticeship', 'volunteering', 'support'])
      expect(docs).toContain(`### \`kind: ${kind}\``);
    expect(docs).toContain('| `tiers` | yes | list of integer 1–5 |');
    expect(docs).toContain('| `strand` | yes | `engagement` \\| `advancement` \\| `employment` |');
  });
});
