/** A venue of a provision record: where it happens, in or near Wales, with its town and postcode district. */
import { z } from 'zod';
import { shown, TEXT_LIMITS, text } from './primitives.ts';
import { WALES_BOUNDS } from './vocabulary.ts';

export const venueSchema = z
  .object({
    name: text('the venue name', TEXT_LIMITS.name).describe('Building or site name, e.g. “Ammanford campus”.'),
    nameCy: text('the venue’s Welsh name', TEXT_LIMITS.name)
      .optional()
      .describe(
        'The venue’s name in Welsh, e.g. “Campws Rhydaman”; a college’s official Welsh name. Welsh pages show the English name, marked as English, only when this is missing.',
      ),
    town: text('the town', TEXT_LIMITS.place).describe('Town or village, as in the gazetteer.'),
    lat: z
      .number({ error: (issue) => `must be a latitude in degrees (got ${shown(issue.input)})` })
      .describe('Latitude, WGS84 degrees.'),
    lon: z
      .number({ error: (issue) => `must be a longitude in degrees (got ${shown(issue.input)})` })
      .describe('Longitude, WGS84 degrees (negative: west of Greenwich).'),
    postcodeDistrict: z
      .string()
      .regex(/^[A-Z]{1,2}\d{1,2}[A-Z]?$/, {
        error: (issue) => `must be a postcode district such as SA18 (got ${shown(issue.input)})`,
      })
      .optional()
      .describe('Postcode district (outcode) of the venue, e.g. SA18. Never a full postcode of a home.'),
    acrossBorder: z
      .boolean({ error: (issue) => `must be true or false (got ${shown(issue.input)})` })
      .optional()
      .describe(
        'True when the venue is over the border in England, near the areas served; otherwise leave out. Every other venue must lie in one of its record’s areas.',
      ),
  })
  .strict()
  // One message for a point outside Wales, on the first coordinate that is out: a point in France, or swapped coordinates, is one mistake.
  .superRefine((venue, ctx) => {
    const { minLat, maxLat, minLon, maxLon } = WALES_BOUNDS;
    const latOut = venue.lat < minLat || venue.lat > maxLat;
    const lonOut = venue.lon < minLon || venue.lon > maxLon;
    const swapped =
      latOut && lonOut && venue.lon >= minLat && venue.lon <= maxLat && venue.lat >= minLon && venue.lat <= maxLon;
    if (latOut)
      ctx.addIssue({
        code: 'custom',
        path: ['lat'],
        message: `must lie in or near Wales, between ${minLat} and ${maxLat} (got ${shown(venue.lat)})${swapped ? '; the latitude and longitude look swapped' : ''}`,
      });
    else if (lonOut)
      ctx.addIssue({
        code: 'custom',
        path: ['lon'],
        message: `must lie in or near Wales, between ${minLon} and ${maxLon} (got ${shown(venue.lon)})`,
      });
  });
