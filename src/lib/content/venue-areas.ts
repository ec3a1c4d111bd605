/**
 * A venue must lie in one of the areas its record serves. The boundaries are
 * simplified and the coast is drawn roughly, so a venue a little outside still
 * counts (VENUE_TOLERANCE_KM). A venue over the border in England says so with
 * `acrossBorder: true`, and must then lie outside Wales, on land in England (judged by the
 * postcode districts, districts.ts), and near the areas served. A venue's postcode district must
 * be one of Great Britain's, centred within DISTRICT_KM of it.
 *
 * Needs the reference boundaries; without them the check cannot be made, and the
 * caller says so. Pure.
 */
import { areaCodeAt, type Boundary, kmOutside } from '../geo/boundaries.ts';
import { type District, notOnEnglishLand } from '../geo/districts.ts';
import type { Provision } from '../schema/schema.ts';
import { AREA_CODES } from '../schema/vocabulary.ts';
import { haversineKm } from '../search/distance.ts';
import type { ContentIssue } from './validate.ts';

/**
 * How far outside its areas' simplified boundaries a venue may lie: the simplified
 * coastline cuts off seafronts and harbours (seven sample venues lie just outside;
 * the furthest, on the front at Rhyl, by 0.3 km), and simplified borders between
 * areas move by up to about a kilometre.
 */
export const VENUE_TOLERANCE_KM = 1.5;
/** How far a venue may lie from the centre of its postcode district: the largest rural districts near Wales reach about 15 km from theirs. */
export const DISTRICT_KM = 25;

/** How far from the areas it serves a venue across the border may be: a bus ride, not another region. */
export const ACROSS_BORDER_KM = 40;

const km = (n: number): string => (n < 10 ? n.toFixed(1) : String(Math.round(n)));

/**
 * `areaCodes` maps area ids (file names) to ONS codes, `areaNames` codes to names for messages.
 * `fileOf` gives the file of a provision id.
 */
export const venueAreaIssues = (
  provision: readonly Provision[],
  boundaries: readonly Boundary[],
  areaCodes: ReadonlyMap<string, string>,
  fileOf: (id: string) => string,
  districts: readonly District[] = [],
): ContentIssue[] => {
  const byCode = new Map(boundaries.map((b) => [b.code, b] as const));
  // Area ids by code: the content's own, then the standard ids of the 22 areas for any the content leaves out.
  const areaOfCode = new Map([...Object.entries(AREA_CODES), ...areaCodes].map(([id, code]) => [code, id] as const));
  const issues: ContentIssue[] = [];
  const districtByCode = new Map(districts.map((district) => [district.code, district] as const));
  for (const entry of provision) {
    // Wales-wide offers serve every area: the venue must be in Wales, or near it.
    // An area that is unknown, or whose own record has a problem (a wrong ONS code), is reported on its own: without it the check cannot be made.
    if (!entry.walesWide && entry.areas.some((area) => !byCode.has(areaCodes.get(area) ?? ''))) continue;
    const served = (
      entry.walesWide ? boundaries : entry.areas.map((area) => byCode.get(areaCodes.get(area) ?? ''))
    ).filter((b): b is Boundary => b !== undefined);
    if (served.length === 0) continue;
    const servedNames = entry.walesWide ? 'Wales' : entry.areas.join(', ');
    entry.venues.forEach((venue, i) => {
      const outside = Math.min(...served.map((b) => kmOutside(b, venue)));
      const field = `venues[${i}]`;
      const where = `${venue.name}, ${venue.town} (${venue.lat}, ${venue.lon})`;
      const inWales = areaCodeAt(boundaries, venue);
      const otherArea = inWales === null ? null : (areaOfCode.get(inWales) ?? inWales);
      const before = issues.length;
      const add = (message: string) => issues.push({ file: fileOf(entry.id), field, message });
      // When the place itself is fine, its postcode district must be a real one, and near it.
      const checkDistrict = () => {
        if (issues.length > before || districts.length === 0 || venue.postcodeDistrict === undefined) return;
        const district = districtByCode.get(venue.postcodeDistrict);
        if (district === undefined)
          issues.push({
            file: fileOf(entry.id),
            field: `${field}.postcodeDistrict`,
            message: `${venue.postcodeDistrict} is not a postcode district of Great Britain (not in the reference data's list); check it`,
          });
        else if (haversineKm(venue, district) > DISTRICT_KM)
          issues.push({
            file: fileOf(entry.id),
            field: `${field}.postcodeDistrict`,
            message: `${venue.postcodeDistrict} is centred ${km(haversineKm(venue, district))} km from ${where}; give the district the venue is in, or correct the coordinates`,
          });
      };
      if (venue.acrossBorder) {
        // Computed once: it looks at every district of Great Britain.
        const off =
          outside === 0 || otherArea !== null || districts.length === 0 ? null : notOnEnglishLand(venue, districts);
        if (outside === 0 || otherArea !== null)
          add(
            `${where} is in ${otherArea ?? servedNames}, in Wales, so it is not across the border; remove acrossBorder${otherArea && !entry.walesWide && !entry.areas.includes(otherArea) ? ` and add ${otherArea} to areas` : ''}`,
          );
        else if (off !== null) {
          add(
            off.nearest.english
              ? `${where} is said to be across the border, but lies ${km(off.km)} km from the nearest English postcode district (${off.nearest.code}), out at sea; correct the coordinates`
              : `${where} is said to be across the border, but is not in England: it is nearest ${off.nearest.code}, a district outside England, ${km(off.km)} km away, and may be at sea; correct the coordinates`,
          );
        } else if (outside > ACROSS_BORDER_KM)
          add(
            `${where} lies ${km(outside)} km from ${servedNames}; a venue across the border must be within ${ACROSS_BORDER_KM} km of the areas served`,
          );
        checkDistrict();
        return;
      }
      if (outside <= VENUE_TOLERANCE_KM) {
        checkDistrict();
        return;
      }
      if (otherArea !== null)
        add(
          `${where} is in ${otherArea}, not in ${servedNames}; add ${otherArea} to areas if it serves young people there, or correct the coordinates`,
        );
      else
        add(
          `${where} lies ${km(outside)} km outside ${servedNames}, outside Wales; correct the coordinates, or set acrossBorder: true if it is delivered over the border`,
        );
    });
  }
  return issues;
};
