/**
 * A small hand-made world for the gap analysis tests, where every expected
 * number can be worked out by hand.
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

import type { GapArea } from '../../src/lib/gaps/common.ts';
import type { Town } from '../../src/lib/gaps/reach.ts';
import type { Provision } from '../../src/lib/schema/schema.ts';
import type { Tier } from '../../src/lib/schema/vocabulary.ts';
import { validProvision } from './fixtures.ts';

/**
 * In person or blended, a record must have a venue: one that gives none is put at a venue far from
 * every town of this world (Elsewhere, over 100 km from TA and TB), so that it changes no distance.
 */
const ELSEWHERE = { name: 'Elsewhere', town: 'Elsewhere', lat: 51.5, lon: -3.0 };
const needsVenue = (over: Record<string, unknown>) =>
  !('venues' in over) && ['in-person', 'blended', undefined].includes(over.delivery as string | undefined);

export const entry = (id: string, over: Record<string, unknown>): Provision =>
  validProvision(id, {
    kind: 'course',
    sector: 'care-health',
    qualification: { en: 'A qualification' },
    institutionType: 'fe-college',
    title: { en: `Title ${id}`, cy: `Teitl ${id}` },
    summary: { en: 'Summary', cy: 'Crynodeb' },
    provider: 'p1',
    tiers: [3],
    areas: ['A'],
    walesWide: false,
    venues: [],
    delivery: 'in-person',
    language: 'english',
    ages: { min: 16, max: 18 },
    level: '2',
    starts: 'september',
    access: { routes: ['apply-to-provider'], contact: { how: { en: 'Ask' } } },
    priorityGroups: [],
    cost: { free: true },
    financialSupport: [],
    fundedBy: ['welsh-government'],
    progression: [],
    lastReviewed: '2026-09-01',
    status: 'active',
    illustrative: true,
    ...(needsVenue(over) ? { venues: [ELSEWHERE] } : {}),
    ...over,
  });

const venue = (town: string, lat: number, lon: number) => ({ name: town, town, lat, lon });
export const youthWork = {
  kind: 'support',
  serviceType: 'youth-work',
  sector: undefined,
  qualification: undefined,
  institutionType: undefined,
  level: 'none',
};

export const provision: Provision[] = [
  entry('a1', { tiers: [2, 3], venues: [venue('TA', 52.0, -4.0)], capacity: 10, progression: ['a3'] }),
  entry('a2', {
    ...youthWork,
    tiers: [2],
    delivery: 'outreach',
    ages: { min: 16, max: 24 },
    starts: 'rolling',
    priorityGroups: ['care-leavers'],
    provider: 'p2',
  }),
  entry('a3', {
    kind: 'jgw',
    strand: 'engagement',
    sector: undefined,
    qualification: undefined,
    institutionType: undefined,
    tiers: [3],
    areas: ['A', 'B'],
    venues: [venue('TA2', 52.0, -3.9)],
    language: 'welsh',
    capacity: 20,
    provider: 'p3',
    progression: ['ended1'],
  }),
  entry('a4', {
    ...youthWork,
    tiers: [2],
    delivery: 'outreach',
    priorityGroups: ['care-leavers'],
    provider: 'p4',
    capacity: 5,
  }),
  entry('a5', {
    ...youthWork,
    tiers: [2],
    delivery: 'outreach',
    priorityGroups: ['care-leavers'],
    provider: 'p2',
    capacity: 5,
  }),
  entry('ended1', { tiers: [4], status: 'ended', capacity: 99, venues: [venue('TA', 52.0, -4.0)] }),
  entry('w1', { ...youthWork, tiers: [1, 2], areas: [], walesWide: true, delivery: 'outreach', provider: 'national' }),
  entry('o1', { tiers: [3], areas: ['B'], delivery: 'online' }),
  entry('closed1', {
    tiers: [5],
    areas: ['B'],
    status: 'temporarily-closed',
    lastReviewed: '2025-01-01',
    title: { en: 'Closed' },
    venues: [venue('TB', 53.0, -4.0)],
  }),
];

export const areas: GapArea[] = [
  { id: 'A', code: 'W1', name: { en: 'Area A', cy: 'Ardal A' }, region: 'south-west' },
  { id: 'B', code: 'W2', name: { en: 'Area B', cy: 'Ardal B' }, region: 'south-west' },
  { id: 'C', code: 'W3', name: { en: 'Area C', cy: 'Ardal C' }, region: 'north' },
];
export const demand = new Map<string, Record<Tier, number>>([
  ['A', { 1: 0, 2: 30, 3: 40, 4: 0, 5: 100 }],
  ['B', { 1: 5, 2: 0, 3: 10, 4: 8, 5: 50 }],
]);
export const towns: Town[] = [
  { nameEn: 'TA', nameCy: 'TA', area: 'A', lat: 52.0, lon: -4.0 },
  { nameEn: 'TB', nameCy: 'TB', area: 'B', lat: 53.0, lon: -4.0 },
];
