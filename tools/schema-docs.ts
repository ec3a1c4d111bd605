/** npm run schema:docs — regenerates docs/schema.md from the schema's descriptions, and docs/import.md from the importer's columns. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { schemaDocs } from '../src/lib/schema/schema-docs.ts';
import { importDocs } from '../src/lib/sheets/columns-doc.ts';

mkdirSync('docs', { recursive: true });
writeFileSync('docs/schema.md', schemaDocs());
writeFileSync('docs/import.md', importDocs());
console.log('Wrote docs/schema.md and docs/import.md');
