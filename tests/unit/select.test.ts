import { describe, expect, it } from 'vitest';
import { groupByKind, groupByTier, missingWelsh, provisionForArea, servesTier } from '../../src/lib/content/select.ts';
import { countBy, welshShare } from '../../src/lib/content/summary.ts';
import { localText } from '../../src/lib/i18n/local-text.ts';
import type { Provision } from '../../src/lib/schema/schema.ts';

const entry = (id: string, over: Partial<Provision>): Provision =>
  ({
    id,
    kind: 'course',
    title: { en: id, cy: id },
    summary: { en: 's', cy: 's' },
    tiers: [5],
    areas: ['powys'],
    walesWide: false,
    language: 'english',
    status: 'active',
    ...over,
  }) as Provision;

const entries = [
  entry('local', {}),
  entry('two-areas', { areas: ['powys', 'ceredigion'], kind: 'support', tiers: [2, 3], language: 'welsh' }),
  entry('national', { areas: [], walesWide: true, kind: 'jgw', tiers: [2, 3], language: 'bilingual' }),
  entry('ended', { status: 'ended', tiers: [2] }),
  entry('elsewhere', { areas: ['cardiff'] }),
];

describe('provisionForArea', () => {
  it('separates local offers from Wales-wide ones and leaves out ended offers', () => {
    const { local, anywhere } = provisionForArea(entries, 'powys');
    expect(local.map((e) => e.id)).toEqual(['local', 'two-areas']);
    expect(anywhere.map((e) => e.id)).toEqual(['national']);
  });
  it('counts an entry serving several areas in each of them', () => {
    expect(provisionForArea(entries, 'ceredigion').local.map((e) => e.id)).toEqual(['two-areas']);
  });
});

describe('grouping', () => {
  it('groups by kind in the home page order, leaving out empty kinds', () => {
    expect(groupByKind(entries).map((g) => [g.kind, g.entries.length])).toEqual([
      ['course', 3],
      ['jgw', 1],
      ['support', 1],
    ]);
  });
  it('puts an entry under every tier it serves', () => {
    expect(groupByTier(entries).map((g) => [g.tier, g.entries.map((e) => e.id)])).toEqual([
      [2, ['two-areas', 'national', 'ended']],
      [3, ['two-areas', 'national']],
      [5, ['local', 'elsewhere']],
    ]);
  });
  it('servesTier leaves out ended offers', () => {
    expect(servesTier(entries, 2).map((e) => e.id)).toEqual(['two-areas', 'national']);
  });
});

describe('localText and missingWelsh', () => {
  it('uses Welsh when it exists and marks English standing in', () => {
    expect(localText({ en: 'Course', cy: 'Cwrs' }, 'cy')).toEqual({ text: 'Cwrs', lang: 'cy', fallback: false });
    expect(localText({ en: 'Course' }, 'cy')).toEqual({ text: 'Course', lang: 'en', fallback: true });
    expect(localText({ en: 'Course', cy: 'Cwrs' }, 'en')).toEqual({ text: 'Course', lang: 'en', fallback: false });
  });
  it('flags an entry with no Welsh title or summary', () => {
    expect(missingWelsh(entry('a', { title: { en: 'x' } }))).toBe(true);
    expect(missingWelsh(entry('b', {}))).toBe(false);
  });
});

describe('summaries', () => {
  it('countBy counts a multi-key entry once per key, with sorted keys', () => {
    expect([...countBy(entries, (e) => e.tiers)]).toEqual([
      ['2', 3],
      ['3', 2],
      ['5', 2],
    ]);
  });
  it('welshShare is the share of Welsh-medium and bilingual entries, 0 when empty', () => {
    expect(welshShare(entries)).toBeCloseTo(2 / 5);
    expect(welshShare([])).toBe(0);
  });
});
