import { describe, expect, it } from 'vitest';
import cy from '../../src/i18n/cy.json' with { type: 'json' };
import en from '../../src/i18n/en.json' with { type: 'json' };
import { KINDS, PRIORITY_GROUPS, SECTORS, SERVICE_TYPES } from '../../src/lib/content/vocabulary.ts';
import { dictionarySchema } from '../../src/lib/i18n/dictionary-schema.ts';
import { createTranslator, leafKeys } from '../../src/lib/i18n/translate.ts';

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

  it('give every Welsh count phrase all six plural forms', () => {
    const plurals = Object.entries(cy.count);
    for (const [, forms] of plurals) expect(Object.keys(forms).sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
  });

  it('label every value of the controlled vocabularies in both languages', () => {
    for (const lang of ['en', 'cy'] as const) {
      const t = createTranslator({ en, cy }, lang, (key) => {
        throw new Error(`missing ${lang} text for ${key}`);
      });
      for (const kind of KINDS) expect(t(`kind.${kind}`)).not.toBe('');
      for (const sector of SECTORS) expect(t(`vocab.sector.${sector}`)).not.toBe('');
      for (const group of PRIORITY_GROUPS) expect(t(`vocab.priorityGroup.${group}`)).not.toBe('');
      for (const type of SERVICE_TYPES) expect(t(`vocab.serviceType.${type}`)).not.toBe('');
    }
  });
});
