/**
 * Welsh text that is generated: lists joined with "a"/"ac" (numbers as read aloud, the aspirate
 * mutation, mid-list capitals) and placeholders after "a", "â", "gyda" and "tua" in the
 * dictionaries' templates. Every expected string is written as a Welsh speaker writes it.
 */
import { describe, expect, it } from 'vitest';
import cy from '../../src/dictionaries/cy.json' with { type: 'json' };
import en from '../../src/dictionaries/en.json' with { type: 'json' };
import { formatters, midListPhrase } from '../../src/lib/i18n/format.ts';
import { createTranslator, type Dictionary } from '../../src/lib/i18n/translate.ts';

const f = formatters('cy');

describe('lists in Welsh', () => {
  it.each([
    [[1, 2], '1 a 2'],
    [[2, 1], '2 ac 1'],
    [[2, 3, 8], '2, 3 ac 8'],
    [[4, 11], '4 ac 11'],
    [[4, 18], '4 a 18'],
    [['Caerdydd', 'Casnewydd'], 'Caerdydd a Chasnewydd'],
    [['Gwynedd', 'Powys'], 'Gwynedd a Phowys'],
    [['Conwy', 'Tor-faen'], 'Conwy a Thor-faen'],
    [['Gorffennaf', 'Awst'], 'Gorffennaf ac Awst'],
    [['Y Rhyl', 'Y Barri'], 'Y Rhyl a’r Barri'],
    [['Caerdydd', 'Theatr Clwyd'], 'Caerdydd a Theatr Clwyd'],
  ] as const)('%j → %s', (items, expected) => {
    expect(f.list(items)).toBe(expected);
  });

  it('writes phrases after the first in lower case, mutated after "a", keeping names and acronyms', () => {
    expect(f.list(['Cyfiawnder ieuenctid', 'Cymorth i deuluoedd'], { phrases: true })).toBe(
      'Cyfiawnder ieuenctid a chymorth i deuluoedd',
    );
    expect(f.list(['Gofalwyr ifanc', 'Yn cael addysg heblaw yn yr ysgol'], { phrases: true })).toBe(
      'Gofalwyr ifanc ac yn cael addysg heblaw yn yr ysgol',
    );
    expect(midListPhrase('Saesneg fel iaith ychwanegol')).toBe('Saesneg fel iaith ychwanegol');
    expect(midListPhrase('ADY')).toBe('ADY');
    expect(formatters('en').list(['Care leavers', 'Young carers'], { phrases: true })).toBe(
      'Care leavers and young carers',
    );
    expect(formatters('en').list(['Care leavers', 'Young carers'])).toBe('Care leavers and Young carers');
  });

  it('lower-cases every priority group and support type in mid-list but the ones that start with a name', () => {
    const labels = [...Object.values(cy.vocab.priorityGroup), ...Object.values(cy.vocab.serviceType)];
    for (const label of labels) {
      const mid = midListPhrase(label);
      const first = label.split(' ')[0] ?? '';
      if (['Saesneg', 'Cymraeg'].includes(first) || /^.[A-Z]/.test(first)) expect(mid).toBe(label);
      else expect(mid.charAt(0)).toBe(label.charAt(0).toLowerCase());
    }
  });
});

describe('placeholders after a word that a value changes', () => {
  const dict = (template: string) =>
    createTranslator<'x'>({ en: { x: template } as Dictionary, cy: { x: template } as Dictionary }, 'cy');
  it.each([
    ['{welsh} Cymraeg a {bilingual} dwyieithog', { welsh: 1, bilingual: 8 }, '1 Cymraeg ac 8 dwyieithog'],
    ['{welsh} Cymraeg a {bilingual} dwyieithog', { welsh: 1, bilingual: 2 }, '1 Cymraeg a 2 dwyieithog'],
    ['ac un â {thin} neu lai', { thin: 1 }, 'ac un ag 1 neu lai'],
    ['ac un â {thin} neu lai', { thin: 2 }, 'ac un â 2 neu lai'],
    ['Cyfiawnder ieuenctid a {next}', { next: 'Cymorth i deuluoedd' }, 'Cyfiawnder ieuenctid a Chymorth i deuluoedd'],
    ['gyda {place}', { place: 'Abertawe' }, 'gydag Abertawe'],
    ['tua {place}', { place: 'Pwllheli' }, 'tua Phwllheli'],
    ['{first} a {more} arall', { first: 'Coleg Cambria', more: '11' }, 'Coleg Cambria ac 11 arall'],
    ['Ger {place}', { place: 'Y Barri' }, 'Ger y Barri'],
    ['Map o {place}', { place: 'Y Rhyl' }, 'Map o’r Rhyl'],
    ['{place}: 3 km', { place: 'Y Barri' }, 'Y Barri: 3 km'],
    ['Mae {place} yn agos', { place: 'Yr Wyddgrug' }, 'Mae’r Wyddgrug yn agos'],
    // "a" inside a word, or not right before the placeholder, is left alone.
    ['Cymraeg {n}', { n: 8 }, 'Cymraeg 8'],
    ['data {n}', { n: 8 }, 'data 8'],
  ] as const)('%s', (template, vars, expected) => {
    expect(dict(template)('x', vars)).toBe(expected);
  });

  it('leaves English alone', () => {
    const t = createTranslator<'x'>({ en: { x: 'a {n}' } as Dictionary, cy: {} as Dictionary }, 'en');
    expect(t('x', { n: 8 })).toBe('a 8');
  });

  it('fills the site’s own Welsh templates by the rule: "ac 8 dwyieithog", never "a 8"', () => {
    const t = createTranslator({ en: en as Dictionary, cy: cy as Dictionary }, 'cy');
    expect(t('gaps.s3.cell', { welsh: '1', bilingual: '8', total: '9', share: '100%' })).toContain(
      '1 Cymraeg ac 8 dwyieithog',
    );
  });
});
