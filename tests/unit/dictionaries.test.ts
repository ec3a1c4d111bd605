import { describe, expect, it } from 'vitest';
import cy from '../../src/dictionaries/cy.json' with { type: 'json' };
import en from '../../src/dictionaries/en.json' with { type: 'json' };
import { dictionarySubset, fallbackSubset, missingFrom } from '../../src/dictionaries/subset.ts';
import { ALL_MONTHS } from '../../src/lib/content/runs.ts';
import { dictionarySchema } from '../../src/lib/i18n/dictionary-schema.ts';
import { leafKeys, pageTranslator } from '../../src/lib/i18n/translate.ts';
import {
  ACCESS_ROUTES,
  APPRENTICESHIP_LEVELS,
  DELIVERY_MODES,
  FINANCIAL_SUPPORT,
  FUNDERS,
  INSTITUTION_TYPES,
  JGW_STRANDS,
  KINDS,
  LANGUAGES,
  LEVELS,
  PRIORITY_GROUPS,
  PROVIDER_TYPES,
  REGIONS,
  RUNS,
  SECTORS,
  SERVICE_TYPES,
  STATUSES,
  TIERS,
} from '../../src/lib/schema/vocabulary.ts';

describe('the UI dictionaries', () => {
  it('are both valid', () => {
    expect(dictionarySchema.safeParse(en).error).toBeUndefined();
    expect(dictionarySchema.safeParse(cy).error).toBeUndefined();
  });

  it('have the same keys in Welsh and English (bilingual parity)', () => {
    const enKeys = leafKeys(en);
    const cyKeys = new Set(leafKeys(cy));
    expect(enKeys.filter((key) => !cyKeys.has(key))).toEqual([]);
    expect([...cyKeys].filter((key) => !enKeys.includes(key))).toEqual([]);
  });

  it('speak to the public: no string names a developer command, a file or the README', () => {
    // An area page once told young people to "bring it back with npm run import (see the README)".
    const strings = (node: unknown): string[] =>
      typeof node === 'string' ? [node] : node && typeof node === 'object' ? Object.values(node).flatMap(strings) : [];
    const developer = /\bnpm\b|\bnode\b|\bREADME\b|\bgit\b|\.(ya?ml|json|ts|csv)\b|\bcontent\//;
    for (const dict of [en, cy]) expect(strings(dict).filter((text) => developer.test(text))).toEqual([]);
  });

  it('give every Welsh count phrase all six plural forms', () => {
    const plurals = Object.entries(cy.count);
    for (const [, forms] of plurals)
      expect(Object.keys(forms).sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
  });

  /** Every controlled vocabulary and the dictionary sections that name its values. */
  const VOCABULARIES: [string, readonly (string | number)[]][] = [
    ['kind', KINDS],
    ['kindPlural', KINDS],
    ['tiers', TIERS],
    ['vocab.region', REGIONS],
    ['vocab.language', LANGUAGES],
    ['vocab.languageLong', LANGUAGES],
    ['vocab.delivery', DELIVERY_MODES],
    ['vocab.level', LEVELS],
    ['vocab.route', ACCESS_ROUTES],
    ['vocab.priorityGroup', PRIORITY_GROUPS],
    ['vocab.financialSupport', FINANCIAL_SUPPORT],
    ['vocab.funder', FUNDERS],
    ['vocab.status', STATUSES],
    ['vocab.sector', SECTORS],
    ['vocab.institutionType', INSTITUTION_TYPES],
    ['vocab.strand', JGW_STRANDS],
    ['vocab.strandText', JGW_STRANDS],
    ['vocab.apprenticeshipLevel', APPRENTICESHIP_LEVELS],
    ['vocab.serviceType', SERVICE_TYPES],
    ['vocab.providerType', PROVIDER_TYPES],
    ['vocab.runs', RUNS],
    ['vocab.month', ALL_MONTHS],
  ];
  const section = (dictionary: unknown, path: string): Record<string, unknown> =>
    path.split('.').reduce((node, part) => (node as Record<string, unknown> | undefined)?.[part], dictionary) as Record<
      string,
      unknown
    >;

  it('map every vocabulary section of the dictionaries to a vocabulary, so none is left unchecked', () => {
    const mapped = new Set(VOCABULARIES.map(([path]) => path));
    expect(Object.keys(en.vocab).filter((name) => !mapped.has(`vocab.${name}`))).toEqual([]);
  });

  it.each(
    VOCABULARIES.flatMap(([path, values]) => (['en', 'cy'] as const).map((lang) => [lang, path, values] as const)),
  )('%s names every value of %s, and nothing else', (lang, path, values) => {
    // Read the dictionary itself, not through the translator, so an English fallback cannot hide a missing Welsh label.
    const names = section({ en, cy }[lang], path);
    expect(Object.keys(names).sort()).toEqual(values.map(String).sort());
    for (const value of values) {
      const name = names[String(value)];
      // Tiers have several phrases each; every other vocabulary has one label per value.
      const phrases = typeof name === 'object' && name !== null ? Object.values(name) : [name];
      for (const phrase of phrases)
        expect(typeof phrase === 'string' && phrase.trim().length > 0, `${lang}: ${path}.${value}`).toBe(true);
    }
  });
});

describe('the strings a page gives its script', () => {
  const sections = ['card', 'map', 'search', 'count.options'];

  it('carry no English twice: none as the fallback of an English page, and on a Welsh page only what Welsh lacks', () => {
    expect(fallbackSubset('en', sections)).toEqual({});
    const welsh = new Set(leafKeys(dictionarySubset('cy', sections)));
    const lacking = leafKeys(dictionarySubset('en', sections)).filter((key) => !welsh.has(key));
    expect(leafKeys(fallbackSubset('cy', sections)).sort()).toEqual(lacking.sort());
  });

  it('find what Welsh lacks at any depth, a plural form included', () => {
    const english = { a: 'A', b: { c: 'C', d: 'D' }, e: { one: '1', other: 'n' }, f: { g: 'G' } };
    const welsh = { a: 'A cy', b: { c: 'C cy' }, e: { other: 'n cy' }, f: { g: 'G cy' } };
    expect(missingFrom(english, welsh)).toEqual({ b: { d: 'D' }, e: { one: '1' } });
    expect(missingFrom(english, undefined)).toEqual(english);
  });

  it('fill a gap in Welsh with English, and leave English alone', () => {
    const english = pageTranslator<'a' | 'b'>({ a: 'A', b: 'B' }, {}, 'en');
    expect([english('a'), english('b')]).toEqual(['A', 'B']);
    const welsh = pageTranslator<'a' | 'b'>({ a: 'Cymraeg' }, { b: 'English' }, 'cy');
    expect([welsh('a'), welsh('b')]).toEqual(['Cymraeg', 'English']);
  });
});
