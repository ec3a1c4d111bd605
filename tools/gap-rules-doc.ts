/** npm run docs:gap-rules — writes docs/gap-rules.md from the gap page's own rule sentences (src/lib/gaps/rules.ts). */
import { writeFileSync } from 'node:fs';
import cy from '../src/dictionaries/cy.json' with { type: 'json' };
import en from '../src/dictionaries/en.json' with { type: 'json' };
import { DEFAULT_GAP_CONFIG } from '../src/lib/gaps/config.ts';
import { GAP_RULES_DOC, gapRules, gapRulesDoc } from '../src/lib/gaps/rules.ts';
import { formatters } from '../src/lib/i18n/format.ts';
import { createTranslator, type Dictionary } from '../src/lib/i18n/translate.ts';

const rules = gapRules(
  createTranslator({ en: en as Dictionary, cy: cy as Dictionary }, 'en'),
  formatters('en'),
  DEFAULT_GAP_CONFIG,
  {
    period: 'the latest period',
    from: 'the earliest',
    date: 'the build date',
  },
);
writeFileSync(GAP_RULES_DOC, gapRulesDoc(rules));
console.log(`Wrote the gap rules into ${GAP_RULES_DOC}`);
