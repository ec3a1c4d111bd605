/** Welsh mutations after yn, o, i and drwy (lib/i18n/mutate.ts), on every council's Welsh name. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { mutate, withWord } from '../../src/lib/i18n/mutate.ts';

/** Written out by hand, as a Welsh speaker writes them. */
const EXPECTED: Record<string, { yn: string; o: string }> = {
  'Blaenau Gwent': { yn: 'ym Mlaenau Gwent', o: 'o Flaenau Gwent' },
  'Pen-y-bont ar Ogwr': { yn: 'ym Mhen-y-bont ar Ogwr', o: 'o Ben-y-bont ar Ogwr' },
  Caerffili: { yn: 'yng Nghaerffili', o: 'o Gaerffili' },
  Caerdydd: { yn: 'yng Nghaerdydd', o: 'o Gaerdydd' },
  'Sir Gaerfyrddin': { yn: 'yn Sir Gaerfyrddin', o: 'o Sir Gaerfyrddin' },
  Ceredigion: { yn: 'yng Ngheredigion', o: 'o Geredigion' },
  Conwy: { yn: 'yng Nghonwy', o: 'o Gonwy' },
  'Sir Ddinbych': { yn: 'yn Sir Ddinbych', o: 'o Sir Ddinbych' },
  'Sir y Fflint': { yn: 'yn Sir y Fflint', o: 'o Sir y Fflint' },
  Gwynedd: { yn: 'yng Ngwynedd', o: 'o Wynedd' },
  'Ynys Môn': { yn: 'yn Ynys Môn', o: 'o Ynys Môn' },
  'Merthyr Tudful': { yn: 'ym Merthyr Tudful', o: 'o Ferthyr Tudful' },
  'Sir Fynwy': { yn: 'yn Sir Fynwy', o: 'o Sir Fynwy' },
  'Castell-nedd Port Talbot': { yn: 'yng Nghastell-nedd Port Talbot', o: 'o Gastell-nedd Port Talbot' },
  Casnewydd: { yn: 'yng Nghasnewydd', o: 'o Gasnewydd' },
  'Sir Benfro': { yn: 'yn Sir Benfro', o: 'o Sir Benfro' },
  Powys: { yn: 'ym Mhowys', o: 'o Bowys' },
  'Rhondda Cynon Taf': { yn: 'yn Rhondda Cynon Taf', o: 'o Rondda Cynon Taf' },
  Abertawe: { yn: 'yn Abertawe', o: 'o Abertawe' },
  'Tor-faen': { yn: 'yn Nhor-faen', o: 'o Dor-faen' },
  'Bro Morgannwg': { yn: 'ym Mro Morgannwg', o: 'o Fro Morgannwg' },
  Wrecsam: { yn: 'yn Wrecsam', o: 'o Wrecsam' },
};

describe('Welsh names after a word that mutates them', () => {
  it('covers all 22 councils as their records name them', () => {
    const names = loadContent('content').content.areas.map((area) => area.name.cy);
    expect(names.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s: after yn (nasal), o and i (soft)', (name, { yn, o }) => {
    expect(withWord('yn', name)).toBe(yn);
    expect(withWord('o', name)).toBe(o);
    expect(withWord('i', name)).toBe(`i ${o.slice(2)}`);
  });

  it('mutates organisation names and keeps lower case where it was', () => {
    expect(withWord('drwy', 'Cymru’n Gweithio')).toBe('drwy Gymru’n Gweithio');
    expect(withWord('i', 'Gyrfa Cymru')).toBe('i Yrfa Cymru');
    expect(withWord('o', 'Llwybrau')).toBe('o Lwybrau');
    expect(mutate('trydanwr', 'soft')).toBe('drydanwr');
    expect(mutate('Abertawe', 'nasal')).toBe('Abertawe');
  });
});

describe('the Welsh dictionary never glues a name onto a word that mutates it', () => {
  it('has no name placeholder straight after yn, o, i, drwy or another mutating word', async () => {
    const cy = (await import('../../src/dictionaries/cy.json', { with: { type: 'json' } })).default as Record<
      string,
      unknown
    >;
    const NAMES = ['area', 'place', 'name', 'town', 'provider', 'title', 'first', 'region', 'organisation'];
    const MUTATING = [
      'yn',
      'o',
      'i',
      'drwy',
      'trwy',
      'am',
      'ar',
      'at',
      'dan',
      'dros',
      'gan',
      'heb',
      'hyd',
      'wrth',
      'a',
      'â',
      'gyda',
      'na',
      'ei',
      'dy',
      'fy',
    ];
    const glued = new RegExp(`(?:^|[\\s“(])(${MUTATING.join('|')})\\s+\\{(${NAMES.join('|')})\\}`, 'iu');
    const found: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (typeof node === 'string') {
        const match = glued.exec(node);
        if (match) found.push(`${path}: "${match[0].trim()}"`);
      } else if (node && typeof node === 'object')
        for (const [key, value] of Object.entries(node)) walk(value, path ? `${path}.${key}` : key);
    };
    walk(cy, '');
    expect(found).toEqual([]);
  });
});
