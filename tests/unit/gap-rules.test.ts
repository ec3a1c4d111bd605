/** The gap analysis's rules are stated once: the page prints gapRules, and the README's list is generated from it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.ts';
import { DEFAULT_GAP_CONFIG } from '../../src/lib/gaps/config.ts';
import { gapRules, README_RULES_END, README_RULES_START, RULE_SECTIONS, readmeRules, withRules } from '../../src/lib/gaps/rules.ts';
import { formatters } from '../../src/lib/i18n/format.ts';

const words = { period: 'the latest period', date: 'the build date' };

describe('the gap rules, stated once', () => {
  it('are in the README exactly as the page words them (run `npm run docs:gap-rules` after changing a rule)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = readme.slice(readme.indexOf(README_RULES_START), readme.indexOf(README_RULES_END) + README_RULES_END.length);
    expect(block).toBe(readmeRules(gapRules(translator('en'), formatters('en'), DEFAULT_GAP_CONFIG, words)));
  });

  it('carry the thresholds in use, in both languages', () => {
    const config = { ...DEFAULT_GAP_CONFIG, reachKm: 25, thinAtMost: 2, duplication: { ...DEFAULT_GAP_CONFIG.duplication, minScore: 0.75 } };
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

  it('replaces only the marked block, and says so when the markers are missing', () => {
    expect(withRules(`a\n${README_RULES_START}\nold\n${README_RULES_END}\nb`, 'NEW')).toBe('a\nNEW\nb');
    expect(() => withRules('no markers', 'NEW')).toThrow('README.md: the gap rules markers are missing');
  });
});
