/**
 * The gap analysis on a small hand-made world (gap-world.ts), where every
 * expected number is worked out by hand in the comments.
 *
 * Areas: A and B (south-west), C (north: nothing in it, and no demand figures).
 * a1  course, care-health, tiers 2–3, A, in person at TA, english, 16–18, 10 places, September, → a3
 * a2  support youth-work, tier 2, A, outreach, english, 16–24, capacity unknown, rolling, care leavers, provider p2
 * a3  JGW+ engagement, tier 3, A and B, in person near TA, welsh, 16–18, 20 places, September, → ended1
 * a4  support youth-work, tier 2, A, outreach, english, 16–18, 5 places, care leavers, provider p4
 * a5  as a4 but provider p2 (the same as a2), 5 places
 * ended1   course, tier 4, A, ended
 * w1  Wales-wide support, tiers 1–2, outreach
 * o1  online course, tier 3, B, capacity unknown
 * closed1  course, tier 5, B, temporarily closed, reviewed 2025-01-01, no Welsh title
 */
import { describe, expect, it } from 'vitest';
import { runsIn, SUMMER_MONTHS, TERM_MONTHS } from '../../src/lib/content/runs.ts';
import { monthsBefore } from '../../src/lib/content/status.ts';
import { entriesByArea, type GapArea } from '../../src/lib/gaps/common.ts';
import { DEFAULT_GAP_CONFIG, type GapConfig } from '../../src/lib/gaps/config.ts';
import { coverage, kindsAndStrands, welshLanguage } from '../../src/lib/gaps/coverage.ts';
import { distinctiveWords, duplication, sharedWords, similarity } from '../../src/lib/gaps/duplication.ts';
import { housekeeping, priorityGroupGaps } from '../../src/lib/gaps/housekeeping.ts';
import { placesShare, unmetNeed } from '../../src/lib/gaps/need.ts';
import { progression } from '../../src/lib/gaps/progression.ts';
import { canStillStart, dataQuality } from '../../src/lib/gaps/quality.ts';
import { reach, type Town } from '../../src/lib/gaps/reach.ts';
import { analyseGaps, gapParts, rankWithinKinds, scopeReport, summarise } from '../../src/lib/gaps/report.ts';
import { summer, summerOffers } from '../../src/lib/gaps/summer.ts';
import type { Provision } from '../../src/lib/schema/schema.ts';
import type { Tier } from '../../src/lib/schema/vocabulary.ts';
import { areas, demand, entry, provision, towns, youthWork } from './gap-world.ts';

const config = DEFAULT_GAP_CONFIG;
const byArea = entriesByArea(provision);
const cell = <T extends { area: string; tier: Tier }>(rows: T[], area: string, tier: Tier) =>
  rows.find((r) => r.area === area && r.tier === tier);

describe('coverage by tier and area', () => {
  const cells = coverage(provision, byArea, areas, config);

  it('counts active local offers per tier, with Wales-wide and online apart, and marks gaps and thin cells', () => {
    expect(cells).toHaveLength(15);
    // A, tier 2: a1, a2, a4, a5. Wales-wide w1 serves tier 2 too, but does not fill a local gap.
    expect(cell(cells, 'A', 2)).toMatchObject({ local: 4, walesWide: 1, online: 0, mark: 'ok' });
    // A, tier 1: nothing local (w1 is Wales-wide).
    // Tier 1 is a national tier, and w1 serves it Wales-wide: covered nationally, not a gap.
    expect(cell(cells, 'A', 1)).toMatchObject({ local: 0, walesWide: 1, mark: 'national' });
    expect(
      cell(
        coverage(
          provision.filter((e) => e.id !== 'w1'),
          byArea,
          areas,
          config,
        ),
        'A',
        1,
      ),
    ).toMatchObject({ local: 0, walesWide: 0, mark: 'gap' });
    expect(cell(coverage(provision, byArea, areas, { ...config, nationalTiers: [] }), 'A', 1)).toMatchObject({
      mark: 'gap',
    });
    // A, tier 4: ended1 has ended, so it is not counted.
    expect(cell(cells, 'A', 4)).toMatchObject({ local: 0, mark: 'gap' });
    // B, tier 3: a3 (listed for A and B, so counted in both); o1 is online.
    expect(cell(cells, 'B', 3)).toMatchObject({ local: 1, online: 1, mark: 'thin' });
    // B, tier 5: closed1 is temporarily closed.
    expect(cell(cells, 'B', 5)).toMatchObject({ local: 0, mark: 'gap' });
    expect(
      cells.filter((c) => c.area === 'C').every((c) => c.mark === (c.tier === 1 ? 'national' : 'gap') && c.local === 0),
    ).toBe(true);
  });

  it('flags tiers where no local offer can be started at any time', () => {
    // A, tier 2: a2 is rolling. A, tier 3: a1 and a3 both start in September. B, tier 3: a3 only.
    expect(cell(cells, 'A', 2)?.noRollingStart).toBe(false);
    expect(cell(cells, 'A', 3)?.noRollingStart).toBe(true);
    expect(cell(cells, 'B', 3)?.noRollingStart).toBe(true);
    // No provision is a gap, not a rolling-start problem; tier 5 is not checked.
    expect(cell(cells, 'C', 2)?.noRollingStart).toBe(false);
  });
});

describe('kinds and strands', () => {
  it('counts local offers of each strand, level and service type, and lists what is missing', () => {
    const [a, b, c] = kindsAndStrands(byArea, areas);
    expect(a?.strands).toEqual({ engagement: 1, advancement: 0, employment: 0 });
    expect(a?.support['youth-work']).toBe(3);
    expect(a?.missing.strands).toEqual(['advancement', 'employment']);
    expect(a?.missing.volunteering).toBe(true);
    expect(a?.missing.apprenticeships).toContain('foundation');
    expect(b?.strands.engagement).toBe(1);
    // C has nothing: 3 strands, 4 apprenticeship levels, volunteering and 9 service types.
    expect(c?.missing.strands).toHaveLength(3);
    expect(c?.missing.apprenticeships).toHaveLength(4);
    expect(c?.missing.volunteering).toBe(true);
    expect(c?.missing.support).toHaveLength(9);
  });
});

describe('Welsh language', () => {
  const { cells, ranking, national } = welshLanguage(provision, byArea, areas, config);
  it('counts Welsh-medium and bilingual offers per tier and flags English-only tiers', () => {
    expect(cell(cells, 'A', 2)).toMatchObject({ total: 4, welsh: 0, bilingual: 0, share: 0, englishOnly: true });
    // The local rule stands, and the Wales-wide offers are counted beside it: w1 (English-medium) at tiers 1 and 2.
    expect(national.map((n) => [n.tier, n.total, n.welsh, n.bilingual])).toEqual([
      [1, 1, 0, 0],
      [2, 1, 0, 0],
      [3, 0, 0, 0],
      [4, 0, 0, 0],
      [5, 0, 0, 0],
    ]);
    const bilingualNational = [
      ...provision,
      entry('wb', { tiers: [2], areas: [], walesWide: true, language: 'bilingual' }),
    ];
    const withIt = welshLanguage(bilingualNational, entriesByArea(bilingualNational), areas, config);
    expect(withIt.national[1]).toEqual({ tier: 2, total: 2, welsh: 0, bilingual: 1 });
    expect(cell(withIt.cells, 'A', 2)).toMatchObject({ englishOnly: true });
    expect(cell(cells, 'A', 3)).toMatchObject({ total: 2, welsh: 1, share: 0.5, englishOnly: false });
    expect(cell(cells, 'C', 3)).toMatchObject({ total: 0, share: null, englishOnly: false });
  });
  it('ranks areas by Welsh-medium gap: most English-only tiers, then lowest share, no provision last', () => {
    // A: 1 of 5 local offers is Welsh-medium (a3), tier 2 English-only. B: a3 only (o1 is online). C: none.
    // Tier 1 is covered nationally everywhere, by w1 alone, which is English-medium: English-only in every area.
    expect(ranking.map((r) => [r.area, r.total, r.welshOrBilingual, r.share, r.englishOnlyTiers])).toEqual([
      ['A', 5, 1, 0.2, [1, 2]],
      ['B', 1, 1, 1, [1]],
      ['C', 0, 0, null, [1]],
    ]);
  });

  it('judges a tier covered nationally on its Wales-wide offers, as coverage does: one message per tier', () => {
    expect(cell(cells, 'A', 1)).toMatchObject({ total: 0, national: true, englishOnly: true });
    // Make w1 bilingual: tier 1 is covered nationally in a language that includes Welsh, in every area.
    const bilingual = provision.map((e) => (e.id === 'w1' ? { ...e, language: 'bilingual' as const } : e));
    const judged = welshLanguage(bilingual, entriesByArea(bilingual), areas, config);
    expect(judged.cells.filter((c) => c.tier === 1).map((c) => [c.area, c.national, c.englishOnly])).toEqual([
      ['A', true, false],
      ['B', true, false],
      ['C', true, false],
    ]);
    // With two local English-medium offers at tier 1 in A, coverage marks it "ok", not national, and so does this rule:
    // it is judged on the local offers, and flagged.
    const local = [
      ...bilingual,
      entry('t1a', { ...youthWork, tiers: [1], delivery: 'outreach' }),
      entry('t1b', { ...youthWork, tiers: [1], delivery: 'outreach' }),
    ];
    const byLocal = entriesByArea(local);
    expect(cell(coverage(local, byLocal, areas, config), 'A', 1)?.mark).toBe('ok');
    expect(cell(welshLanguage(local, byLocal, areas, config).cells, 'A', 1)).toMatchObject({
      national: false,
      englishOnly: true,
    });
  });
});

describe('unmet need', () => {
  const { cells, ranked, unranked, national } = unmetNeed(provision, byArea, areas, demand, config);
  it('shares an offer’s places equally among the areas and tiers it serves, so no place is counted twice', () => {
    // A, tier 3: a1's 10 places serve tiers 2 and 3 in A, so 5 here; a3's 20 places are shared between A and B, 10
    // each. 5 + 10 = 15 places, all recorded. 40 ÷ 15 = 2.666…, kept exact (2.67 is for display).
    expect(cell(cells, 'A', 3)).toMatchObject({ places: 15, withoutCapacity: 0, ratio: 40 / 15, status: 'ratio' });
    // B, tier 3: a3's 10. o1 is online: not a local offer, on its own line. 10 ÷ 10 = 1.
    expect(cell(cells, 'B', 3)).toMatchObject({
      places: 10,
      withoutCapacity: 0,
      onlineOffers: 1,
      onlinePlaces: 0,
      ratio: 1,
      atMost: null,
    });
    expect(placesShare(provision[2] as Provision)).toBe(10);
  });
  it('never takes unknown places as none: a tier where some offers record no places gets an upper bound, not a rank', () => {
    // A, tier 2: a1's 5, a4's 5 and a5's 5 are recorded; a2 records none. The places are at least 15, so the
    // figure is at most 30 ÷ 15 = 2: said as "at most 2", left out of the ranking, with the 1 offer counted.
    expect(cell(cells, 'A', 2)).toMatchObject({
      demand: 30,
      places: 15,
      withCapacity: 3,
      withoutCapacity: 1,
      ratio: null,
      atMost: 2,
      status: 'at-most',
    });
  });
  it('ranks from exact shares, so rounding never changes the order', () => {
    // A: 100 places over tiers 2–4, 33.333… at tier 2. B: 333 places over tiers 1–5 in B and C, 33.3 at tier 2.
    // 10 young people each: A 10 ÷ 33.333… = 0.3, B 10 ÷ 33.3 = 0.3003…, so B ranks first. Rounded to 33.3 first,
    // A would tie with B and come first by name: the rounding would decide the order.
    const world = [
      entry('x1', { tiers: [2, 3, 4], areas: ['A'], capacity: 100 }),
      entry('y1', { tiers: [1, 2, 3, 4, 5], areas: ['B', 'C'], capacity: 333 }),
    ];
    const counts = new Map([
      ['A', { 1: 0, 2: 10, 3: 0, 4: 0, 5: 0 }],
      ['B', { 1: 0, 2: 10, 3: 0, 4: 0, 5: 0 }],
    ] as const);
    const result = unmetNeed(world, entriesByArea(world), areas, counts, config);
    expect(result.ranked.filter((c) => c.tier === 2).map((c) => c.area)).toEqual(['B', 'A']);
    expect(cell(result.cells, 'A', 2)?.ratio).toBe(10 / (100 / 3));
  });
  it('keeps online places out of the ratio, on a line of their own', () => {
    const withOnline = [
      ...provision,
      entry('online80', { tiers: [2], areas: ['A'], delivery: 'online', capacity: 80 }),
    ];
    const result = unmetNeed(withOnline, entriesByArea(withOnline), areas, demand, config);
    expect(cell(result.cells, 'A', 2)).toMatchObject({ places: 15, onlineOffers: 1, onlinePlaces: 80, atMost: 2 });
  });
  it('puts Wales-wide offers on the national line, per tier, with their places shared among their tiers, and in no area', () => {
    // w1 serves tiers 1 and 2 Wales-wide and records no places: unknown (null), never 0. No offer at all: 0 offers, no places.
    expect(national).toEqual([
      { tier: 1, offers: 1, places: null, withoutCapacity: 1 },
      { tier: 2, offers: 1, places: null, withoutCapacity: 1 },
      { tier: 3, offers: 0, places: null, withoutCapacity: 0 },
      { tier: 4, offers: 0, places: null, withoutCapacity: 0 },
    ]);
    // w2's 50 places at tiers 2 and 3: 25 each. At tier 2, w1 still records none: at least 25.
    const withPlaces = [...provision, entry('w2', { tiers: [2, 3], areas: [], walesWide: true, capacity: 50 })];
    const result = unmetNeed(withPlaces, entriesByArea(withPlaces), areas, demand, config);
    expect(result.national.find((row) => row.tier === 2)).toEqual({
      tier: 2,
      offers: 2,
      places: 25,
      withoutCapacity: 1,
    });
    expect(cell(result.cells, 'A', 2)).toMatchObject({ places: 15 });
  });
  it('gives zero demand a ratio of 0, and no provision or no figures no ratio at all', () => {
    expect(cell(cells, 'A', 1)).toMatchObject({ demand: 0, ratio: 0, status: 'ratio' });
    expect(cell(cells, 'B', 1)).toMatchObject({ demand: 5, places: 0, ratio: null, status: 'no-provision' });
    expect(cell(cells, 'C', 2)).toMatchObject({ demand: null, ratio: null, status: 'no-demand-figure' });
    // Tier 5 is not compared: those young people are already in education, employment or training.
    expect(cells.some((c) => c.tier === 5)).toBe(false);
  });
  it('ranks worst first, only figures built on every offer’s places, and keeps the cases it cannot rank apart', () => {
    expect(ranked.map((c) => `${c.area}${c.tier}:${c.ratio?.toFixed(2)}`)).toEqual([
      'A3:2.67',
      'B3:1.00',
      'A1:0.00',
      'A4:0.00',
      'B2:0.00',
    ]);
    expect(unranked.map((c) => `${c.area}${c.tier}:${c.status}`)).toEqual([
      'A2:at-most',
      'B1:no-provision',
      'B4:no-provision',
    ]);
  });
  it('says when offers exist but none records its capacity', () => {
    const only = [entry('x', { tiers: [2], areas: ['A'] })];
    const result = unmetNeed(only, entriesByArea(only), [areas[0] as GapArea], demand, config);
    expect(cell(result.cells, 'A', 2)).toMatchObject({
      places: 0,
      withoutCapacity: 1,
      ratio: null,
      atMost: null,
      status: 'no-capacity-recorded',
    });
  });
});

describe('duplication', () => {
  it('scores a pair by tiers, ages and priority groups', () => {
    const a2 = provision[1] as Provision;
    const a4 = provision[3] as Provision;
    // Tiers {2} and {2}: 1. Ages 16–24 and 16–18: 3 shared years of 9. Groups the same: 1. Mean 0.7778.
    expect(similarity(a2, a4)).toBeCloseTo((1 + 3 / 9 + 1) / 3, 4);
    // No shared tier: never a duplicate.
    expect(similarity(a2, entry('t3', { ...youthWork, tiers: [3], priorityGroups: ['care-leavers'] }))).toBeNull();
    // Different priority groups: never a duplicate.
    expect(similarity(a2, entry('g', { ...youthWork, tiers: [2], priorityGroups: ['young-carers'] }))).toBeNull();
  });

  it('needs a distinctive word in common: the same kind of thing is not enough', () => {
    const studio = entry('studio', {
      ...youthWork,
      tiers: [2, 4],
      ages: { min: 14, max: 25 },
      title: { en: 'Music and film studio sessions' },
      summary: {
        en: 'Make music, podcasts and short films in a professional studio, with youth workers who help with the rest of life too.',
      },
    });
    const street = entry('street', {
      ...youthWork,
      tiers: [1, 2],
      ages: { min: 14, max: 19 },
      title: { en: 'Cardiff Youth Service: street-based outreach' },
      summary: {
        en: 'Youth workers in the city centre finding young people who are not in education, employment or training.',
      },
    });
    // Alike enough on tiers, ages and groups ((1/3 + 6/12 + 1) ÷ 3 = 0.61), but they share only common words ("youth", "workers").
    expect(sharedWords(distinctiveWords(studio), distinctiveWords(street))).toEqual([]);
    expect(similarity(studio, street)).toBeNull();
    const club = entry('club', {
      ...youthWork,
      tiers: [1, 2],
      ages: { min: 14, max: 19 },
      title: { en: 'Film club' },
      summary: { en: 'Short films, made together.' },
    });
    expect(sharedWords(distinctiveWords(studio), distinctiveWords(club))).toEqual(['film', 'films', 'short']);
    expect(similarity(studio, club)).toBeCloseTo((1 / 3 + 6 / 12 + 1) / 3, 4);
  });

  it('groups offers in the same area with the same kind, focus and language, and says why', () => {
    const groups = duplication(byArea, ['A', 'B', 'C'], config);
    // a2–a4 score 0.78 and a4–a5 score 1; a2–a5 share a provider, so they are not compared. Mean 0.89.
    expect(groups).toEqual([
      {
        area: 'A',
        members: ['a2', 'a4', 'a5'],
        shared: {
          kind: 'support',
          focus: { field: 'serviceType', value: 'youth-work' },
          language: 'english',
          tiers: [2],
          ages: [16, 18],
          priorityGroups: ['care-leavers'],
        },
        score: 0.89,
      },
    ]);
  });

  it('follows the configured threshold and the same-provider rule', () => {
    const strict: GapConfig = { ...config, duplication: { minScore: 0.8, sameProvider: false } };
    expect(duplication(byArea, ['A'], strict).map((g) => g.members)).toEqual([['a4', 'a5']]);
    const sameProvider: GapConfig = { ...config, duplication: { minScore: 0.6, sameProvider: true } };
    // Now a2–a5 (0.78) counts as well: (0.78 + 1 + 0.78) ÷ 3 = 0.85.
    expect(duplication(byArea, ['A'], sameProvider)[0]?.score).toBe(0.85);
  });
});

describe('progression', () => {
  const { cells, broken } = progression(provision, byArea, ['A', 'B', 'C']);
  it('checks for provision at the next tier and links that reach it', () => {
    // A, tier 2: next tier 3 has a1 and a3 locally; a1 links to a3 (tier 3).
    expect(cell(cells, 'A', 2)).toMatchObject({
      entries: 4,
      nextTierLocal: 2,
      nextTierWalesWide: 0,
      linkedOnward: 1,
      noRouteOnward: false,
    });
    // A, tier 3: nothing live at tier 4 (ended1 has ended) and a3's only link is to it.
    expect(cell(cells, 'A', 3)).toMatchObject({ entries: 2, nextTierLocal: 0, linkedOnward: 0, noRouteOnward: true });
    // A, tier 1: no provision, so no route to report; at tier 2, a1, a2, a4 and a5 locally, and w1 Wales-wide beside them.
    expect(cell(cells, 'A', 1)).toMatchObject({
      entries: 0,
      nextTierLocal: 4,
      nextTierWalesWide: 1,
      noRouteOnward: false,
    });
    expect(cells.some((c) => c.tier === 5)).toBe(false);
  });

  it('lists every running offer serving tiers 2–4 whose links lead nowhere running: local, online and Wales-wide', () => {
    expect(broken.map((b) => `${b.area}:${b.entry}:${b.reason}`)).toEqual([
      'A:a2:no-links',
      'A:a3:none-active',
      'A:a4:no-links',
      'A:a5:no-links',
      // a3 serves two areas, so it is listed under each; o1 is online, listed for B.
      'B:a3:none-active',
      'B:o1:no-links',
      // w1 is Wales-wide: listed once, for the page for all of Wales.
      ':w1:no-links',
    ]);
    expect(broken.find((b) => b.entry === 'a3')?.deadLinks).toEqual(['ended1']);
  });

  it('never lets a Wales-wide offer hide a missing local next tier: the local fact, with the national one beside it', () => {
    // A Wales-wide offer at tier 4, online: A's tier 3 still has nothing local at tier 4, and is flagged.
    const world = [
      ...provision,
      entry('wo', { tiers: [4], areas: [], walesWide: true, delivery: 'online', venues: [] }),
    ];
    const result = progression(world, entriesByArea(world), ['A']);
    expect(cell(result.cells, 'A', 3)).toMatchObject({ nextTierLocal: 0, nextTierWalesWide: 1, noRouteOnward: true });
  });

  it('has one meaning of a working link: to an offer running now, so a temporarily closed one does not count', () => {
    // closed1 (tier 5) is temporarily closed. An offer whose only link is to it leads nowhere running, and not to a higher tier.
    const world = [...provision, entry('toClosed', { tiers: [4], areas: ['B'], progression: ['closed1'] })];
    const result = progression(world, entriesByArea(world), ['B']);
    expect(result.broken.find((b) => b.entry === 'toClosed')).toEqual({
      area: 'B',
      entry: 'toClosed',
      reason: 'none-active',
      deadLinks: ['closed1'],
    });
    expect(cell(result.cells, 'B', 4)).toMatchObject({ entries: 1, linkedOnward: 0, noRouteOnward: true });
  });
});

describe('reach', () => {
  it('lists towns with no in-person offer within the distance, with the nearest and its distance', () => {
    const { gaps } = reach(provision, towns, config);
    // TA has a1 on the spot. TB is one degree of latitude (111.2 km) from a1 at TA; a3 (0.1° east) is a little further.
    // closed1 at TB is temporarily closed, and serves tier 5 only.
    expect(gaps).toEqual([
      {
        town: towns[1],
        beyond: [
          { tier: 2, nearest: { entry: 'a1', venue: 'TA', km: 111.2 } },
          { tier: 3, nearest: { entry: 'a1', venue: 'TA', km: 111.2 } },
        ],
      },
    ]);
    expect(reach(provision, towns, { ...config, reachKm: 120 }).gaps).toEqual([]);
  });

  it('counts outreach as reaching every town in its areas, and only there', () => {
    // a2, a4 and a5 are outreach at tier 2 in A. Far from any venue, a town in A is reached at tier 2 by them; one in B is not.
    const far = [
      { nameEn: 'FA', nameCy: 'FA', area: 'A', lat: 54.5, lon: -4.0 },
      { nameEn: 'FB', nameCy: 'FB', area: 'B', lat: 54.5, lon: -4.0 },
    ];
    const { gaps, outreachOnly } = reach(provision, far, config);
    expect(gaps.map((gap) => [gap.town.nameEn, gap.beyond.map((b) => b.tier)])).toEqual([
      ['FA', [3]],
      ['FB', [2, 3]],
    ]);
    // w1 is Wales-wide outreach at tier 2: not counted, as reach is about local provision.
    expect(gaps[1]?.beyond[0]?.nearest?.entry).toBe('a1');
    // FA is within reach at tier 2 only through outreach: listed, with the offers it rests on.
    expect(outreachOnly).toEqual([{ town: far[0], tiers: [{ tier: 2, offers: ['a2', 'a4', 'a5'] }] }]);
    // TA has a1 on the spot, so nothing there rests on outreach.
    expect(reach(provision, [towns[0] as Town], config).outreachOnly).toEqual([]);
  });

  it('never counts an offer only for a priority group as reach, coverage, places or a next tier for everyone', () => {
    // yj: a youth justice service, outreach at tiers 2 and 3 in B, only for young people known to youth justice.
    const yj = entry('yj', {
      ...youthWork,
      serviceType: 'youth-justice',
      tiers: [2, 3],
      areas: ['B'],
      delivery: 'outreach',
      priorityGroups: ['youth-justice'],
      onlyForPriorityGroups: true,
      capacity: 30,
    });
    const world = [...provision, yj];
    const byWorld = entriesByArea(world);
    const far = [{ nameEn: 'FB', nameCy: 'FB', area: 'B', lat: 54.5, lon: -4.0 }];
    expect(reach(world, far, config)).toEqual(reach(provision, far, config));
    expect(cell(coverage(world, byWorld, areas, config), 'B', 2)).toMatchObject({ local: 0, mark: 'gap' });
    expect(unmetNeed(world, byWorld, areas, demand, config).cells).toEqual(
      unmetNeed(provision, byArea, areas, demand, config).cells,
    );
    expect(progression(world, byWorld, ['B']).cells).toEqual(progression(provision, byArea, ['B']).cells);
    expect(welshLanguage(world, byWorld, areas, config).cells).toEqual(
      welshLanguage(provision, byArea, areas, config).cells,
    );
    // It counts in its group's own row, and as its type of support.
    expect(priorityGroupGaps(byWorld, ['B'])[0]?.targeted['youth-justice']).toBe(1);
    expect(kindsAndStrands(byWorld, areas).find((k) => k.area === 'B')?.support['youth-justice']).toBe(1);
    // The same offer open to everyone (prioritising the group) does count.
    const open = [...provision, { ...yj, onlyForPriorityGroups: false }];
    expect(reach(open, far, config).outreachOnly.map((r) => r.tiers.map((c) => c.tier))).toEqual([[2, 3]]);
  });

  it('reports a tier with no in-person offer anywhere as having no nearest', () => {
    expect(reach(provision, [towns[0] as Town], { ...config, reachTiers: [4] }).gaps).toEqual([
      { town: towns[0], beyond: [{ tier: 4, nearest: null }] },
    ]);
  });
});

describe('priority groups and housekeeping', () => {
  it('lists groups with no targeted local provision', () => {
    const [a, , c] = priorityGroupGaps(byArea, ['A', 'B', 'C']);
    expect(a?.targeted['care-leavers']).toBe(3);
    expect(a?.missing).not.toContain('care-leavers');
    expect(a?.missing).toHaveLength(8);
    expect(c?.missing).toHaveLength(9);
  });

  it('counts months back by the calendar', () => {
    expect(monthsBefore('2026-11-25', 12)).toBe('2025-11-25');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 13)).toBe('2024-12-15');
  });

  it('finds stale, closed and half-translated records, leaving ended ones out', () => {
    expect(housekeeping(provision, '2026-11-25', config)).toEqual({
      stale: [{ entry: 'closed1', lastReviewed: '2025-01-01' }],
      closed: ['closed1'],
      welshMissing: [{ entry: 'closed1', fields: ['title'] }],
      checks: [],
    });
  });

  it('lists start dates and contact details to check, for live records only', () => {
    const dated = entry('dated', {
      starts: { dates: ['2026-09-07', '2027-01-11'] },
      access: { routes: ['self-referral'], contact: { phone: '07700 900123' } },
    });
    const gone = entry('gone', { starts: { dates: ['2026-01-05'] }, status: 'ended' });
    expect(housekeeping([...provision, dated, gone], '2026-11-25', config).checks).toEqual([
      { entry: 'dated', collection: 'provision', field: 'starts.dates[0]', code: 'starts-passed', value: '2026-09-07' },
      {
        entry: 'dated',
        collection: 'provision',
        field: 'access.contact.phone',
        code: 'phone-mobile',
        value: '07700 900123',
      },
    ]);
  });
});

describe('the whole report, scopes and summary', () => {
  const report = analyseGaps({ provision, areas, demand, towns, today: '2026-11-25' });

  it('cuts the report to a region or an area', () => {
    const region = scopeReport(report, provision, { type: 'region', region: 'south-west' });
    expect(region.areas.map((a) => a.id)).toEqual(['A', 'B']);
    expect(region.coverage).toHaveLength(10);
    const c = scopeReport(report, provision, { type: 'area', area: 'C' });
    expect(c.coverage.map((x) => x.area)).toEqual(['C', 'C', 'C', 'C', 'C']);
    expect(c.housekeeping.closed).toEqual([]);
    expect(c.reach).toEqual([]);
    expect(scopeReport(report, provision, { type: 'area', area: 'B' }).housekeeping.closed).toEqual(['closed1']);
    // Wales-wide offers whose links lead nowhere are open in every area, so every page lists them, as the rule says.
    expect(scopeReport(report, provision, { type: 'wales' }).progression.broken.some((b) => b.entry === 'w1')).toBe(
      true,
    );
    expect(region.progression.broken.some((b) => b.entry === 'w1')).toBe(true);
    expect(scopeReport(report, provision, { type: 'area', area: 'B' }).progression.broken.map((b) => b.entry)).toEqual([
      'a3',
      'o1',
      'w1',
    ]);
  });

  it('lists each kind of gap on its own, never adding unlike kinds together', () => {
    const summaries = summarise(report);
    const a = summaries[0] as (typeof summaries)[number];
    expect(gapParts(a)).toEqual([
      { part: 'gapTiers', count: 2 },
      { part: 'missingStrands', count: 2 },
      { part: 'englishOnlyTiers', count: 2 },
      { part: 'noRouteOnwardTiers', count: 1 },
      { part: 'noRollingStartTiers', count: 1 },
      { part: 'summerGapTiers', count: 1 },
    ]);
    expect('gapCount' in a).toBe(false);
  });

  it('ranks areas within each kind: 1 has the most, equal counts share a rank, none has no rank', () => {
    const ranks = rankWithinKinds(summarise(report));
    // English-only tiers: A 2 ([1, 2]); B and C 1 each ([1]): A first, then B and C sharing second.
    expect([...ranks].map(([area, r]) => [area, r.englishOnlyTiers])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 2],
    ]);
    // Towns out of reach: TB in B only (A has a1 on the spot, and C has no towns): B ranks first, A and C have none.
    expect([...ranks].map(([area, r]) => [area, r.townsBeyondReach])).toEqual([
      ['A', null],
      ['B', 1],
      ['C', null],
    ]);
  });

  it('summarises each area in numbers the page turns into words', () => {
    // Tiers 4 and 5 empty (tier 1 is covered nationally); no Advancement or Employment strand; tiers 1 (w1, national,
    // English-medium) and 2 English only; no route on from tier 3; no rolling start at tier 3.
    expect(summarise(report)[0]).toEqual({
      area: 'A',
      missingStrands: ['advancement', 'employment'],
      gapTiers: [4, 5],
      thinTiers: [],
      noRollingStartTiers: [3],
      // Tier 3: a1 is a course (term time, by default) and a3 JGW+ (all year, by default): one of two runs in the summer.
      summerGapTiers: [3],
      duplicationGroups: 1,
      englishOnlyTiers: [1, 2],
      noRouteOnwardTiers: [3],
      worstNeed: { tier: 3, ratio: 40 / 15 },
      needNotRanked: [2],
      missingGroups: 8,
      townsBeyondReach: 0,
    });
  });

  it('is deterministic', () => {
    expect(
      analyseGaps({ provision: [...provision].reverse(), areas, demand, towns, today: '2026-11-25' }).duplication,
    ).toEqual(report.duplication);
  });
});

describe('the summer', () => {
  const cells = summer(byArea, ['A', 'B', 'C'], config);
  it('counts the local offers running in each summer month, with how many rest on their kind’s default', () => {
    // A, tier 2: a1 (a course: term time by default) and a2, a4, a5 (support: all year by default). None says.
    expect(cell(cells, 'A', 2)).toEqual({
      area: 'A',
      tier: 2,
      local: 4,
      months: [
        { month: 7, running: 3 },
        { month: 8, running: 3 },
      ],
      notStated: 4,
      missingMonths: [],
      thinMonths: [],
    });
    // A, tier 3: a1 (term time) and a3 (JGW+, all year): one of two runs in July and August, at most thinAtMost (1): thin.
    expect(cell(cells, 'A', 3)).toMatchObject({ local: 2, missingMonths: [], thinMonths: [7, 8] });
    // C has nothing: neither empty nor thin in the summer (coverage already says so).
    expect(cell(cells, 'C', 2)).toMatchObject({ local: 0, missingMonths: [], thinMonths: [] });
  });

  it('flags a tier with nothing running in a summer month, and counts a summer-only offer there only', () => {
    const world = provision.map((e) => (e.id === 'a3' ? { ...e, runs: 'term-time' as const } : e));
    const byWorld = entriesByArea(world);
    // A, tier 3: a1 and a3 both term time: nothing in July or August. a3 says so; a1 does not.
    expect(cell(summer(byWorld, ['A'], config), 'A', 3)).toMatchObject({
      missingMonths: [7, 8],
      thinMonths: [],
      notStated: 1,
    });
    // An offer that runs in August only fills August; one only for a priority group fills nothing.
    const more = [
      ...world,
      entry('aug', { tiers: [3], runs: 'months', runMonths: [8] }),
      entry('yj3', { ...youthWork, tiers: [3], priorityGroups: ['youth-justice'], onlyForPriorityGroups: true }),
    ];
    expect(cell(summer(entriesByArea(more), ['A'], config), 'A', 3)).toMatchObject({
      local: 3,
      months: [
        { month: 7, running: 0 },
        { month: 8, running: 1 },
      ],
      missingMonths: [7],
      thinMonths: [8],
    });
    // The map's figure: offers at a summer tier running in every summer month.
    expect(summerOffers(entriesByArea(more), ['A'], config)).toEqual([{ area: 'A', running: 3, notStated: 3 }]);
  });

  it('reads when an offer runs, with the stated default for a record that does not say', () => {
    expect(runsIn({ kind: 'course' })).toEqual({ runs: 'term-time', months: TERM_MONTHS, stated: false });
    expect(runsIn({ kind: 'support' })).toMatchObject({ runs: 'all-year', stated: false });
    expect(runsIn({ kind: 'course', runs: 'summer-only' })).toEqual({
      runs: 'summer-only',
      months: [7, 8],
      stated: true,
    });
    expect(runsIn({ kind: 'jgw', runs: 'months', runMonths: [8, 1, 8] }).months).toEqual([1, 8]);
    expect(TERM_MONTHS.some((month) => SUMMER_MONTHS.includes(month))).toBe(false);
  });
});

describe('data to fix first', () => {
  const { cells } = unmetNeed(provision, byArea, areas, demand, config);
  const { rows, fixFirst } = dataQuality(provision, byArea, ['A', 'B', 'C'], cells, '2026-11-25', config);

  it('gives each area the share of its running offers whose records are complete, with a Wales-wide row', () => {
    // A: a1–a5 are running and listed for A (ended1 is not). a2 records no places: 4 of 5. None says when it runs.
    expect(rows[0]).toEqual({
      area: 'A',
      offers: 5,
      shares: { reviewed: 1, places: 0.8, welsh: 1, where: 1, startAhead: 1, runsStated: 0 },
    });
    // C has no offers: no shares, never 0%.
    expect(rows[2]?.shares.places).toBeNull();
    expect(rows.at(-1)).toMatchObject({ area: '', offers: 1, shares: { places: 0 } });
  });

  it('orders the offers to fix by the young people whose figures each holds back', () => {
    // a2 is the one offer at A's tier 2 with no places: the tier's 30 young people cannot be measured without it.
    // The rest hold back nothing (o1 is online, w1 Wales-wide): two fixes before one, then by id.
    expect(fixFirst.map((item) => [item.entry, item.area, item.fixes, item.heldBack])).toEqual([
      ['a2', 'A', ['no-places', 'runs-not-stated'], 30],
      ['o1', 'B', ['no-places', 'runs-not-stated'], 0],
      ['w1', '', ['no-places', 'runs-not-stated'], 0],
      ['a1', 'A', ['runs-not-stated'], 0],
      ['a3', 'A', ['runs-not-stated'], 0],
      ['a3', 'B', ['runs-not-stated'], 0],
      ['a4', 'A', ['runs-not-stated'], 0],
      ['a5', 'A', ['runs-not-stated'], 0],
    ]);
  });

  it('counts an offer that can no longer be started by its share of the young people at its tiers', () => {
    const past = entry('past', { tiers: [3], starts: { dates: ['2026-01-05'] }, capacity: 10, runs: 'term-time' });
    const world = [...provision, past];
    const byWorld = entriesByArea(world);
    const need = unmetNeed(world, byWorld, areas, demand, config).cells;
    const result = dataQuality(world, byWorld, ['A'], need, '2026-11-25', config);
    // A, tier 3: 40 young people, three local offers (a1, a3, past): its share is 40 ÷ 3.
    // After a2 (30), before everything that holds back nothing.
    expect(result.fixFirst.map((item) => item.entry).slice(0, 2)).toEqual(['a2', 'past']);
    expect(result.fixFirst[1]).toEqual({
      entry: 'past',
      kind: 'course',
      area: 'A',
      fixes: ['no-start-ahead'],
      heldBack: 40 / 3,
    });
    expect(canStillStart(past, '2026-01-05')).toBe(true);
    expect(canStillStart(past, '2026-01-06')).toBe(false);
  });
});

describe('the rules a review found unstated', () => {
  it('marks a summer thin only when more run the rest of the year: a term-time offer and a summer-only one are not', () => {
    const world = [
      entry('term', { tiers: [2], areas: ['C'], runs: 'term-time' }),
      entry('summer', { tiers: [2], areas: ['C'], runs: 'summer-only' }),
    ];
    // One runs in every month of the year: July and August have as many as any other month.
    expect(cell(summer(entriesByArea(world), ['C'], config), 'C', 2)).toMatchObject({
      thinMonths: [],
      missingMonths: [],
    });
  });

  it('never counts a link to an offer only for a priority group as a route onward for everyone', () => {
    const target = entry('only', {
      ...youthWork,
      tiers: [4],
      priorityGroups: ['young-parents'],
      onlyForPriorityGroups: true,
    });
    const from = entry('from', { tiers: [3], areas: ['C'], progression: ['only'] });
    const world = [target, from];
    expect(cell(progression(world, entriesByArea(world), ['C']).cells, 'C', 3)).toMatchObject({ linkedOnward: 0 });
    const open = [{ ...target, onlyForPriorityGroups: false }, from];
    expect(cell(progression(open, entriesByArea(open), ['C']).cells, 'C', 3)).toMatchObject({ linkedOnward: 1 });
  });

  it('counts a JGW+ strand only for a priority group as no strand for everyone, and a support service by its type', () => {
    const strand = entry('jgw-only', {
      kind: 'jgw',
      strand: 'advancement',
      sector: undefined,
      qualification: undefined,
      institutionType: undefined,
      areas: ['C'],
      priorityGroups: ['care-leavers'],
      onlyForPriorityGroups: true,
    });
    const row = kindsAndStrands(entriesByArea([strand]), areas).find((k) => k.area === 'C');
    expect(row?.missing.strands).toContain('advancement');
  });

  it('holds back the larger of the two figures when an offer has no places and no start to come, never both', () => {
    // a2 (A, tier 2, no places) with its start dates passed: 30 (no places: the one offer without) beats 30 ÷ 4.
    const world = provision.map((e) => (e.id === 'a2' ? { ...e, starts: { dates: ['2026-01-05'] } } : e));
    const byWorld = entriesByArea(world);
    const need = unmetNeed(world, byWorld, areas, demand, config).cells;
    const a2 = dataQuality(world, byWorld, ['A'], need, '2026-11-25', config).fixFirst.find((i) => i.entry === 'a2');
    expect(a2).toMatchObject({ fixes: ['no-places', 'no-start-ahead', 'runs-not-stated'], heldBack: 30 });
  });
});
