import { describe, expect, it } from 'vitest';
import cy from '../../src/i18n/cy.json' with { type: 'json' };
import en from '../../src/i18n/en.json' with { type: 'json' };
import { formatDate, startsLabel, tiersForProfessionals, tiersInWords, whereLabel } from '../../src/lib/content/labels.ts';
import type { Provision } from '../../src/lib/content/schema.ts';
import { createTranslator } from '../../src/lib/i18n/translate.ts';

const tEn = createTranslator({ en, cy }, 'en');
const tCy = createTranslator({ en, cy }, 'cy');
const names = {
  area: (id: string) => ({ powys: 'Powys', ceredigion: 'Ceredigion' })[id] ?? id,
  town: (town: string) => (town === 'Ammanford' ? 'Rhydaman' : town),
};
const base = { tiers: [2, 3], walesWide: false, areas: ['powys'], venues: [], delivery: 'in-person', starts: 'rolling' } as unknown as Provision;

describe('labels', () => {
  it('formats dates in each language', () => {
    expect(formatDate('2026-06-12', 'en')).toBe('12 June 2026');
    expect(formatDate('2026-06-12', 'cy')).toBe('12 Mehefin 2026');
  });

  it('says when it starts', () => {
    expect(startsLabel(base, tEn)).toBe('Any time');
    expect(startsLabel({ ...base, starts: 'september' } as Provision, tCy)).toBe('Medi');
    expect(startsLabel({ ...base, starts: { dates: ['2027-01-11', '2027-04-19'] } } as Provision, tEn)).toBe('11 January 2027, 19 April 2027');
  });

  it('puts tiers into plain words, and into numbered words for professionals', () => {
    expect(tiersInWords(base, tEn)).toBe('Not ready for work or learning yet; Ready to find work or learning');
    expect(tiersForProfessionals(base, tCy)).toBe('Haen 2 (Ddim yn barod am waith neu ddysgu eto), Haen 3 (Yn barod i ddod o hyd i waith neu ddysgu)');
  });

  it('says where, with Welsh town names on Welsh pages', () => {
    const venue = { name: 'Campus', town: 'Ammanford', lat: 51.79, lon: -3.99 };
    expect(whereLabel({ ...base, venues: [venue] } as Provision, tCy, names)).toBe('Rhydaman');
    expect(whereLabel(base, tEn, names)).toBe('Powys');
    expect(whereLabel({ ...base, walesWide: true, areas: [] } as Provision, tEn, names)).toBe('Anywhere in Wales');
    expect(whereLabel({ ...base, walesWide: true, delivery: 'online' } as Provision, tCy, names)).toBe('Unrhyw le yng Nghymru (Ar-lein)');
    expect(whereLabel({ ...base, delivery: 'outreach' } as Provision, tEn, names)).toBe('Comes to you (Powys)');
    const many = ['A', 'B', 'C', 'D'].map((town) => ({ ...venue, town }));
    expect(whereLabel({ ...base, venues: many } as Provision, tEn, names)).toBe('A, B and 2 more');
  });
});
