/**
 * The checks that need more than a record's own schema: venues against the areas
 * their record serves (on two made-up square areas, so every distance can be worked
 * out by hand), and the warnings for start dates and contact details.
 */
import { describe, expect, it } from 'vitest';
import { ACROSS_BORDER_KM, VENUE_TOLERANCE_KM, venueAreaIssues } from '../../src/lib/content/venue-areas.ts';
import {
  isMobileNumber,
  looksPersonalEmail,
  providerWarnings,
  provisionWarnings,
  type RecordWarning,
  startWarnings,
  warningText,
} from '../../src/lib/content/warnings.ts';
import { type Boundary, kmOutside } from '../../src/lib/geo/boundaries.ts';
import type { Provision } from '../../src/lib/schema/schema.ts';
import { entry } from './gap-world.ts';

/** A square from (lon, lat) to (lon + size, lat + size), in degrees. */
const square = (code: string, lon: number, lat: number, size: number): Boundary => ({
  code,
  polygons: [
    [
      [
        [lon, lat],
        [lon + size, lat],
        [lon + size, lat + size],
        [lon, lat + size],
        [lon, lat],
      ],
    ],
  ],
});
// Two neighbouring areas at 52°N: West (-4.2 to -4.0) and East (-4.0 to -3.8). Nothing else is Wales.
const BOUNDARIES = [square('W1', -4.2, 52, 0.2), square('W2', -4.0, 52, 0.2)];
const CODES = new Map([
  ['west', 'W1'],
  ['east', 'W2'],
]);
/** A km of latitude, in degrees. */
const KM = 1 / 110.57;

const at = (lat: number, lon: number, extra: Record<string, unknown> = {}) => ({
  name: 'Centre',
  town: 'Town',
  lat,
  lon,
  ...extra,
});
const check = (venues: ReturnType<typeof at>[], over: Record<string, unknown> = {}) =>
  venueAreaIssues(
    [entry('x', { areas: ['west'], venues, ...over })],
    BOUNDARIES,
    CODES,
    (id) => `content/provision/courses/${id}.yaml`,
  ).map((issue) => `${issue.field}: ${issue.message}`);

describe('kmOutside', () => {
  it('is 0 inside and the distance to the nearest edge outside', () => {
    expect(kmOutside(BOUNDARIES[0] as Boundary, { lat: 52.1, lon: -4.1 })).toBe(0);
    expect(kmOutside(BOUNDARIES[0] as Boundary, { lat: 52 - 3 * KM, lon: -4.1 })).toBeCloseTo(3, 5);
    // Beyond a corner, the distance is to the corner.
    expect(
      kmOutside(BOUNDARIES[0] as Boundary, {
        lat: 52 - 3 * KM,
        lon: -4.2 - 4 / (111.32 * Math.cos((52 * Math.PI) / 180)),
      }),
    ).toBeCloseTo(5, 1);
  });
});

describe('a venue must lie in one of its record’s areas', () => {
  it('accepts a venue inside, or within the tolerance for simplified coasts and borders', () => {
    expect(check([at(52.1, -4.1), at(52 - (VENUE_TOLERANCE_KM - 0.2) * KM, -4.1)])).toEqual([]);
  });

  it('names a venue in a neighbouring area the record does not list, and what to do', () => {
    expect(check([at(52.1, -4.1), at(52.1, -3.9)])).toEqual([
      'venues[1]: Centre, Town (52.1, -3.9) is in east, not in west; add east to areas if it serves young people there, or correct the coordinates',
    ]);
    expect(check([at(52.1, -3.9)], { areas: ['west', 'east'] })).toEqual([]);
  });

  it('names a venue outside Wales, with how far out it is', () => {
    expect(check([at(52 - 12 * KM, -4.1)])).toEqual([
      `venues[0]: Centre, Town (${52 - 12 * KM}, -4.1) lies 12 km outside west, outside Wales; correct the coordinates, or set acrossBorder: true if it is delivered over the border`,
    ]);
  });

  it('accepts a venue across the border when it says so and is near, and refuses it when far or in Wales', () => {
    const near = at(52 - 12 * KM, -4.1, { acrossBorder: true });
    const far = at(52 - (ACROSS_BORDER_KM + 5) * KM, -4.1, { acrossBorder: true });
    expect(check([near])).toEqual([]);
    expect(check([far])).toEqual([
      `venues[0]: Centre, Town (${52 - (ACROSS_BORDER_KM + 5) * KM}, -4.1) lies 45 km from west; a venue across the border must be within 40 km of the areas served`,
    ]);
    expect(check([at(52.1, -4.1, { acrossBorder: true })])).toEqual([
      'venues[0]: Centre, Town (52.1, -4.1) is in west, in Wales, so it is not across the border; remove acrossBorder',
    ]);
    expect(check([at(52.1, -3.9, { acrossBorder: true })])).toEqual([
      'venues[0]: Centre, Town (52.1, -3.9) is in east, in Wales, so it is not across the border; remove acrossBorder and add east to areas',
    ]);
  });

  it('lets a Wales-wide offer have a venue anywhere in Wales, and skips areas it does not know', () => {
    expect(check([at(52.1, -3.9)], { areas: [], walesWide: true })).toEqual([]);
    expect(check([at(52 - 12 * KM, -4.1)], { areas: [], walesWide: true })[0]).toContain(
      'lies 12 km outside Wales, outside Wales',
    );
    expect(check([at(52.5, -3.5)], { areas: ['atlantis'] })).toEqual([]);
  });
});

const warn = (warnings: RecordWarning[]) => warnings.map((w) => `${w.field}: ${warningText(w)}`);

describe('warnings: start dates', () => {
  const dated = (dates: string[]) => entry('x', { starts: { dates } });

  it('names each start date that has passed while later ones remain', () => {
    expect(warn(startWarnings(dated(['2026-09-07', '2027-01-11']), '2026-11-26'))).toEqual([
      'starts.dates[0]: 2026-09-07 has passed; remove it so that only dates still to come are listed',
    ]);
  });

  it('says once when every start date has passed, naming the latest', () => {
    expect(warn(startWarnings(dated(['2026-01-05', '2026-09-07']), '2026-11-26'))).toEqual([
      'starts.dates: every start date has passed (the latest is 2026-09-07); add the next dates, or write rolling or september',
    ]);
  });

  it('names dates out of order, and a date listed twice', () => {
    expect(warn(startWarnings(dated(['2027-04-19', '2027-01-11', '2027-01-11']), '2026-11-26'))).toEqual([
      'starts.dates[1]: 2027-01-11 comes after 2027-04-19 in the list; list each date once, earliest first',
      'starts.dates[2]: 2027-01-11 is listed twice; list each date once, earliest first',
    ]);
  });

  it('has nothing to say about September, rolling, or dates to come in order', () => {
    expect(startWarnings(entry('x', { starts: 'rolling' }), '2026-11-26')).toEqual([]);
    expect(startWarnings(dated(['2027-01-11', '2027-04-19']), '2026-11-26')).toEqual([]);
  });
});

describe('warnings: contact details that look like a person’s own', () => {
  it.each([
    ['07700 900123', true],
    ['+44 7700 900123', true],
    ['+44 (0)7700 900123', true],
    ['0800 028 4844', false],
    ['01267 225000', false],
    ['+44 29 2000 0000', false],
  ])('%s is a mobile number: %s', (phone, mobile) => {
    expect(isMobileNumber(phone)).toBe(mobile);
  });

  it.each([
    ['jane.jones@example.gov.wales', true],
    ['gareth_ap-rhys@example.org.uk', true],
    ['info@example.org.uk', false],
    ['student.services@example.ac.uk', false],
    ['ymholiadau@example.cymru', false],
    ['youth.team@example.org.uk', false],
    ['a.b.c@example.org', false],
    ['jane2.jones@example.org', false],
  ])('%s looks personal: %s', (email, personal) => {
    expect(looksPersonalEmail(email)).toBe(personal);
  });

  it('warns on a record’s and a provider’s contact details, with the field', () => {
    const record: Provision = entry('x', {
      access: { routes: ['self-referral'], contact: { phone: '07700 900123', email: 'jane.jones@example.org.uk' } },
    });
    expect(warn(provisionWarnings(record, '2026-11-26'))).toEqual([
      'access.contact.phone: 07700 900123 looks like a mobile number; give the organisation’s public enquiry number, never a person’s own',
      'access.contact.email: jane.jones@example.org.uk looks like a person’s own address; give a shared one such as info@ or enquiries@',
    ]);
    const provider = {
      id: 'p',
      name: { en: 'P', cy: 'P' },
      type: 'third-sector' as const,
      email: 'youthproject@gmail.com',
      illustrative: true,
    };
    expect(warn(providerWarnings(provider))).toEqual([
      'email: youthproject@gmail.com is a personal webmail address; give the organisation’s own shared address',
    ]);
  });
});
