import fc from 'fast-check';
import Fuse from 'fuse.js/basic';
import { describe, expect, it } from 'vitest';
import { isAvailableAnywhere } from '../../src/lib/content/status.ts';
import type { Provision } from '../../src/lib/schema/schema.ts';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { haversineKm, kmToMiles, nearestKm } from '../../src/lib/search/distance.ts';
import type { IndexContext } from '../../src/lib/search/fields.ts';
import { facetValues } from '../../src/lib/search/fields.ts';
import { applyFilters, facetCounts, hitsNear, matchesFilters } from '../../src/lib/search/filters.ts';
import { createMatcher, giveTypos, type Matcher, searchDocs, searchKey } from '../../src/lib/search/match.ts';
import { normalise, truncate } from '../../src/lib/search/normalise.ts';
import { createPlaceResolver } from '../../src/lib/search/places.ts';
import { decodePostings, encodePostings } from '../../src/lib/search/postings.ts';
import { decodeState, emptyState, encodeState, FACETS, URL_PARAMS } from '../../src/lib/search/state.ts';
import { validProvision } from './fixtures.ts';

/** A matcher with its typo search, as the page has once Fuse has arrived. */
const typed = (matcher: Matcher): Matcher => {
  giveTypos(matcher, Fuse);
  return matcher;
};
const fuzzyOf = (matcher: Matcher) => matcher.fuzzy as NonNullable<Matcher['fuzzy']>;

const base = {
  summary: { en: 'A course.', cy: 'Cwrs.' },
  provider: 'coleg',
  tiers: [5],
  areas: ['carmarthenshire'],
  walesWide: false,
  venues: [{ name: 'Campus', town: 'Ammanford', lat: 51.7928, lon: -3.9881 }],
  delivery: 'in-person',
  language: 'english',
  ages: { min: 16, max: 19 },
  level: '2',
  starts: 'september',
  access: { routes: ['apply-to-provider'], contact: { how: { en: 'Apply' } } },
  priorityGroups: [],
  cost: { free: true },
  financialSupport: [],
  fundedBy: ['medr'],
  progression: [],
  lastReviewed: '2026-06-01',
  status: 'active',
  illustrative: true,
};
const entry = (id: string, over: Record<string, unknown>): Provision => validProvision(id, { ...base, ...over });

const entries: Provision[] = [
  entry('motor', {
    kind: 'course',
    title: { en: 'Motor Vehicle Maintenance', cy: 'Cynnal a Chadw Cerbydau Modur' },
    sector: 'motor-vehicle',
    qualification: { en: 'L2' },
    institutionType: 'fe-college',
  }),
  entry('care', {
    kind: 'course',
    title: { en: 'Health and Social Care', cy: 'Iechyd a Gofal Cymdeithasol' },
    sector: 'care-health',
    qualification: { en: 'L2' },
    institutionType: 'fe-college',
    language: 'welsh',
    tiers: [4, 5],
  }),
  entry('appr', {
    kind: 'apprenticeship',
    title: { en: 'Engineering apprenticeships', cy: 'Prentisiaethau peirianneg' },
    apprenticeshipLevel: 'apprenticeship',
    sector: 'engineering-manufacturing',
    level: '3',
    areas: ['isle-of-anglesey'],
    venues: [{ name: 'Works', town: 'Llangefni', lat: 53.2559, lon: -4.3131 }],
  }),
  entry('wales', {
    kind: 'support',
    title: { en: 'Working Wales', cy: 'Cymru’n Gweithio' },
    serviceType: 'careers-guidance',
    walesWide: true,
    areas: [],
    venues: [],
    delivery: 'online',
    tiers: [2, 3],
    starts: 'rolling',
    language: 'bilingual',
  }),
  entry('ended', {
    kind: 'course',
    title: { en: 'Old course' },
    sector: 'motor-vehicle',
    qualification: { en: 'x' },
    institutionType: 'fe-college',
    status: 'ended',
  }),
];
const areas: Record<string, { name: { en: string; cy: string }; region: 'south-west' | 'north' }> = {
  carmarthenshire: { name: { en: 'Carmarthenshire', cy: 'Sir Gaerfyrddin' }, region: 'south-west' },
  'isle-of-anglesey': { name: { en: 'Isle of Anglesey', cy: 'Ynys Môn' }, region: 'north' },
};
const ctx: IndexContext = {
  providerName: () => ({ en: 'Coleg Sir Gâr', cy: 'Coleg Sir Gâr' }),
  area: (id) => areas[id],
  subjectLabels: (e) => [
    e.kind === 'apprenticeship' ? 'Apprenticeship' : 'Course',
    e.kind === 'apprenticeship' ? 'Prentisiaeth' : 'Cwrs',
  ],
  welshTown: (town) => (town === 'Ammanford' ? 'Rhydaman' : town),
};
const asset = buildSearchIndex(entries, ctx);
// Round-trip through JSON, as the browser receives it.
const shipped = JSON.parse(JSON.stringify(asset)) as typeof asset;
const matcher = typed(createMatcher(shipped.docs, shipped));
const ids = (query: string) => searchDocs(matcher, query).map((hit) => hit.doc.id);

describe('normalise', () => {
  it.each([
    ['Ynys Môn', 'ynys mon'],
    ['Coleg Sir Gâr', 'coleg sir gar'],
    ['Cymru’n Gweithio', 'cymrun gweithio'],
    ['  Pen-y-bont   ar Ogwr ', 'pen y bont ar ogwr'],
    ['ŴŶ', 'wy'],
  ])('%s → %s', (input, expected) => expect(normalise(input)).toBe(expected));

  it('truncates at a word boundary', () => {
    expect(truncate('one two three four', 14)).toBe('one two three…');
    expect(truncate('supercalifragilistic', 10)).toBe('supercalif…');
    expect(truncate('short', 12)).toBe('short');
  });
});

describe('the search index', () => {
  it('leaves out ended offers and ships no matching text with the docs', () => {
    expect(shipped.docs.map((doc) => doc.id)).toEqual(['motor', 'care', 'appr', 'wales']);
    expect(Object.keys(shipped.docs[0] ?? {})).not.toContain('match');
  });
});

describe('matching', () => {
  it.each([
    ['motor vehical', 'motor'], // a misspelling
    ['MOTOR', 'motor'],
    ['gofal', 'care'], // Welsh title
    ['prentisiaeth', 'appr'], // Welsh subject and title
    ['ynys mon', 'appr'], // area name without the circumflex
    ['Ynys Môn', 'appr'],
    ['rhydaman', 'motor'], // Welsh town name
    ['cymrun gweithio', 'wales'],
  ])('%s finds %s', (query, id) => expect(ids(query)).toContain(id));

  it('needs every word to match for a full match; otherwise offers partial matches, marked', () => {
    const hits = searchDocs(matcher, 'motor llangefni');
    expect(hits.map((hit) => hit.doc.id).sort()).toEqual(['appr', 'motor']);
    expect(hits.every((hit) => hit.partial)).toBe(true);
  });

  it('ranks an exact title hit above fuzzy ones', () => {
    expect(ids('health and social care')[0]).toBe('care');
  });

  it('returns everything, in order, for an empty query', () => {
    expect(ids('  ')).toEqual(['motor', 'care', 'appr', 'wales']);
  });
});

describe('filters and counts', () => {
  const hits = searchDocs(matcher, '');
  const state = (over: Partial<ReturnType<typeof emptyState>>) => ({ ...emptyState(), ...over });

  it.each([
    ['tier 4', state({ tiers: [4] }), ['care']],
    ['Welsh-medium', state({ language: ['welsh'] }), ['care']],
    ['apprenticeships', state({ kind: ['apprenticeship'] }), ['appr']],
    ['an area keeps Wales-wide offers', state({ areas: ['carmarthenshire'] }), ['motor', 'care', 'wales']],
    [
      'leaving out Wales-wide and online',
      state({ areas: ['carmarthenshire'], nationalOffers: 'exclude' }),
      ['motor', 'care'],
    ],
    ['starts any time', state({ rolling: true }), ['wales']],
    ['age 25 is too old for all but none', state({ age: 25 }), []],
    ['age 16', state({ age: 16 }), ['motor', 'care', 'appr', 'wales']],
  ] as const)('%s', (_name, s, expected) => {
    expect(applyFilters(hits, s, null).local.map((row) => row.doc.id)).toEqual(expected);
  });

  it('counts each option as if it were ticked, ignoring its own facet', () => {
    const counts = facetCounts(hits, state({ kind: ['course'] }));
    expect(counts.kind.get('course')).toBe(2);
    expect(counts.kind.get('apprenticeship')).toBe(1); // would be added, not intersected
    expect(counts.language.get('welsh')).toBe(1);
    expect(counts.language.get('bilingual')).toBeUndefined(); // Working Wales is not a course
  });

  it('keeps Wales-wide offers out of area counts but in area results', () => {
    const doc = shipped.docs.find((d) => d.id === 'wales');
    if (!doc) throw new Error('missing');
    expect(matchesFilters(doc, state({ areas: ['powys'] }))).toBe(true);
    expect(facetCounts(hits, emptyState()).areas.get('carmarthenshire')).toBe(2);
    expect(isAvailableAnywhere(doc)).toBe(true);
  });

  it('near a place: nearest first, distances in km, anywhere offers apart, radius applied', () => {
    const ammanford = { lat: 51.7928, lon: -3.9881 };
    const near = applyFilters(hits, emptyState(), ammanford);
    expect(near.local.map((row) => row.doc.id)).toEqual(['motor', 'care', 'appr']);
    expect(near.local[0]?.km).toBeCloseTo(0, 1);
    expect(near.anywhere.map((row) => row.doc.id)).toEqual(['wales']);
    const within = applyFilters(hits, state({ radius: 50 }), ammanford);
    expect(within.local.map((row) => row.doc.id)).toEqual(['motor', 'care']);
    expect(within.total).toBe(3);
  });

  it('counts an online or outreach offer for some areas as theirs, not as available anywhere', () => {
    const wales = shipped.docs.find((d) => d.id === 'wales');
    if (!wales) throw new Error('missing');
    const forPowys = {
      ...wales,
      id: 'powys-online',
      walesWide: false,
      areas: ['powys'],
      delivery: 'online' as const,
      venues: [],
    };
    const onlineEverywhere = { ...forPowys, id: 'wales-online', walesWide: true, areas: [] };
    const outreachWithBase = {
      ...forPowys,
      id: 'powys-outreach',
      delivery: 'outreach' as const,
      venues: [[52.0, -3.4, 0]] as typeof wales.venues,
    };
    const cases = [forPowys, onlineEverywhere, outreachWithBase].map((doc) => ({ doc, score: 1 }));
    expect(isAvailableAnywhere(forPowys)).toBe(false);
    expect(isAvailableAnywhere(onlineEverywhere)).toBe(true);
    // Near Cardiff (CF10) or Llanelli (SA15): the Powys offers are not open to them; the Wales-wide one is.
    for (const place of [
      { lat: 51.4816, lon: -3.1791, area: 'cardiff' },
      { lat: 51.6821, lon: -4.1637, area: 'carmarthenshire' },
    ]) {
      const near = applyFilters(cases, state({ radius: 25 }), place);
      expect(near.local).toEqual([]);
      expect(near.anywhere.map((row) => row.doc.id)).toEqual(['wales-online']);
    }
    // In Powys, beyond the radius from the outreach base: both are theirs; online has no distance,
    // outreach keeps the distance to its base.
    const newtown = { lat: 52.5132, lon: -3.3141, area: 'powys' };
    const inPowys = applyFilters(cases, state({ radius: 5 }), newtown);
    expect(inPowys.local.map((row) => [row.doc.id, row.km === null])).toEqual([
      ['powys-online', true],
      ['powys-outreach', false],
    ]);
    expect(inPowys.anywhere.map((row) => row.doc.id)).toEqual(['wales-online']);
    // "Leave out Wales-wide offers" keeps Powys's own online offer; the delivery filter is the one that leaves online out.
    const leftOut = applyFilters(cases, state({ radius: 5, nationalOffers: 'exclude' }), newtown);
    expect(leftOut.local.map((row) => row.doc.id)).toEqual(['powys-online', 'powys-outreach']);
    expect(leftOut.anywhere).toEqual([]);
    const inPerson = applyFilters(cases, state({ radius: 5, delivery: ['outreach'] }), newtown);
    expect(inPerson.local.map((row) => row.doc.id)).toEqual(['powys-outreach']);
  });

  it('leaves temporarily closed offers out unless asked for', () => {
    const closed = {
      ...(hits[0] as (typeof hits)[number]),
      doc: { ...(hits[0] as (typeof hits)[number]).doc, id: 'shut', status: 'temporarily-closed' as const },
    };
    const withClosed = [...hits, closed];
    expect(applyFilters(withClosed, emptyState(), null).local.map((row) => row.doc.id)).not.toContain('shut');
    expect(applyFilters(withClosed, state({ closed: true }), null).local.map((row) => row.doc.id)).toContain('shut');
    expect(facetCounts(withClosed, emptyState()).kind.get(closed.doc.kind)).toBe(
      facetCounts(hits, emptyState()).kind.get(closed.doc.kind),
    );
    expect(encodeState(state({ closed: true }))).toBe('?closed=1');
  });

  it('works out nearness once: hits from hitsNear give the same results, and their nearness is the one used', () => {
    const ammanford = { lat: 51.7928, lon: -3.9881 };
    const s = state({ radius: 50 });
    const placed = hitsNear(hits, s, ammanford);
    expect(placed.map((hit) => hit.doc.id).sort()).toEqual(['care', 'motor', 'wales']);
    expect(applyFilters(placed, s, ammanford)).toEqual(applyFilters(hits, s, ammanford));
    // Without a place the hits are passed through as they are (no copy per keystroke).
    expect(hitsNear(hits, s, null)).toBe(hits);
    const moved = placed.map((hit) => (hit.doc.id === 'care' ? { ...hit, near: { km: 1, town: null } } : hit));
    expect(applyFilters(moved, s, ammanford).local.map((row) => [row.doc.id, row.km])).toEqual([
      ['motor', expect.closeTo(0, 1)],
      ['care', 1],
    ]);
  });
});

describe('distance', () => {
  it('measures straight-line distances', () => {
    const llanelli = { lat: 51.68211, lon: -4.16367 };
    const ammanford = { lat: 51.79283, lon: -3.98809 };
    // One degree along a meridian is R·π/180 = 111.195 km; Llanelli to Ammanford is about 17.26 km (12.3 km north, 12.1 km east).
    expect(haversineKm({ lat: 51, lon: -4 }, { lat: 52, lon: -4 })).toBeCloseTo(111.195, 2);
    expect(haversineKm(llanelli, ammanford)).toBeCloseTo(17.26, 1);
    expect(haversineKm(llanelli, llanelli)).toBe(0);
    expect(kmToMiles(1.609344)).toBeCloseTo(1);
    expect(nearestKm(llanelli, [])).toBeNull();
    expect(
      nearestKm(llanelli, [
        [51.79283, -3.98809],
        [51.68211, -4.16367],
      ]),
    ).toBe(0);
  });
});

describe('URL state', () => {
  it('round-trips every setting', () => {
    const s = {
      ...emptyState(),
      q: 'motor vehical',
      tiers: [3, 2] as (2 | 3)[],
      language: ['welsh' as const],
      areas: ['carmarthenshire'],
      age: 17,
      rolling: true,
      free: true,
      nationalOffers: 'exclude' as const,
      near: 'SA18',
      radius: 25,
      pro: true,
    };
    const query = encodeState(s);
    expect(query).toBe(
      '?q=motor+vehical&tier=2%2C3&area=carmarthenshire&lang=welsh&age=17&rolling=1&free=1&national=exclude&near=SA18&radius=25&pro=1',
    );
    expect(decodeState(query, ['carmarthenshire'])).toEqual({ ...s, tiers: [2, 3] });
  });

  it('keeps the short URL parameters that shared links carry, one per setting', () => {
    expect(URL_PARAMS.language).toBe('lang');
    expect(URL_PARAMS.priorityGroups).toBe('group');
    expect(URL_PARAMS.nationalOffers).toBe('national');
    expect(new Set(Object.values(URL_PARAMS)).size).toBe(Object.keys(URL_PARAMS).length);
    expect(decodeState('?group=care-leavers&lang=welsh').priorityGroups).toEqual(['care-leavers']);
  });

  it('writes nothing for the default view', () => {
    expect(encodeState(emptyState())).toBe('');
  });

  it('reads repeated parameters from a plain HTML form as a list, the same as a comma list', () => {
    const fromForm = decodeState('?tier=2&tier=3&kind=course&kind=jgw&area=powys&q=', ['powys']);
    expect(fromForm.tiers).toEqual([2, 3]);
    expect(fromForm.kind).toEqual(['course', 'jgw']);
    expect(encodeState(fromForm)).toBe('?kind=course%2Cjgw&tier=2%2C3&area=powys');
    expect(decodeState('?tier=3,2&tier=2')).toMatchObject({ tiers: [3, 2] });
  });

  it('drops values it does not know, instead of trusting the URL', () => {
    const s = decodeState('?tier=2,9&lang=klingon&area=narnia,powys&age=99&radius=-5&national=maybe', ['powys']);
    expect(s.tiers).toEqual([2]);
    expect(s.language).toEqual([]);
    expect(s.areas).toEqual(['powys']);
    expect(s.age).toBeNull();
    expect(s.radius).toBeNull();
    expect(s.nationalOffers).toBe('include');
  });
});

describe('places', () => {
  const resolve = createPlaceResolver(
    {
      places: [
        ['Llanelli', 'Llanelli', 51.68, -4.16, 'carmarthenshire'],
        ['Ammanford', 'Rhydaman', 51.79, -3.99, 'carmarthenshire'],
        ['Anglesey Village', 'Pentref Môn', 53.2, -4.3, 'isle-of-anglesey'],
      ],
      outcodes: { SA18: [51.79, -3.98, 'carmarthenshire'], CF10: [51.47, -3.18, 'cardiff'] },
    },
    Fuse,
  );
  it.each([
    ['SA18', 'SA18'],
    ['sa 18', 'SA18'],
    ['cf10', 'CF10'],
    ['CF10 1AA', 'CF10'], // a full postcode: its district
    ['cf101aa', 'CF10'],
    ['sa18 3ta', 'SA18'],
    ['Ammanford', 'Ammanford'],
    ['rhydaman', 'Ammanford'],
    ['Pentref Mon', 'Anglesey Village'],
  ])('%s resolves to %s', (query, label) => {
    const match = resolve(query);
    expect(match.found && match.label).toBe(label);
  });
  it('says which area a place or district lies in, and whether it was a postcode', () => {
    expect(resolve('CF10 1AA')).toEqual({
      found: true,
      label: 'CF10',
      lat: 51.47,
      lon: -3.18,
      area: 'cardiff',
      postcode: true,
    });
    expect(resolve('Llanelli')).toMatchObject({ area: 'carmarthenshire', postcode: false });
  });

  it('gives the Welsh name on Welsh pages', () => {
    const match = resolve('Ammanford', 'cy');
    expect(match.found && match.label).toBe('Rhydaman');
  });
  it('suggests close spellings for an unknown place', () => {
    expect(resolve('Llanelly')).toEqual({ found: false, suggestions: ['Llanelli'] });
    expect(resolve('SA99')).toEqual({ found: false, suggestions: [] });
  });
});

describe('the search key', () => {
  it('is the same for queries with the same results: empty and one letter list everything; case, accents and spaces do not count', () => {
    expect(searchKey('')).toBe('');
    expect(searchKey('m')).toBe('');
    expect(searchKey(' M ')).toBe('');
    expect(searchKey('Môn ')).toBe(searchKey('mon'));
    expect(searchKey('mo')).toBe('mo');
    expect(ids('m')).toEqual(ids(''));
    expect(ids(searchKey('Prentis '))).toEqual(ids('Prentis '));
  });
});

describe('the words a matcher remembers', () => {
  const words = [
    'motor',
    'vehical',
    'gofal',
    'care',
    'prentis',
    'ynys',
    'mon',
    'and',
    'health',
    'm',
    'mo',
    'cymrun',
    'llangefni',
  ];
  it('never change an answer: after any run of queries, a query gets what a fresh matcher gives', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 90 }),
        (queries) => {
          const used = typed(createMatcher(shipped.docs, shipped));
          for (const words of queries) {
            const query = words.join(' ');
            const fresh = searchDocs(typed(createMatcher(shipped.docs, shipped)), query);
            expect(searchDocs(used, query)).toEqual(fresh);
          }
          // It forgets rather than grows without end.
          expect(used.recent.size).toBeLessThanOrEqual(64);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('leave the working space zeroed, so the next search starts clean', () => {
    const used = typed(createMatcher(shipped.docs, shipped));
    for (const query of ['motor vehical', 'care', 'gofal llanelli', 'a', 'ynys mon', 'health and social care'])
      searchDocs(used, query);
    for (const slots of Object.values(used.scratch)) expect(slots.every((value: number) => value === 0)).toBe(true);
  });

  it('are remembered for the keystrokes that follow', () => {
    const used = typed(createMatcher(shipped.docs, shipped));
    searchDocs(used, 'motor');
    const first = used.recent.get('1motor');
    searchDocs(used, 'motor vehical');
    expect(used.recent.get('0motor')).toBeDefined();
    expect(used.recent.get('1motor')).toBe(first);
  });
});

describe('the typo search', () => {
  const vocabulary = (terms: string[]) => {
    const sorted = [...terms].sort();
    return typed(
      createMatcher([], {
        terms: sorted,
        postings: sorted.map(() => ''),
        titleLengths: [],
        reviewed: [],
        synonyms: { same: [], related: [] },
        concepts: [],
        towns: [],
      }),
    );
  };

  it('looks only at words a typo can reach, so longer words holding the query do not crowd out a near one', () => {
    // Thirty longer words contain "weith" exactly; the word one typo away is shorter.
    const longer = Array.from({ length: 30 }, (_, i) => `gweithdy${String.fromCharCode(97 + (i % 26))}${i}`);
    const found = vocabulary([...longer, 'gwaith', 'with', 'cartref']);
    const terms = fuzzyOf(found)('weith', 1).map((match) => found.terms[match.term]);
    expect(terms).toContain('gwaith');
    expect(terms).not.toContain('cartref');
    expect(terms.filter((term) => term?.startsWith('gweithdy'))).toEqual([]);
  });

  it('can make its indexes ahead of need, one length at a time, and then answers as before', () => {
    const prepared = typed(createMatcher(shipped.docs, shipped));
    let steps = 0;
    while (prepared.prepare()) steps++;
    expect(steps).toBeGreaterThan(0);
    expect(prepared.prepare()).toBe(false);
    const fresh = typed(createMatcher(shipped.docs, shipped));
    for (const word of ['vehical', 'gofel', 'hairdresing', 'prentisaeth', 'llanelly'])
      expect(fuzzyOf(prepared)(word, word.length < 7 ? 1 : 2)).toEqual(fuzzyOf(fresh)(word, word.length < 7 ? 1 : 2));
  });

  it('returns words within the typos of the length, best first, at most 25', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z]{1,12}$/), { minLength: 1, maxLength: 120 }),
        fc.stringMatching(/^[a-z]{5,12}$/),
        (terms, word) => {
          const found = vocabulary(terms);
          const typos = word.length < 7 ? 1 : 2;
          const matches = fuzzyOf(found)(word, typos);
          expect(matches.length).toBeLessThanOrEqual(25);
          for (const match of matches)
            expect(Math.abs((found.terms[match.term] as string).length - word.length)).toBeLessThanOrEqual(typos);
          for (let i = 1; i < matches.length; i++)
            expect((matches[i] as { score: number }).score).toBeGreaterThanOrEqual(
              (matches[i - 1] as { score: number }).score,
            );
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the match index', () => {
  it('delta-encodes postings in base 36 and decodes them back', () => {
    expect(encodePostings([2, 7, 12, 30])).toBe('2,5,5,i');
    expect([...decodePostings('2,5,5,i')]).toEqual([2, 7, 12, 30]);
    expect([...decodePostings('')]).toEqual([]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 30 }), { maxLength: 200 }), (values) => {
        const ascending = [...values].sort((a, b) => a - b);
        expect([...decodePostings(encodePostings(ascending))]).toEqual(ascending);
      }),
    );
  });
  it('matches a word still being typed as a prefix', () => {
    expect(ids('prentis')).toContain('appr');
    expect(ids('engin')).toEqual(['appr']);
  });
  it('stores each entry once per word, with a mask of the fields it is in', () => {
    const term = shipped.terms.indexOf('motor');
    expect(term).toBeGreaterThanOrEqual(0);
    // "motor" is in the motor course's title (bit 0) and nowhere else.
    const postings = (word: string) => [...decodePostings(shipped.postings[shipped.terms.indexOf(word)] as string)];
    expect(postings('motor')).toEqual([0 * 32 + 0b00001]);
    // "coleg" (the provider, bit 3) is in every entry: docs 0–3, delta-encoded.
    expect(shipped.postings[shipped.terms.indexOf('coleg')]).toBe('8,w,w,w');
    expect(postings('coleg')).toEqual([8, 40, 72, 104]);
    // "cwrs" is in every summary (bit 2), and in the subject (bit 1) of all but the apprenticeship (doc 2).
    expect(postings('cwrs')).toEqual([0b110, 32 + 0b110, 64 + 0b100, 96 + 0b110]);
    // Title lengths count distinct words in both languages.
    expect(shipped.titleLengths).toHaveLength(shipped.docs.length);
    expect(shipped.terms).toEqual([...shipped.terms].sort());
  });
});

describe('facetCounts agrees with filtering', () => {
  it('counts, for every option, the docs that pass every other filter and have that value', () => {
    const hits = searchDocs(matcher, '');
    const states = [
      emptyState(),
      { ...emptyState(), kind: ['course' as const], language: ['welsh' as const] },
      {
        ...emptyState(),
        tiers: [2 as const, 5 as const],
        areas: ['carmarthenshire'],
        nationalOffers: 'exclude' as const,
      },
    ];
    for (const state of states) {
      const counts = facetCounts(hits, state);
      for (const facet of FACETS) {
        const brute = new Map<string, number>();
        for (const { doc } of hits) {
          if (!matchesFilters(doc, state, facet) || (facet === 'areas' && doc.walesWide)) continue;
          for (const value of facetValues(doc, facet)) brute.set(String(value), (brute.get(String(value)) ?? 0) + 1);
        }
        expect(counts[facet], facet).toEqual(brute);
      }
    }
  });
});
