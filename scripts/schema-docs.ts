/** npm run schema:docs — regenerates docs/schema.md from the schema's descriptions, and docs/import.md from the importer's columns. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { importDocs } from '../src/lib/content/import-docs.ts';
import { schemaDocs } from '../src/lib/content/schema-docs.ts';

mkdirSync('docs', { recursive: true });
writeFileSync('docs/schema.md', schemaDocs());
writeFileSync('docs/import.md', importDocs());
console.log('Wrote docs/schema.md and docs/import.md');
