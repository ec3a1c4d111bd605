/** The gap analysis's rules are stated once: the page prints gapRules, and docs/gap-rules.md is generated from it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/dictionaries/index.ts';
import { DEFAULT_GAP_CONFIG } from '../../src/lib/gaps/config.ts';
import { GAP_RULES_DOC, gapRules, gapRulesDoc, RULE_SECTIONS } from '../../src/lib/gaps/rules.ts';
import { formatters } from '../../src/lib/i18n/format.ts';

const words = { period: 'the latest period', date: 'the build date', from: 'the earliest' };

describe('the gap rules, stated once', () => {
  it('are in docs/gap-rules.md exactly as the page words them (run `npm run docs:gap-rules` after changing a rule)', () => {
    expect(readFileSync(GAP_RULES_DOC, 'utf8')).toBe(
      gapRulesDoc(gapRules(translator('en'), formatters('en'), DEFAULT_GAP_CONFIG, words)),
    );
  });

  it('carry the thresholds in use, in both languages', () => {
    const config = {
      ...DEFAULT_GAP_CONFIG,
      reachKm: 25,
      thinAtMost: 2,
      duplication: { ...DEFAULT_GAP_CONFIG.duplication, minScore: 0.75 },
    };
    for (const lang of ['en', 'cy'] as const) {
      const rules = gapRules(translator(lang), formatters(lang), config, words);
      expect(rules.sections.s7.rules[0]).toContain('25 km');
      expect(rules.sections.s1.rules[0]).toContain(' 2 ');
      expect(rules.sections.s5.rules[0]).toContain('0.75');
      for (const section of RULE_SECTIONS)
        expect(
          rules.sections[section].rules.every((rule) => rule.length > 40 && !rule.includes('{')),
          `${lang} ${section}`,
        ).toBe(true);
    }
  });
});
