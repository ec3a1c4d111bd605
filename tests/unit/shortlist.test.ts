/** My options: what is stored, what a share link carries, which file holds a record, and the list as text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import cy from '../../src/dictionaries/cy.json' with { type: 'json' };
import en from '../../src/dictionaries/en.json' with { type: 'json' };
import { cardModel } from '../../src/lib/cards/card.ts';
import { createTranslator } from '../../src/lib/i18n/translate.ts';
import {
  SHORTLIST_CHUNK_SIZE,
  shortlistChunkCount,
  shortlistChunkOf,
  shortlistChunkUrl,
} from '../../src/lib/shortlist/chunks.ts';
import { shortlistEntry, shortlistText } from '../../src/lib/shortlist/entry.ts';
import {
  isShortlistId,
  mergeShortlist,
  parseShortlist,
  SHORTLIST_MAX,
  serialiseShortlist,
  sharedIds,
  shareUrl,
  toggleShortlist,
} from '../../src/lib/shortlist/store.ts';
import { course, validProvision } from './fixtures.ts';

const t = { en: createTranslator({ en, cy }, 'en'), cy: createTranslator({ en, cy }, 'cy') };
const idArb = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);

describe('the stored list', () => {
  it('reads back what it wrote, in order, each id once', () => {
    fc.assert(
      fc.property(fc.array(idArb, { maxLength: 80 }), (ids) => {
        const expected = [...new Set(ids)].slice(0, SHORTLIST_MAX);
        expect(parseShortlist(serialiseShortlist(ids))).toEqual(expected);
      }),
    );
  });

  it('reads anything unreadable as empty, and drops ids that are not ids', () => {
    for (const raw of [null, undefined, '', 'not json', '{"a":1}', '42', 'null'])
      expect(parseShortlist(raw)).toEqual([]);
    expect(
      parseShortlist(JSON.stringify(['ok-1', 'Not Ok', '<script>', 7, null, 'ok-1', 'x'.repeat(201), 'ok-2'])),
    ).toEqual(['ok-1', 'ok-2']);
    expect(isShortlistId('a-b-c')).toBe(true);
    expect(isShortlistId('a--b')).toBe(false);
    expect(isShortlistId('-a')).toBe(false);
  });

  it('toggles: saves at the end, removes wherever it is, and a full list takes no more', () => {
    expect(toggleShortlist(['a', 'b'], 'c')).toEqual({ ids: ['a', 'b', 'c'], full: false });
    expect(toggleShortlist(['a', 'b', 'c'], 'b')).toEqual({ ids: ['a', 'c'], full: false });
    const full = Array.from({ length: SHORTLIST_MAX }, (_, i) => `id-${i}`);
    expect(toggleShortlist(full, 'one-more')).toEqual({ ids: full, full: true });
    expect(toggleShortlist(full, 'id-3').ids).toHaveLength(SHORTLIST_MAX - 1);
    expect(toggleShortlist(['a'], 'Not an id')).toEqual({ ids: ['a'], full: false });
  });

  it('toggling twice gives back the same options: an unsaved one stays unsaved, a saved one moves to the end', () => {
    fc.assert(
      fc.property(fc.uniqueArray(idArb, { maxLength: SHORTLIST_MAX - 1 }), idArb, (ids, id) => {
        const twice = toggleShortlist(toggleShortlist(ids, id).ids, id).ids;
        expect(twice).toEqual(ids.includes(id) ? [...ids.filter((other) => other !== id), id] : ids);
      }),
    );
  });

  it('adds a shared list after the visitor’s own, without repeating any', () => {
    expect(mergeShortlist(['a', 'b'], ['b', 'c'])).toEqual(['a', 'b', 'c']);
  });
});

describe('share links', () => {
  it('carry the ids and nothing else, and read back the same', () => {
    fc.assert(
      fc.property(fc.uniqueArray(idArb, { minLength: 1, maxLength: SHORTLIST_MAX }), (ids) => {
        const link = shareUrl('https://llwybrau.example', '/cy/fy-opsiynau/', ids);
        const url = new URL(link);
        expect(url.pathname).toBe('/cy/fy-opsiynau/');
        expect([...url.searchParams.keys()]).toEqual(['ids']);
        expect(sharedIds(url.search)).toEqual(ids);
      }),
    );
  });

  it('are told apart from the page without one', () => {
    expect(sharedIds('')).toBeNull();
    expect(sharedIds('?ids=')).toEqual([]);
    expect(sharedIds('?ids=a,<b>,c')).toEqual(['a', 'c']);
  });
});

describe('data files', () => {
  it('are about SHORTLIST_CHUNK_SIZE records each, and at least one', () => {
    expect(shortlistChunkCount(0)).toBe(1);
    expect(shortlistChunkCount(SHORTLIST_CHUNK_SIZE)).toBe(1);
    expect(shortlistChunkCount(SHORTLIST_CHUNK_SIZE + 1)).toBe(2);
    expect(shortlistChunkUrl('cy', 3)).toBe('/shortlist-data/cy/3.json');
  });

  it('are found from the id alone: always in range, the same every time, and pinned for one id', () => {
    fc.assert(
      fc.property(idArb, fc.integer({ min: 1, max: 5000 }), (id, chunks) => {
        const n = shortlistChunkOf(id, chunks);
        expect(n).toBeGreaterThanOrEqual(0);
        expect(n).toBeLessThan(chunks);
        expect(shortlistChunkOf(id, chunks)).toBe(n);
      }),
    );
    // FNV-1a of "a" is 0xe40c292c = 3826002220.
    expect(shortlistChunkOf('a', 1_000_000_007)).toBe(3826002220 % 1_000_000_007);
  });

  it('spread the records fairly', () => {
    const counts = new Array(10).fill(0);
    for (let i = 0; i < 1000; i++) counts[shortlistChunkOf(`carmarthenshire-course-${i}`, 10)]++;
    expect(Math.max(...counts)).toBeLessThan(150);
    expect(Math.min(...counts)).toBeGreaterThan(50);
  });
});

const record = validProvision('carmarthenshire-motor', {
  ...course,
  status: 'temporarily-closed',
  access: {
    routes: ['apply-to-provider', 'via-working-wales'],
    contact: { how: { en: 'Ring the college.' }, phone: '01554 748000', url: 'https://www.colegsirgar.ac.uk' },
  },
});
const card = (lang: 'en' | 'cy') =>
  cardModel(
    {
      id: 'carmarthenshire-motor',
      kind: 'course',
      title: { en: 'Motor vehicle', cy: 'Cerbydau modur' },
      providerName: { en: 'Coleg Sir Gâr', cy: 'Coleg Sir Gâr' },
      tiers: [4, 5],
      areas: ['carmarthenshire'],
      walesWide: false,
      language: 'bilingual',
      delivery: 'in-person',
      starts: 'rolling',
      towns: { en: ['Ammanford'], cy: ['Rhydaman'] },
      illustrative: true,
      routes: ['apply-to-provider'],
      priorityGroups: [],
      onlyForPriorityGroups: false,
      lastReviewed: '2026-06-12',
      status: 'temporarily-closed',
    },
    t[lang],
    { detailPath: `/${lang}/${lang === 'en' ? 'provision' : 'darpariaeth'}/:id/`, areaName: (id) => id },
  );

describe('an entry and the list as text', () => {
  it('carries the ways in, in words, how to get in touch (English marked on a Welsh page), and only the contact details there are', () => {
    const entry = shortlistEntry(record, card('cy'), t.cy);
    expect(entry.apply).toEqual([t.cy('vocab.route.apply-to-provider'), t.cy('vocab.route.via-working-wales')]);
    expect(entry.how).toEqual({ text: 'Ring the college.', lang: 'en', fallback: true });
    expect(entry.contact).toEqual({ phone: '01554 748000', url: 'https://www.colegsirgar.ac.uk' });
    expect(entry.status).toBe('temporarily-closed');
  });

  it('writes plain text: title and kind, provider and place, status, how to apply, contact, full address, and names what is gone', () => {
    const entry = shortlistEntry(record, card('en'), t.en);
    const text = shortlistText(
      [
        { id: 'carmarthenshire-motor', entry },
        { id: 'an-old-one', entry: null },
      ],
      t.en,
      'https://llwybrau.example',
      'https://llwybrau.example/en/my-options/?ids=carmarthenshire-motor,an-old-one',
    );
    expect(text.split('\n')).toEqual([
      'My options (2)',
      '',
      '1. Motor vehicle (Course)',
      '   Coleg Sir Gâr · Ammanford',
      `   ${t.en('vocab.status.temporarily-closed')}`,
      `   How to apply: ${t.en('vocab.route.apply-to-provider')}. ${t.en('vocab.route.via-working-wales')}. Ring the college.`,
      '   Contact: 01554 748000 · https://www.colegsirgar.ac.uk',
      '   https://llwybrau.example/en/provision/carmarthenshire-motor/',
      '',
      '2. An option that has ended or moved (an-old-one)',
      '',
      'Link to this list: https://llwybrau.example/en/my-options/?ids=carmarthenshire-motor,an-old-one',
    ]);
  });
});
