/** npm run schema:docs — regenerates docs/schema.md from the schema's descriptions. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { schemaDocs } from '../src/lib/content/schema-docs.ts';

mkdirSync('docs', { recursive: true });
writeFileSync('docs/schema.md', schemaDocs());
console.log('Wrote docs/schema.md');
