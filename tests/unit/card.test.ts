/** The card model: every rule of what a card says, in one table, in both languages. */
import { describe, expect, it } from 'vitest';
import cy from '../../src/dictionaries/cy.json' with { type: 'json' };
import en from '../../src/dictionaries/en.json' with { type: 'json' };
import {
  type CardOptions,
  type CardSource,
  cardModel,
  factValue,
  priorityGroupsFor,
  tiersForProfessionals,
} from '../../src/lib/cards/card.ts';
import { formatters } from '../../src/lib/i18n/format.ts';
import { createTranslator } from '../../src/lib/i18n/translate.ts';

const t = { en: createTranslator({ en, cy }, 'en'), cy: createTranslator({ en, cy }, 'cy') };
const areaName = (id: string) =>
  ({ powys: 'Powys', ceredigion: 'Ceredigion', gwynedd: 'Gwynedd', conwy: 'Conwy' })[id] ?? id;
const options: CardOptions = { detailPath: '/en/provision/:id/', areaName };

const doc = (over: Partial<CardSource> = {}): CardSource => ({
  id: 'powys-motor',
  kind: 'course',
  title: { en: 'Motor vehicle', cy: 'Cerbydau modur' },
  providerName: { en: 'NPTC Group of Colleges', cy: 'Grŵp Colegau NPTC' },
  tiers: [2, 3],
  areas: ['powys'],
  walesWide: false,
  language: 'bilingual',
  delivery: 'in-person',
  starts: 'rolling',
  towns: { en: ['Newtown'], cy: ['Y Drenewydd'] },
  illustrative: false,
  routes: ['apply-to-provider'],
  priorityGroups: [],
  onlyForPriorityGroups: false,
  lastReviewed: '2026-06-12',
  ...over,
});

const fact = (source: CardSource, lang: 'en' | 'cy', key: string, extra: Partial<CardOptions> = {}) =>
  cardModel(source, t[lang], { ...options, ...extra }).facts.find((f) => f.key === key)?.value;

describe('where a card says it is', () => {
  it.each([
    ['towns of its venues, in English', doc(), 'en', {}, 'Newtown'],
    ['towns of its venues, in Welsh on Welsh pages', doc(), 'cy', {}, 'Y Drenewydd'],
    ['the areas when it has no venue', doc({ towns: { en: [], cy: [] } }), 'en', {}, 'Powys'],
    [
      'anywhere in Wales',
      doc({ walesWide: true, areas: [], towns: { en: [], cy: [] } }),
      'en',
      {},
      'Anywhere in Wales',
    ],
    [
      'anywhere in Wales, online',
      doc({ walesWide: true, delivery: 'online' }),
      'cy',
      {},
      'Unrhyw le yng Nghymru (Ar-lein)',
    ],
    ['online for its areas', doc({ delivery: 'online', towns: { en: [], cy: [] } }), 'en', {}, 'Online (Powys)'],
    [
      'outreach with no venue comes to you',
      doc({ delivery: 'outreach', towns: { en: [], cy: [] } }),
      'en',
      {},
      'Comes to you (Powys)',
    ],
    ['outreach with venues names the towns', doc({ delivery: 'outreach' }), 'en', {}, 'Newtown'],
    [
      'more than three places: the first two and a count',
      doc({ towns: { en: ['A', 'B', 'C', 'D'], cy: ['A', 'B', 'C', 'D'] } }),
      'en',
      {},
      'A, B and 2 more',
    ],
    ['a distance when searching near a place', doc(), 'en', { km: 3 }, '3.0 km (1.9 miles)'],
    ['a distance wins over Wales-wide', doc({ walesWide: true }), 'en', { km: 12.25 }, '12.3 km (7.6 miles)'],
  ] as const)('%s', (_rule, source, lang, extra, expected) => {
    expect(fact(source, lang, 'where', extra)).toBe(expected);
  });
});

describe('when a card says it starts', () => {
  it.each([
    ['any time', 'rolling', 'en', 'Any time'],
    ['September, in Welsh', 'september', 'cy', 'Medi'],
    ['every listed date, as written', ['2027-04-19', '2027-01-11'], 'en', '19 April 2027, 11 January 2027'],
  ] as const)('%s', (_rule, starts, lang, expected) => {
    expect(fact(doc({ starts: starts as CardSource['starts'] }), lang, 'starts')).toBe(expected);
  });

  it('offers only the dates still to come, and asks for the next one when all have passed', () => {
    const dated = doc({ starts: ['2026-09-07', '2027-01-11'] });
    expect(
      cardModel(dated, t.en, { ...options, today: '2026-11-26' }).facts.find((f) => f.key === 'starts')?.value,
    ).toBe('11 January 2027');
    expect(
      cardModel(dated, t.cy, { ...options, today: '2027-02-01' }).facts.find((f) => f.key === 'starts')?.value,
    ).toBe(t.cy('starts.askNext'));
  });

  it('names the priority groups, or says it is open to everyone, in the page language', () => {
    expect(priorityGroupsFor([], t.cy)).toEqual([t.cy('detail.openToAll')]);
    expect(priorityGroupsFor(['young-carers', 'care-leavers'], t.en)).toEqual([
      t.en('vocab.priorityGroup.young-carers'),
      t.en('vocab.priorityGroup.care-leavers'),
    ]);
  });

  it('gives one fact by its key, and nothing for a fact the card does not show', () => {
    const card = cardModel(doc({ starts: 'rolling' }), t.en, options);
    expect(factValue(card, 'starts')).toBe(t.en('starts.rolling'));
    expect(factValue(card, 'routes')).toBe('');
  });
});

describe('the rest of a card', () => {
  it('says who runs it, who it is for and its language, in the page language', () => {
    const card = cardModel(doc(), t.cy, options);
    expect(card.facts.map((f) => f.key)).toEqual(['provider', 'tiers', 'language', 'where', 'starts']);
    expect(card.facts[0]?.value).toBe('Grŵp Colegau NPTC');
    expect(card.facts[1]?.value).toBe(`${cy.tiers['2'].short}; ${cy.tiers['3'].short}`);
    expect(card.facts[2]?.value).toBe(cy.vocab.language.bilingual);
  });

  it('links to the detail page and falls back to the English title, marked as English', () => {
    const card = cardModel(doc({ id: 'a b', title: { en: 'Only English' } }), t.cy, {
      ...options,
      detailPath: '/cy/darpariaeth/:id/',
    });
    expect(card.href).toBe('/cy/darpariaeth/a%20b/');
    expect(card.title).toEqual({ text: 'Only English', lang: 'en', fallback: true });
    expect(cardModel(doc(), t.cy, options).title).toEqual({ text: 'Cerbydau modur', lang: 'cy', fallback: false });
  });

  it('names a JGW+ strand with the kind, and badges examples and closed offers', () => {
    const card = cardModel(
      doc({ kind: 'jgw', strand: 'engagement', illustrative: true, status: 'temporarily-closed' }),
      t.en,
      options,
    );
    expect(card.kindLabel).toBe(`${en.kind.jgw} · ${en.vocab.strand.engagement}`);
    expect(card.badges).toEqual([
      { text: en.card.illustrative, title: en.card.illustrativeLabel },
      { text: en.vocab.status['temporarily-closed'] },
    ]);
    expect(cardModel(doc(), t.en, options).badges).toEqual([]);
  });

  it('marks a record last checked more than a year before today, and only then', () => {
    const old = { text: en.card.oldReview, title: en.card.oldReviewLabel };
    expect(cardModel(doc({ lastReviewed: '2025-11-25' }), t.en, { ...options, today: '2026-11-26' }).badges).toEqual([
      old,
    ]);
    expect(cardModel(doc({ lastReviewed: '2025-11-26' }), t.en, { ...options, today: '2026-11-26' }).badges).toEqual(
      [],
    );
    // Without today's date (a card made without one) nothing is claimed.
    expect(
      cardModel(doc({ lastReviewed: '2020-01-01' }), t.en, {
        detailPath: options.detailPath,
        areaName: options.areaName,
      }).badges,
    ).toEqual([]);
  });

  it('adds tier numbers, ways in, priority groups and the review date for professionals', () => {
    const card = cardModel(doc({ priorityGroups: ['care-leavers'] }), t.en, { ...options, pro: true });
    expect(card.facts.slice(5).map((f) => [f.key, f.value])).toEqual([
      ['tierNumbers', 'Tier 2, Tier 3'],
      ['routes', en.vocab.route['apply-to-provider']],
      ['priorityGroups', en.vocab.priorityGroup['care-leavers']],
      ['lastReviewed', '12 June 2026'],
    ]);
    expect(fact(doc(), 'en', 'priorityGroups', { pro: true })).toBe(en.detail.openToAll);
  });

  it('says "Only for" when only the priority groups can take part, in both languages', () => {
    for (const lang of ['en', 'cy'] as const) {
      const only = cardModel(doc({ priorityGroups: ['youth-justice'], onlyForPriorityGroups: true }), t[lang], {
        ...options,
        pro: true,
      }).facts.find((f) => f.key === 'priorityGroups');
      expect(only?.term).toBe({ en, cy }[lang].detail.onlyFor);
      const open = cardModel(doc({ priorityGroups: ['youth-justice'] }), t[lang], { ...options, pro: true }).facts.find(
        (f) => f.key === 'priorityGroups',
      );
      expect(open?.term).toBe({ en, cy }[lang].detail.priorityGroups);
    }
  });

  it('keeps the distance it was given, for the page to mark', () => {
    expect(cardModel(doc(), t.en, { ...options, km: 4.2 }).distanceKm).toBe(4.2);
    expect(cardModel(doc(), t.en, options).distanceKm).toBeNull();
  });

  it('writes tiers for professionals with their names', () => {
    expect(tiersForProfessionals([2], t.en)).toBe(`Tier 2 (${en.tiers['2'].short})`);
  });
});

describe('formatters', () => {
  it('formats dates, months, numbers and lists in each language', () => {
    expect(formatters('en').date('2026-06-12')).toBe('12 June 2026');
    expect(formatters('cy').date('2026-06-12')).toBe('12 Mehefin 2026');
    expect(formatters('en').month('2026-11')).toBe('November 2026');
    expect(formatters('cy').month('2026-11')).toBe('Tachwedd 2026');
    expect(formatters('en').oneDecimal(3)).toBe('3.0');
    expect(formatters('en').number(1234.567)).toBe('1,234.57');
    expect(formatters('cy').list(['Caerdydd', 'Abertawe'])).toBe('Caerdydd ac Abertawe');
    expect(formatters('cy').list(['Powys', 'Gwynedd'])).toBe('Powys a Gwynedd');
    expect(formatters('en').list([])).toBe('');
  });
});
