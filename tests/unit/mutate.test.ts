/** Welsh mutations after yn, o, i and drwy (lib/i18n/mutate.ts), on every council's Welsh name. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { mutate, withHer, withWord } from '../../src/lib/i18n/mutate.ts';
import { spokenStart, startsWithVowelSound } from '../../src/lib/i18n/numerals.ts';
import { createTranslator } from '../../src/lib/i18n/translate.ts';

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

describe('the mutation rules every template can use', () => {
  it('never mutates ch, ph or th, which are letters of their own', () => {
    expect(withWord('yn', 'Theatr Clwyd')).toBe('yn Theatr Clwyd');
    expect(withWord('o', 'Theatr Clwyd')).toBe('o Theatr Clwyd');
    expect(withWord('yn', 'Phoenix')).toBe('yn Phoenix');
    expect(withWord('a', 'Chwilog')).toBe('a Chwilog');
    expect(mutate('Theatr', 'nasal')).toBe('Theatr');
  });

  it('keeps the article of a name: lower case after a consonant, ’r after a vowel', () => {
    expect(withWord('yn', 'Y Barri')).toBe('yn y Barri');
    expect(withWord('o', 'Y Barri')).toBe('o’r Barri');
    expect(withWord('i', 'Y Rhyl')).toBe('i’r Rhyl');
    expect(withWord('yn', 'Y Rhyl')).toBe('yn y Rhyl');
    expect(withWord('drwy', 'Y Fenni')).toBe('drwy’r Fenni');
    expect(withWord('a', 'Y Trallwng')).toBe('a’r Trallwng');
    expect(withWord('ar', 'Yr Wyddgrug')).toBe('ar yr Wyddgrug');
    expect(withWord('o', 'Yr Wyddgrug')).toBe('o’r Wyddgrug');
    expect(withWord('gyda', 'Y Bala')).toBe('gyda’r Bala');
    // "Ynys Môn" begins with Y but has no article.
    expect(withWord('o', 'Ynys Môn')).toBe('o Ynys Môn');
  });

  it.each([
    ['am', 'Caerdydd', 'am Gaerdydd'],
    ['ar', 'Bangor', 'ar Fangor'],
    ['at', 'Powys', 'at Bowys'],
    ['gan', 'Coleg Gwent', 'gan Goleg Gwent'],
    ['heb', 'Llanelli', 'heb Lanelli'],
    ['dan', 'Tor-faen', 'dan Dor-faen'],
    ['dros', 'Gwynedd', 'dros Wynedd'],
    ['trwy', 'Rhondda Cynon Taf', 'trwy Rondda Cynon Taf'],
    ['wrth', 'Merthyr Tudful', 'wrth Ferthyr Tudful'],
    ['hyd', 'Dinbych', 'hyd Ddinbych'],
    ['neu', 'Pen-y-bont ar Ogwr', 'neu Ben-y-bont ar Ogwr'],
  ] as const)('softly mutates after %s: %s', (word, name, expected) => {
    expect(withWord(word, name)).toBe(expected);
  });

  it.each([
    ['a', 'Cymorth i deuluoedd', 'a Chymorth i deuluoedd'],
    ['a', 'Powys', 'a Phowys'],
    ['a', 'Tor-faen', 'a Thor-faen'],
    ['â', 'Coleg Cambria', 'â Choleg Cambria'],
    ['gyda', 'Caerdydd', 'gyda Chaerdydd'],
    ['tua', 'Pwllheli', 'tua Phwllheli'],
    ['a', 'Gwynedd', 'a Gwynedd'],
    ['a', 'Abertawe', 'ac Abertawe'],
    ['â', 'Ynys Môn', 'ag Ynys Môn'],
    ['gyda', 'Wrecsam', 'gydag Wrecsam'],
    ['tua', 'Aberystwyth', 'tuag Aberystwyth'],
    // "tua" before a number is "about": it stays "tua".
    ['tua', '8', 'tua 8'],
    ['tua', '80', 'tua 80'],
    ['a', '£8', 'ac £8'],
    ['a', '8', 'ac 8'],
    ['a', '1', 'ac 1'],
    ['a', '11', 'ac 11'],
    ['a', '2', 'a 2'],
    ['a', '18', 'a 18'],
  ] as const)('after %s: %s', (word, name, expected) => {
    expect(withWord(word, name)).toBe(expected);
  });

  it('never mutates a listed name or an acronym', () => {
    expect(withWord('a', 'Prince’s Trust')).toBe('a Prince’s Trust');
    expect(withWord('o', 'PAVO (Cymdeithas Mudiadau Gwirfoddol Powys)')).toBe(
      'o PAVO (Cymdeithas Mudiadau Gwirfoddol Powys)',
    );
    expect(withWord('a', 'C3SC')).toBe('a C3SC');
  });
});

describe('"na" and "ei" (her)', () => {
  it('"na" (than) aspirates, and is "nag" before a vowel sound, numbers read aloud included', () => {
    expect(withWord('na', 'chant')).toBe('na chant');
    expect(withWord('na', 'cant')).toBe('na chant');
    expect(withWord('na', 'theitl')).toBe('na theitl');
    expect(withWord('na', 'un')).toBe('nag un');
    expect(withWord('na', '8')).toBe('nag 8');
    expect(withWord('na', '11')).toBe('nag 11');
    expect(withWord('na', '12')).toBe('na 12');
    expect(withWord('na', 'hynny')).toBe('na hynny');
  });

  it('fills "mwy na {months}" the same way in any template', () => {
    const t = createTranslator<string>({ en: { x: 'more than {n}' }, cy: { x: 'mwy na {n} mis' } }, 'cy');
    expect(t('x', { n: 8 })).toBe('mwy nag 8 mis');
    expect(t('x', { n: 12 })).toBe('mwy na 12 mis');
  });

  it('"ei" (her) aspirates c/p/t, adds h- before a vowel, and leaves names that never mutate', () => {
    expect(withHer('cwrs')).toBe('ei chwrs');
    expect(withHer('tîm')).toBe('ei thîm');
    expect(withHer('prentisiaeth')).toBe('ei phrentisiaeth');
    expect(withHer('ardal')).toBe('ei hardal');
    expect(withHer('enw')).toBe('ei henw');
    expect(withHer('merch')).toBe('ei merch');
    expect(withHer('theatr')).toBe('ei theatr');
    expect(withHer('PAVO')).toBe('ei PAVO');
  });
});

describe('how a number begins when read aloud', () => {
  it.each([
    [0, 'dim'],
    [1, 'un'],
    [8, 'wyth'],
    [11, 'un ar ddeg'],
    [16, 'un ar bymtheg'],
    [18, 'deunaw'],
    [20, 'dau'],
    [81, 'wyth'],
    [100, 'cant'],
    [150, 'cant'],
    [800, 'wyth'],
    [1000, 'mil'],
    [8000, 'wyth'],
    [11000, 'un ar ddeg'],
    [2_000_000, 'dau'],
  ])('%i begins "%s"', (n, start) => {
    expect(spokenStart(n)).toBe(start);
  });

  it('reads digits with thousands commas as the number, and words by their letters', () => {
    expect(startsWithVowelSound('8,000')).toBe(true);
    expect(startsWithVowelSound('1,234')).toBe(false);
    expect(startsWithVowelSound('12.5')).toBe(false);
    expect(startsWithVowelSound('ysgol')).toBe(true);
    expect(startsWithVowelSound('Ŵyl')).toBe(true);
    expect(startsWithVowelSound('haen')).toBe(false);
  });
});
