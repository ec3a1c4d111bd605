/**
 * Rules for Welsh in the content, each a class of error a Welsh reader corrected (docs/content.md,
 * "Writing Welsh"): checked over every record, so that the next record follows them too.
 */
import { describe, expect, it } from 'vitest';
import cy from '../../src/dictionaries/cy.json' with { type: 'json' };
import { loadContent } from '../../src/lib/content/load.ts';
import { WELSH_PLACE_NAMES } from '../../src/lib/geo/place-names.ts';
import { mutate } from '../../src/lib/i18n/mutate.ts';

const { content } = loadContent('content');

/** Every Welsh text in a record, with where it is. */
const welshTexts = (node: unknown, path: string): [string, string][] => {
  if (node === null || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap((item, i) => welshTexts(item, `${path}[${i}]`));
  return Object.entries(node).flatMap(([key, value]) =>
    key === 'cy' && typeof value === 'string'
      ? [[`${path}.cy`, value] as [string, string]]
      : key === 'nameCy' && typeof value === 'string'
        ? [[`${path}.nameCy`, value] as [string, string]]
        : welshTexts(value, path ? `${path}.${key}` : key),
  );
};
const all = [...content.provision, ...content.providers].flatMap((record) =>
  welshTexts(record, record.id).map(([where, text]) => ({ where, text })),
);

describe('Welsh in the content', () => {
  it('reads the Welsh texts', () => {
    expect(all.length).toBeGreaterThan(500);
  });

  /** The verbs the content uses in their radical (unmutated) form: after "neu" each must be soft-mutated. */
  const RADICAL_VERBS = [
    'gofynnwch',
    'cysylltwch',
    'cyfeiriwch',
    'cofrestrwch',
    'gallwch',
    'llenwch',
    'gwnewch',
    'dewch',
    'galwch',
    'dechreuwch',
    'dysgwch',
    'defnyddiwch',
    'treuliwch',
    'rhowch',
    'mynnwch',
    'peidiwch',
    'dewiswch',
    'cliciwch',
    'porwch',
    'teipiwch',
    'pwyswch',
    'gwasgwch',
  ];

  it('soft-mutates a verb after "neu" (neu ofynnwch, neu gyfeiriwch)', () => {
    const wrong = all.flatMap(({ where, text }) =>
      [...text.matchAll(/\bneu ([\p{L}’'-]+)/giu)]
        .map((m) => (m[1] as string).toLowerCase())
        .filter((verb) => RADICAL_VERBS.includes(verb))
        .map((verb) => `${where}: "neu ${verb}" should be "neu ${mutate(verb, 'soft')}"`),
    );
    expect(wrong).toEqual([]);
    // The rule itself, on the verbs it names.
    expect(RADICAL_VERBS.map((verb) => mutate(verb, 'soft'))).toContain('ofynnwch');
    expect(mutate('cyfeiriwch', 'soft')).toBe('gyfeiriwch');
  });

  it('soft-mutates a verb after "neu" in the site’s own Welsh too (neu ddewiswch)', () => {
    const strings = (node: unknown): string[] =>
      typeof node === 'string' ? [node] : Object.values(node as Record<string, unknown>).flatMap(strings);
    const wrong = strings(cy).flatMap((text) =>
      [...text.matchAll(/\bneu ([\p{L}’'-]+)/giu)]
        .map((m) => (m[1] as string).toLowerCase())
        .filter((verb) => RADICAL_VERBS.includes(verb))
        .map((verb) => `"neu ${verb}" in "${text.slice(0, 60)}…"`),
    );
    expect(wrong).toEqual([]);
  });

  it('writes times the Welsh way (10yb, 3yp), never am or pm', () => {
    const wrong = all.filter(({ text }) => /\d\s?(am|pm|a\.m\.|p\.m\.)\b/i.test(text)).map(({ where }) => where);
    expect(wrong).toEqual([]);
  });

  /** Providers whose English and Welsh names end in different initials: "(DVSC)" and "(CGGSDd)". */
  const initials = content.providers.flatMap(({ name }) => {
    const en = /\(([\p{Lu}][\p{L}]+)\)$/u.exec(name.en)?.[1];
    const welsh = name.cy ? /\(([\p{Lu}][\p{L}]+)\)$/u.exec(name.cy)?.[1] : undefined;
    return en && welsh && en !== welsh ? [{ en, cy: welsh }] : [];
  });

  it('names a body by its Welsh initials in Welsh text (CGGC, not CVSC; CGGSDd, not DVSC)', () => {
    expect(initials).toContainEqual({ en: 'CVSC', cy: 'CGGC' });
    const wrong = all.flatMap(({ where, text }) =>
      initials
        .filter(({ en }) => new RegExp(`\\b${en}\\b`, 'u').test(text))
        .map(({ en, cy: welsh }) => `${where}: "${en}" should be "${welsh}"`),
    );
    expect(wrong).toEqual([]);
  });

  it('says "cysylltwch â", never "cysylltwch eich hun" or a pronoun without "â"', () => {
    const wrong = all
      .filter(({ text }) => /\bcysylltwch (eich|ni|nhw|fi|hi|ef|e)\b/iu.test(text))
      .map(({ where, text }) => `${where}: ${text}`);
    expect(wrong).toEqual([]);
  });

  // "Gofynnwch i Gymru’n Gweithio neu i’ch cynghorydd": "neu" does not carry the "i" on to the next name.
  it('repeats "i" after "neu" in a list of who to ask (neu i’ch cynghorydd)', () => {
    const wrong = all
      .filter(({ text }) => /\bi [^,.;:]+ neu eich\b/iu.test(text))
      .map(({ where, text }) => `${where}: ${text}`);
    expect(wrong).toEqual([]);
  });

  // After a negative, "or" is "na" ("nac" before a vowel), with the aspirate mutation: "heb deitl na chrynodeb".
  // A list may run on with commas ("nad ydynt mewn addysg, hyfforddiant na gwaith"); a question inside the
  // negative is positive again ("nad oes neb yn gwybod a ydyn nhw mewn addysg, hyfforddiant neu waith").
  const NEGATIVE_THEN_NEU =
    /\b(nad (yw|ydy|ydyn|ydynt|ydych|oes)|heb|ddim)\b((?! a (ydy|yw|oes|ydyn|ydynt)\b)[^.;:])*\bneu\b(?!’r llall| os\b)/iu;
  it('writes "na" for "or" after a negative (ddim yn barod am goleg na hyfforddiant)', () => {
    const wrong = all.filter(({ text }) => NEGATIVE_THEN_NEU.test(text)).map(({ where, text }) => `${where}: ${text}`);
    expect(wrong).toEqual([]);
    const strings = (node: unknown): string[] =>
      typeof node === 'string' ? [node] : Object.values(node as Record<string, unknown>).flatMap(strings);
    // The site's own long rules join whole clauses with ", neu"; there the rule reads one clause.
    const WITHIN_CLAUSE = /\b(nad (yw|ydy|ydyn|ydynt|ydych|oes)|heb)\b[^,.;:]*\bneu\b(?!’r llall)/iu;
    expect(strings(cy).filter((text) => WITHIN_CLAUSE.test(text))).toEqual([]);
    // The rule itself.
    expect(NEGATIVE_THEN_NEU.test('nad ydynt yn barod am goleg neu hyfforddiant')).toBe(true);
    expect(NEGATIVE_THEN_NEU.test('nad yw’r lleoedd wedi’u cofnodi ar un pen neu’r llall')).toBe(false);
    expect(NEGATIVE_THEN_NEU.test('nad ydynt mewn addysg, hyfforddiant neu waith')).toBe(true);
    expect(NEGATIVE_THEN_NEU.test('nad oes neb yn gwybod a ydyn nhw mewn addysg, hyfforddiant neu waith')).toBe(false);
  });

  // "wrth Yrfa Cymru neu wrth eu hysgol", "i Gymru’n Gweithio, i’ch meddyg teulu neu i weithiwr": a
  // list after a preposition repeats it before a possessive, and a possessive repeats after "neu".
  it('repeats the preposition and the possessive through a list (neu wrth eu hysgol, eich ysgol neu’ch coleg)', () => {
    const PREPOSITION = /\b(i|wrth|â|ag) [^.;:]+(, | neu )(eich|eu)\b/iu;
    const POSSESSIVE =
      /(?:(?:^|\s)eich|’ch) \p{L}+ neu (?!’ch|eich|eu|ei|i’ch|os|pan|bod|fod|yn|mewn|ar|i|o|gyda|â|am)\p{L}/iu;
    const wrong = all
      .filter(({ text }) => PREPOSITION.test(text) || POSSESSIVE.test(text))
      .map(({ where, text }) => `${where}: ${text}`);
    expect(wrong).toEqual([]);
    expect(POSSESSIVE.test('â’ch ysgol neu goleg')).toBe(true);
    expect(POSSESSIVE.test('colli eich cartref neu os nad oes')).toBe(false);
  });

  // The standard forms keep their article (Y Rhyl, Y Barri); after a word it is lower case ("yn y Rhyl").
  it('writes a place’s article in lower case after a word (yn y Rhyl, glan môr y Rhyl)', () => {
    const names = [...new Set(Object.values(WELSH_PLACE_NAMES))].filter((name) => /^(Y|Yr) /.test(name));
    expect(names).toContain('Y Rhyl');
    const wrong = all.flatMap(({ where, text }) =>
      names
        .filter((name) => new RegExp(`[\\p{Ll}] ${name}\\b`, 'u').test(text.replace(/\s+/g, ' ')))
        .map((name) => `${where}: "${name}" after a word should be "${name.replace(/^Y/, 'y')}"`),
    );
    expect(wrong).toEqual([]);
  });

  it('writes qualification names with their capitals (Lefel Mynediad) and apostrophes as ’', () => {
    const wrong = all
      .filter(({ text }) => /\blefel (Mynediad|\d)/u.test(text) || /\p{L}'\p{L}/u.test(text))
      .map(({ where, text }) => `${where}: ${text}`);
    expect(wrong).toEqual([]);
  });

  it('calls taster sessions "sesiynau blasu", not "blasau"', () => {
    const wrong = all.filter(({ text }) => /\bblasau\b/iu.test(text)).map(({ where }) => where);
    expect(wrong).toEqual([]);
  });

  it('says "eich helpu", never "helpu chi"', () => {
    const wrong = all.filter(({ text }) => /\bhelpu chi\b/i.test(text)).map(({ where }) => where);
    expect(wrong).toEqual([]);
  });
});
