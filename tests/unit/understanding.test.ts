/**
 * The classes of question search must answer (issue 26), each on a small world built for it: a
 * place typed among the words, words that say little, the controlled vocabulary, word forms,
 * Welsh mutations, a typo corrected then expanded, and what is said when nothing is found.
 */

import fc from 'fast-check';
import Fuse from 'fuse.js/basic';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildMatchIndex, conceptPostings } from '../../src/lib/search/build-index.ts';
import { COMMON_SHARE, createMatcher, giveTypos, searchDocs } from '../../src/lib/search/match.ts';
import { normalise } from '../../src/lib/search/normalise.ts';
import { findPhrases, phraseIndex, wordKeys } from '../../src/lib/search/phrases.ts';
import { suggestions, tokenise, understand, withoutPlace } from '../../src/lib/search/query.ts';
import { englishStem, stemKeys, welshStem } from '../../src/lib/search/stem.ts';
import type { MatchText, PlaceRow, SearchDoc } from '../../src/lib/search/types.ts';
import { isSlip } from '../../src/lib/search/typos.ts';
import { sampleIndex } from '../../tools/sample-search.ts';

type Row = { id: string; tags?: string[] } & Partial<MatchText>;

const TOWNS: PlaceRow[] = [
  ['Bangor', 'Bangor', 53.228, -4.129, 'gwynedd'],
  ['Barry', 'Y Barri', 51.399, -3.283, 'vale-of-glamorgan'],
  ['Cardiff', 'Caerdydd', 51.481, -3.179, 'cardiff'],
  ['Merthyr Tydfil', 'Merthyr Tudful', 51.746, -3.378, 'merthyr-tydfil'],
  ['Mold', 'Yr Wyddgrug', 53.167, -3.15, 'flintshire'],
  ['Neath', 'Castell-nedd', 51.663, -3.806, 'neath-port-talbot'],
  ['Colwyn Bay', 'Bae Colwyn', 53.294, -3.727, 'conwy'],
];

/** A matcher over rows of text and tags, with concepts, synonyms and towns, and its typo search. */
const world = (
  rows: Row[],
  {
    concepts = [],
    same = [],
    related = [],
  }: { concepts?: { tags: string[]; phrases: string[] }[]; same?: string[][]; related?: string[][] } = {},
) => {
  const texts = rows.map((row) => ({
    title: normalise(row.title ?? ''),
    subject: normalise(row.subject ?? ''),
    summary: normalise(row.summary ?? ''),
    provider: normalise(row.provider ?? ''),
    place: normalise(row.place ?? ''),
  }));
  const docs = rows.map((row) => ({ id: row.id, title: { en: row.title ?? '' } }) as unknown as SearchDoc);
  const normalised = concepts.map((concept) => ({ tags: concept.tags, phrases: concept.phrases.map(normalise) }));
  const index = {
    ...buildMatchIndex(texts, { same, related }),
    concepts: conceptPostings(
      normalised,
      rows.map((row) => row.tags ?? []),
      texts,
    ),
    towns: TOWNS,
  };
  const matcher = createMatcher(docs, JSON.parse(JSON.stringify(index)));
  giveTypos(matcher, Fuse);
  const ids = (query: string, withPlace = true) =>
    searchDocs(matcher, understand(matcher, normalise(query), withPlace)).map((hit) =>
      hit.partial ? `(${hit.doc.id})` : hit.doc.id,
    );
  return { matcher, ids };
};

describe('word forms', () => {
  it.each([
    ['leavers', 'leaver'],
    ['leaving', 'leaver'],
    ['mums', 'mum'],
    ['carers', 'caring'],
    ['engineer', 'engineering'],
    ['builders', 'building'],
    ['volunteer', 'volunteering'],
  ])('files "%s" with "%s" in English', (a, b) => {
    expect(englishStem(a)).toBe(englishStem(b));
  });

  it.each([
    ['peirianwyr', 'peirianneg'],
    ['peiriannydd', 'peirianneg'],
    ['ffermwyr', 'fferm'],
    ['prentisiaethau', 'prentisiaeth'],
    ['prentisiaid', 'prentis'],
    ['gwirfoddolwyr', 'gwirfoddoli'],
    ['swyddi', 'swydd'],
  ])('files "%s" with "%s" in Welsh', (a, b) => {
    expect(welshStem(a)).toBe(welshStem(b));
  });

  it('keeps apart words that only look alike: a career is not care, nor a car a carer', () => {
    expect(stemKeys('career').some((key) => stemKeys('care').includes(key))).toBe(false);
    expect(stemKeys('carer').some((key) => stemKeys('car').includes(key))).toBe(false);
    expect(stemKeys('it')).toEqual([]);
    expect(stemKeys('cf10')).toEqual([]);
  });

  it('leaves a Welsh stem at least four letters long, whatever the word', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,14}$/), (word) => {
        const stem = welshStem(word);
        expect(stem === word || stem.length >= 4).toBe(true);
        expect(word.startsWith(stem)).toBe(true);
      }),
    );
  });

  it('finds a record by another form of the query word, in both languages', () => {
    const { ids } = world([
      { id: 'care-leavers', title: 'Group for care leavers' },
      { id: 'engineering', title: 'Peirianneg, Lefel 3' },
      { id: 'other', title: 'Hairdressing' },
    ]);
    expect(ids('care leaver')).toEqual(['care-leavers']);
    expect(ids('peirianwyr')).toEqual(['engineering']);
  });
});

describe('Welsh mutations', () => {
  it('finds the radical from the soft, nasal and aspirate forms', () => {
    const { ids } = world([
      { id: 'engineering', title: 'Peirianneg' },
      { id: 'work', title: 'Gwaith ieuenctid' },
      { id: 'support', title: 'Cymorth gydag arian' },
    ]);
    expect(ids('beirianneg')).toEqual(['engineering']);
    expect(ids('mheirianneg')).toEqual(['engineering']);
    expect(ids('ngwaith')).toEqual(['work']);
    expect(ids('chymorth')).toEqual(['support']);
  });
});

describe('a place typed among the words', () => {
  const { matcher } = world([{ id: 'a', title: 'Volunteering' }]);
  const place = (query: string) => understand(matcher, normalise(query)).place?.name ?? null;

  it.each([
    ['courses in Bangor', 'Bangor'],
    ['volunteering Barry', 'Barry'],
    ['prentisiaeth ym Mangor', 'Bangor'],
    ['help o Fangor', 'Bangor'],
    ['gwaith yng Nghaerdydd', 'Cardiff'],
    ['gwirfoddoli yn y Barri', 'Barry'],
    ['Y Barri', 'Barry'],
    ['barri', 'Barry'],
    ['cyrsiau yn yr Wyddgrug', 'Mold'],
    ['jobs near merthyr tydfil', 'Merthyr Tydfil'],
    ['plumbing CF10', 'CF10'],
    ['plumbing cf10 1aa', 'CF10 1AA'],
  ])('"%s" is near %s', (query, name) => {
    expect(place(query)).toBe(name);
  });

  it('takes the little words before the place with it, and leaves the rest as typed', () => {
    const understood = understand(matcher, 'Courses, in Bangor please');
    expect(understood.words).toEqual(['courses', 'please']);
    expect(withoutPlace('Courses, in Bangor please', understood)).toBe('Courses, please');
    expect(withoutPlace('gwirfoddoli yn y Barri', understand(matcher, 'gwirfoddoli yn y Barri'))).toBe('gwirfoddoli');
  });

  it('reads a name mutated only after a word that mutates it, whatever the length of its first word', () => {
    expect(place('death')).toBeNull();
    expect(place('bold courses')).toBeNull();
    expect(place('marry')).toBeNull();
    expect(place('mae colwyn yn braf')).toBeNull();
    expect(place('cyrsiau ym mae colwyn')).toBe('Colwyn Bay');
    expect(place('cyrsiau i fae colwyn')).toBe('Colwyn Bay');
    expect(place('swyddi yn neath')).toBe('Neath');
  });

  it('searches a query of only a town for its name, not the little words before it, and one of only a postcode for everything', () => {
    expect(understand(matcher, 'close to bangor').words).toEqual(['bangor']);
    expect(understand(matcher, 'cf10').words).toEqual([]);
    expect(understand(matcher, 'cf10').place?.name).toBe('CF10');
  });

  it('names no place when the place field is filled in, and none for a word that is not a town', () => {
    expect(understand(matcher, 'courses in bangor', false).place).toBeNull();
    expect(understand(matcher, 'courses in bangor', false).words).toEqual(['courses', 'in', 'bangor']);
    expect(place('level 2 hope')).toBeNull();
    expect(place('l2 courses')).toBeNull();
  });

  it('searches a query of only a place for what names it too', () => {
    expect(understand(matcher, 'bangor').words).toEqual(['bangor']);
  });

  it('finds the same place whatever text surrounds it', () => {
    fc.assert(
      fc.property(
        // At least one word besides the place: a query of only a place searches its own words too.
        fc.array(fc.constantFrom('courses', 'help', 'volunteering', 'money', 'jobs'), { minLength: 1, maxLength: 3 }),
        fc.array(fc.constantFrom('courses', 'help', 'volunteering', 'money'), { maxLength: 3 }),
        fc.constantFrom('in Bangor', 'ym Mangor', 'near Bangor', 'Bangor'),
        (before, after, where) => {
          const understood = understand(matcher, normalise([...before, where, ...after].join(' ')));
          expect(understood.place?.name).toBe('Bangor');
          expect(understood.words).not.toContain('bangor');
        },
      ),
    );
  });
});

describe('the controlled vocabulary', () => {
  const rows: Row[] = [
    {
      id: 'porth',
      title: 'Support group, Porth',
      summary: 'For young people leaving care.',
      tags: ['group:care-leavers'],
    },
    { id: 'tonypandy', title: 'Drop-in, Tonypandy', summary: 'Weekly drop-in.', tags: ['group:care-leavers'] },
    { id: 'carers', title: 'Young carers club', summary: 'For young people who look after someone.', tags: [] },
    { id: 'motor', title: 'Motor Vehicle, Level 2', tags: ['sector:motor-vehicle'] },
    { id: 'engineering', title: 'Mechanical engineering', tags: ['sector:engineering-manufacturing'] },
  ];
  const concepts = [
    { tags: ['group:care-leavers'], phrases: ['care experienced', 'care leaver', 'leaving care', 'profiad o ofal'] },
    { tags: ['sector:motor-vehicle'], phrases: ['mechanic', 'motor vehicle'] },
    { tags: ['sector:engineering-manufacturing'], phrases: ['mechanical', 'engineering'] },
  ];
  const { ids, matcher } = world(rows, { concepts });

  it('finds every record tagged with a concept, even when its text never uses the words', () => {
    expect(ids('care experienced').sort()).toEqual(['porth', 'tonypandy']);
    expect(ids('profiad o ofal').sort()).toEqual(['porth', 'tonypandy']);
    // In any form, and after a mutation.
    expect(ids('care leavers').sort()).toEqual(['porth', 'tonypandy']);
    expect(ids('brofiad o ofal').sort()).toEqual(['porth', 'tonypandy']);
  });

  it('puts first the tagged records whose text also says it', () => {
    expect(ids('care experienced')[0]).toBe('porth');
  });

  it('reads a concept word spelt as written before one that only shares its stem', () => {
    expect(understand(matcher, 'mechanic').concepts.map((c) => c.concepts)).toEqual([[1]]);
    expect(ids('mechanic')[0]).toBe('motor');
  });

  it('reads the longest phrase, and a misspelt concept word as the word it meant', () => {
    const found = understand(matcher, 'leaving care');
    expect(found.concepts).toMatchObject([{ concepts: [0], words: 'leaving care', from: 0, to: 2 }]);
    expect(understand(matcher, 'mechanik').concepts.map((c) => c.concepts)).toEqual([[1]]);
  });

  it('finds phrases in any text, never overlapping, and only where every word is there', () => {
    const index = phraseIndex([[['care', 'leaver']], [['care']]]);
    const keys = (text: string) => text.split(' ').map((word) => wordKeys(word));
    expect(findPhrases(index, keys('young care leavers club'))).toEqual([{ concepts: [0], from: 1, to: 3 }]);
    expect(findPhrases(index, keys('care and leavers'))).toEqual([{ concepts: [1], from: 0, to: 1 }]);
    expect(findPhrases(index, keys('nothing here'))).toEqual([]);
  });
});

describe('words that say little', () => {
  const rows: Row[] = [
    { id: 'money', title: 'Money advice', summary: 'Help with money worries and support with debt.' },
    ...Array.from({ length: 9 }, (_, i) => ({
      id: `support-${i}`,
      title: `Support service ${i}`,
      summary: 'Support.',
    })),
  ];
  const { ids, matcher } = world(rows);

  it('weighs a word by how rare it is, so the rare word decides the order', () => {
    expect(ids('support money')[0]).toBe('money');
    expect(ids('support with money worries')[0]).toBe('money');
  });

  it(`does not require a word found in more than ${COMMON_SHARE * 100}% of the records when a rarer one is there`, () => {
    // "support" is in every record: with "money" beside it, only the money record need match, and it comes first.
    expect(ids('support money')).toEqual(['money']);
    // Alone, it still finds what it says.
    expect(ids('support')).toHaveLength(10);
    expect(matcher.docs).toHaveLength(10);
  });

  it('lets the little words of a question go, in both languages', () => {
    expect(ids('i want to find money')).toEqual(['money']);
    expect(ids('dwi eisiau chwilio am money')).toEqual(['money']);
  });
});

describe('a typo of a synonym', () => {
  const { ids } = world(
    [
      { id: 'plumbing', title: 'Plymio, Lefel 2', summary: 'Pipes and heating.' },
      { id: 'army', title: 'Public services', summary: 'Join the forces.' },
      { id: 'building', title: 'Bricklaying' },
    ],
    {
      same: [['plumber', 'plumbing', 'plymio']],
      related: [
        ['soldier', 'forces'],
        ['builder', 'bricklaying'],
      ],
    },
  );

  it('is corrected first, then expanded as the word would be', () => {
    expect(ids('plumber')).toEqual(['plumbing']);
    expect(ids('plumbr')).toEqual(['plumbing']);
    expect(ids('plumbrs')).toEqual(['plumbing']);
  });

  it('keeps the first letter when two corrections are as near: "soilder" is soldier, not builder', () => {
    expect(ids('soilder')).toEqual(['army']);
  });

  it('tells a slip from another word', () => {
    expect(isSlip('vehical', 'vehicle', 2)).toBe(true);
    expect(isSlip('soilder', 'soldier', 2)).toBe(true);
    expect(isSlip('gofodwr', 'gofalwr', 2)).toBe(false);
    expect(isSlip('councelling', 'counselling', 1)).toBe(true);
  });
});

describe('the typo search, loaded apart', () => {
  it('is wanted by a search with a word it does not know, and by no other', () => {
    const texts = [{ title: 'motor vehicle', subject: '', summary: '', provider: '', place: '' }];
    const index = { ...buildMatchIndex(texts), concepts: [], towns: [] };
    const matcher = createMatcher([{ id: 'a' } as unknown as SearchDoc], index);
    searchDocs(matcher, 'motor vehical');
    expect(matcher.typosWanted).toBe(true);
    searchDocs(matcher, 'motor vehicle');
    expect(matcher.typosWanted).toBe(false);
    giveTypos(matcher, Fuse);
    expect(searchDocs(matcher, 'motor vehical').map((hit) => hit.doc.id)).toEqual(['a']);
    expect(matcher.typosWanted).toBe(false);
  });
});

describe('the sample vocabulary', () => {
  const { asset } = sampleIndex();
  const matcher = createMatcher(asset.docs, asset);
  giveTypos(matcher, Fuse);

  it.each(['hyfforddiant', 'heal', 'healing', 'training', 'course', 'college', 'gwaith', 'help'])(
    'reads no concept in the everyday word "%s"',
    (word) => {
      expect(understand(matcher, word).concepts).toEqual([]);
    },
  );

  it.each([
    ['care experienced', 'group:care-leavers'],
    ['ADY', 'group:aln-disability'],
    ['kicked out', 'group:homeless-or-at-risk'],
    ['angen swydd', 'strand:employment'],
    ['i ofalwyr ifanc', 'group:young-carers'],
  ])('reads "%s" as a concept tagged %s', (query, tag) => {
    const named = understand(matcher, normalise(query)).concepts.flatMap((found) => found.concepts);
    expect(named.some((c) => loadContent('content').concepts[c]?.tags.includes(tag))).toBe(true);
  });
});

describe('nothing found', () => {
  const { ids, matcher } = world([
    { id: 'motor', title: 'Motor Vehicle', summary: 'Become a mechanic.' },
    { id: 'care', title: 'Health and social care', summary: 'Become a carer.' },
  ]);

  it('finds nothing for what the collection does not hold, and no near word is forced on it', () => {
    expect(ids('dentist')).toEqual([]);
    expect(ids('gofodwr')).toEqual([]);
  });

  it('offers a near word it knows, with a typo more than matching allows, in the query as typed', () => {
    expect(ids('mecanik')).toEqual([]);
    expect(suggestions(matcher, 'Mecanik, please')).toEqual([{ label: 'mechanic, please', query: 'mechanic, please' }]);
    expect(suggestions(matcher, 'dentist')).toEqual([]);
  });

  it('keeps where each word stands in the text typed', () => {
    expect(tokenise("Dwi'n byw yng  Nghaerdydd!")).toEqual([
      { word: 'dwin', start: 0, end: 5 },
      { word: 'byw', start: 6, end: 9 },
      { word: 'yng', start: 10, end: 13 },
      { word: 'nghaerdydd', start: 15, end: 25 },
    ]);
  });
});
