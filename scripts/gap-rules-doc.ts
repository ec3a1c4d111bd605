/** npm run docs:gap-rules — writes the gap analysis's rules into README.md from the page's own sentences (src/lib/gaps/rules.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import cy from '../src/i18n/cy.json' with { type: 'json' };
import en from '../src/i18n/en.json' with { type: 'json' };
import { DEFAULT_GAP_CONFIG } from '../src/lib/gaps/config.ts';
import { gapRules, readmeRules, withRules } from '../src/lib/gaps/rules.ts';
import { formatters } from '../src/lib/i18n/format.ts';
import { createTranslator, type Dictionary } from '../src/lib/i18n/translate.ts';

const rules = gapRules(createTranslator({ en: en as Dictionary, cy: cy as Dictionary }, 'en'), formatters('en'), DEFAULT_GAP_CONFIG, {
  period: 'the latest period',
  date: 'the build date',
});
writeFileSync('README.md', withRules(readFileSync('README.md', 'utf8'), readmeRules(rules)));
console.log('Wrote the gap rules into README.md');
