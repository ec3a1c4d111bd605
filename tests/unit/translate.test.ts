import { describe, expect, it, vi } from 'vitest';
import { dictionarySchema } from '../../src/lib/i18n/dictionary-schema.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import { createTranslator, type Dictionary, leafKeys } from '../../src/lib/i18n/translate.ts';

const dictionaries: Record<Locale, Dictionary> = {
  en: {
    greeting: 'Hello {name}',
    onlyEnglish: 'Only in English',
    nested: { deeper: { leaf: 'Leaf' } },
    places: { one: '{count} place', other: '{count} places' },
  },
  cy: {
    greeting: 'Helo {name}',
    nested: { deeper: { leaf: 'Deilen' } },
    places: {
      zero: 'Dim lleoedd',
      one: '{count} lle',
      two: '{count} le',
      few: '{count} lle (ychydig)',
      many: '{count} lle (llawer)',
      other: '{count} lle (arall)',
    },
  },
};

describe('createTranslator', () => {
  it('looks up nested keys in each language and fills in values', () => {
    expect(createTranslator<string>(dictionaries, 'en')('greeting', { name: 'Siân' })).toBe('Hello Siân');
    expect(createTranslator<string>(dictionaries, 'cy')('greeting', { name: 'Siân' })).toBe('Helo Siân');
    expect(createTranslator<string>(dictionaries, 'cy')('nested.deeper.leaf')).toBe('Deilen');
  });

  it('falls back to English when the Welsh is missing, and says so', () => {
    const onFallback = vi.fn();
    const t = createTranslator<string>(dictionaries, 'cy', onFallback);
    expect(t('onlyEnglish')).toBe('Only in English');
    expect(onFallback).toHaveBeenCalledWith('onlyEnglish');
    expect(t.has('onlyEnglish')).toBe(false);
    expect(t.has('greeting')).toBe(true);
  });

  it('throws, naming the key, when a key exists in neither language', () => {
    expect(() => createTranslator<string>(dictionaries, 'cy')('nope.missing')).toThrow(
      'Unknown UI string "nope.missing"',
    );
  });

  it('leaves unknown placeholders visible rather than dropping them', () => {
    expect(createTranslator<string>(dictionaries, 'en')('greeting')).toBe('Hello {name}');
  });

  // Welsh has six plural categories; each count must pick its own phrase.
  it.each([
    [0, 'Dim lleoedd'],
    [1, '1 lle'],
    [2, '2 le'],
    [3, '3 lle (ychydig)'],
    [6, '6 lle (llawer)'],
    [7, '7 lle (arall)'],
    [10, '10 lle (arall)'],
  ])('Welsh plural for %i → %s', (count, expected) => {
    expect(createTranslator<string>(dictionaries, 'cy').plural('places', count)).toBe(expected);
  });

  // A zero form starts a sentence; after a word it is lower case, whichever template it fills.
  it.each([
    ['Map yn dangos {count}.', 'Map yn dangos dim lleoedd.'],
    ['Ar y map, {count}.', 'Ar y map, dim lleoedd.'],
    ['{count}.', 'Dim lleoedd.'],
    ['Un. {count}.', 'Un. Dim lleoedd.'],
    ['({count})', '(Dim lleoedd)'],
  ])('Welsh zero form in “%s” → %s', (template, expected) => {
    const dicts = { en: { x: 'x {count}' }, cy: { x: template, n: dictionaries.cy.places as Dictionary } };
    const t = createTranslator<string>(dicts as Record<Locale, Dictionary>, 'cy');
    expect(t('x', { count: t.plural('n', 0) })).toBe(expected);
  });

  it.each([
    [1, '1 place'],
    [5, '5 places'],
    [0, '0 places'],
    [1234, '1,234 places'],
  ])('English plural for %i → %s', (count, expected) => {
    expect(createTranslator<string>(dictionaries, 'en').plural('places', count)).toBe(expected);
  });
});

describe('dictionarySchema and leafKeys', () => {
  it('accepts strings, plural phrases and nesting; rejects other leaves', () => {
    expect(dictionarySchema.safeParse(dictionaries.cy).success).toBe(true);
    expect(dictionarySchema.safeParse({ a: 3 }).success).toBe(false);
    expect(dictionarySchema.safeParse({ a: '' }).success).toBe(false);
  });

  it('flattens to dotted keys, counting a plural phrase as one key', () => {
    expect(leafKeys(dictionaries.en)).toEqual(['greeting', 'onlyEnglish', 'nested.deeper.leaf', 'places']);
  });
});
