/**
 * The ranking rules of match.ts, each on a small world built for it: short words
 * never match with a typo; exact > synonym > prefix > typo; title > subject >
 * summary > provider > place; little words need not match; a long query with few
 * complete matches adds partial ones, marked; ties never go to the alphabet.
 */

import Fuse from 'fuse.js/basic';
import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../src/lib/search/build-index.ts';
import { createMatcher, giveTypos, searchDocs } from '../../src/lib/search/match.ts';
import { normalise } from '../../src/lib/search/normalise.ts';
import type { MatchText, SearchDoc } from '../../src/lib/search/types.ts';
import { allowedTypos, editDistance, FUZZY_MIN_LENGTH } from '../../src/lib/search/typos.ts';
import { mutationForms } from '../../src/lib/search/welsh.ts';

type Row = { id: string; reviewed?: string } & Partial<MatchText>;

/** A matcher over rows of field text; each doc carries only what ranking reads. */
const world = (rows: Row[], same: string[][] = [], related: string[][] = []) => {
  const texts = rows.map((row) => ({
    title: normalise(row.title ?? ''),
    subject: normalise(row.subject ?? ''),
    summary: normalise(row.summary ?? ''),
    provider: normalise(row.provider ?? ''),
    place: normalise(row.place ?? ''),
  }));
  const docs = rows.map(
    (row) =>
      ({
        id: row.id,
        title: { en: row.title ?? '' },
        lastReviewed: row.reviewed ?? '2026-01-01',
      }) as unknown as SearchDoc,
  );
  const index = JSON.parse(
    JSON.stringify(
      buildMatchIndex(
        texts,
        { same, related },
        rows.map((row) => row.reviewed ?? '2026-01-01'),
      ),
    ),
  );
  const matcher = createMatcher(docs, index);
  giveTypos(matcher, Fuse);
  return (query: string) => searchDocs(matcher, query).map((hit) => (hit.partial ? `(${hit.doc.id})` : hit.doc.id));
};

describe('ranking', () => {
  it(`never matches a word shorter than ${FUZZY_MIN_LENGTH} letters with a typo, only exactly or as a prefix`, () => {
    const search = world([
      { id: 'care', title: 'Health and Social Care' },
      { id: 'card', place: 'Cardiff' },
      { id: 'careers', provider: 'Careers Wales' },
      { id: 'cars', title: 'Fixing cars' },
    ]);
    // "care" is exact in one title and the start of "careers"; Cardiff and cars are a typo away, so they stay out.
    expect(search('care')).toEqual(['care', 'careers']);
    // A longer word may have a typo.
    expect(search('helth')).toEqual(['care']);
  });

  it('puts an exact word above a synonym, a synonym above a prefix, and a prefix above a typo', () => {
    const search = world(
      [
        { id: 'typo', summary: 'farmin' },
        { id: 'prefix', summary: 'farmingshire' },
        { id: 'synonym', summary: 'agriculture' },
        { id: 'exact', summary: 'farming' },
      ],
      [['farming', 'agriculture']],
    );
    // A word search knows is never read as a typo of another, so the record's misspelling is not found by it…
    expect(search('farming')).toEqual(['exact', 'synonym', 'prefix']);
    // …but a word it does not know is: corrected to the nearest word (farming, one edit; "farmin" is two), then
    // expanded as that word would be, synonym included.
    expect(search('farmng')).toEqual(['exact', 'synonym']);
  });

  it('ranks by field: title, subject, summary, provider, place; and a word in more fields ranks higher', () => {
    const search = world([
      { id: 'place', place: 'Bangor' },
      { id: 'provider', provider: 'Bangor University' },
      { id: 'summary', summary: 'In Bangor' },
      { id: 'subject', subject: 'Bangor studies' },
      { id: 'title', title: 'Bangor course' },
      { id: 'title-and-place', title: 'Bangor course', place: 'Bangor' },
    ]);
    expect(search('bangor')).toEqual(['title-and-place', 'title', 'subject', 'summary', 'provider', 'place']);
  });

  it('never reads a known word as a typo of another, whatever field the other is in', () => {
    const search = world([
      { id: 'title-near', title: 'Instruction basics' },
      { id: 'summary-exact', summary: 'construction' },
    ]);
    expect(search('construction')).toEqual(['summary-exact']);
    // A word it does not know is a typo: "constructoin" finds construction, not instruction (two edits, as against one).
    expect(search('constructoin')).toEqual(['summary-exact']);
  });

  it('breaks ties by how much of the title the query covers, then by the latest review, never by the alphabet', () => {
    const search = world([
      { id: 'a-long', title: 'Agriculture and Animal Care skills for work' },
      { id: 'b-short', title: 'Social Care' },
      { id: 'c-old', title: 'Care', reviewed: '2025-01-01' },
      { id: 'd-new', title: 'Care', reviewed: '2026-06-01' },
    ]);
    expect(search('care')).toEqual(['d-new', 'c-old', 'b-short', 'a-long']);
  });

  it('needs only the words that carry meaning to match: and, for, of, yn, a…', () => {
    const search = world([
      { id: 'esol', title: 'English for speakers of other languages' },
      { id: 'other', title: 'English literature' },
    ]);
    // "English literature" has one of the four words that matter: too few to be offered even as a partial match.
    expect(search('english for speakers of other languages')).toEqual(['esol']);
    expect(search('speakers languages')).toEqual(['esol']);
  });

  it('adds partial matches, marked, after fewer than five complete ones, best first', () => {
    const search = world([
      { id: 'esol-1', title: 'ESOL', summary: 'English for speakers of other languages' },
      { id: 'esol-2', title: 'English for adults', summary: 'for people whose first languages are not English' },
      { id: 'maths', title: 'Maths' },
    ]);
    // Only esol-1 has every word; esol-2 has two of the four ("english", "languages"), maths none.
    expect(search('english speakers other languages')).toEqual(['esol-1', '(esol-2)']);
  });

  it('lists everything for a one-letter query, as for an empty one: one letter says too little to rank on', () => {
    const search = world([
      { id: 'a', title: 'Motor vehicle' },
      { id: 'b', title: 'Music' },
      { id: 'c', title: 'Catering' },
    ]);
    expect(search('m')).toEqual(['a', 'b', 'c']);
    expect(search('mu')).toEqual(['b']);
  });

  it('never needs a little word to match, even as the last word typed', () => {
    const search = world([
      { id: 'care', title: 'Health and Social Care' },
      { id: 'health', title: 'Health' },
    ]);
    // Both match "health"; "and" is not needed (else "Health" would be left out), and the title holding "health and" comes first.
    expect(search('health and')).toEqual(['care', 'health']);
  });

  it('puts a title that holds the whole query first', () => {
    const search = world([
      { id: 'words', title: 'Care for animals', summary: 'health and social' },
      { id: 'phrase', title: 'Health and Social Care Level 2' },
    ]);
    expect(search('health and social care')[0]).toBe('phrase');
  });

  it('finds through a synonym group in either language, from any word of the group', () => {
    const search = world(
      [{ id: 'hair', title: 'Trin gwallt', subject: 'Hair and beauty' }],
      [['hairdressing', 'hair', 'gwallt']],
    );
    expect(search('hairdressing')).toEqual(['hair']);
    expect(search('gwallt')).toEqual(['hair']);
  });

  it('ranks related words below the word itself and its synonyms', () => {
    const search = world(
      [
        { id: 'related', title: 'Construction' },
        { id: 'same', summary: 'Work with builders' },
        { id: 'itself', summary: 'Be a builder' },
      ],
      [['builder', 'builders']],
      [['builder', 'construction']],
    );
    expect(search('builder')).toEqual(['itself', 'same', 'related']);
  });

  it('finds a Welsh word whatever its mutation, and through the synonyms of its radical', () => {
    const search = world(
      [
        { id: 'drydanwr', title: 'Dod yn drydanwr' },
        { id: 'nghaerdydd', title: 'Gwirfoddoli yng Nghaerdydd' },
        { id: 'army', summary: 'Joining the army' },
      ],
      [['army', 'byddin']],
    );
    expect(search('trydanwr')).toEqual(['drydanwr']);
    expect(search('caerdydd')).toEqual(['nghaerdydd']);
    expect(search('y fyddin')).toEqual(['army']);
  });

  it('searches two words the records write as one as that word, and as the two words', () => {
    const search = world([
      { id: 'childcare', title: 'Childcare' },
      { id: 'child', title: 'Child development', summary: 'care' },
    ]);
    // And as the two words: a record may write them apart ("food bank" beside "foodbank"); the one word first.
    expect(search('child care')).toEqual(['childcare', 'child']);
  });
});

describe('Welsh mutations and typos', () => {
  it.each([
    ['trydanwr', ['drydanwr', 'nhrydanwr', 'thrydanwr']],
    ['drydanwr', ['trydanwr', 'ddrydanwr', 'nrydanwr']],
    ['nghaerdydd', ['caerdydd']],
    ['gofal', ['ofal', 'ngofal']],
    ['ofal', ['gofal']],
    ['hyfforddiant', ['yfforddiant']],
  ])('%s has the forms %j among its others', (word, forms) => {
    expect(mutationForms(word)).toEqual(expect.arrayContaining(forms));
  });

  it('leaves short words alone', () => {
    expect(mutationForms('tan')).toEqual([]);
  });

  it.each([
    ['vehical', 'vehicle', 2],
    ['plumbin', 'plumbing', 1],
    ['recieve', 'receive', 1], // two letters swapped: one edit
    ['care', 'card', 1],
    ['seryddiaeth', 'amaethyddiaeth', 5],
  ])('%s to %s is %i edits', (a, b, edits) => {
    expect(editDistance(a, b)).toBe(edits);
  });

  it('allows no typo under five letters, one in five or six, two from seven', () => {
    expect([4, 5, 6, 7, 12].map(allowedTypos)).toEqual([0, 1, 1, 2, 2]);
  });
});
