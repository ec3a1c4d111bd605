/**
 * "Near a place": resolves a town (English or Welsh name) or a postcode
 * district to a point, or suggests close spellings. Shared by server and client code.
 */
import type Fuse from 'fuse.js';
import { withoutArticle } from '../geo/place-names.ts';
import type { FuseClass } from './matcher.ts';
import { normalise } from './normalise.ts';
import type { PlaceRow } from './types.ts';

export interface PlacesAsset {
  /** Towns first, then villages and suburbs, so the larger place wins a shared name. */
  places: PlaceRow[];
  /** Postcode district → [lat, lon, area id ('' when unknown)]. */
  outcodes: Record<string, [number, number, string]>;
}

export type PlaceMatch =
  | {
      found: true;
      /** The place's name, or the postcode district. */
      label: string;
      lat: number;
      lon: number;
      /** The area (id) the place lies in, or '' when unknown: outreach there counts as near. */
      area: string;
      /** A postcode district (from a district or a full postcode), rather than a named place. */
      postcode: boolean;
    }
  | { found: false; suggestions: string[] };

/** How a found place is named to the visitor: a postcode district with its area ("CF10, Cardiff"), a town by its name. */
export const placeLabel = (
  place: Extract<PlaceMatch, { found: true }>,
  areaName: (id: string) => string | undefined,
): string => {
  const area = place.postcode && place.area ? areaName(place.area) : undefined;
  return area ? `${place.label}, ${area}` : place.label;
};

const OUTCODE = /^[A-Z]{1,2}\d[A-Z\d]?$/;
/** A full postcode: the district, then the inward code (a digit and two letters). */
const FULL_POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/;

/** The postcode district of a district or full postcode, whatever the case and spacing ("cf101aa" → CF10), or null. */
export const postcodeDistrict = (text: string): string | null => {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  return FULL_POSTCODE.exec(compact)?.[1] ?? (OUTCODE.test(compact) ? compact : null);
};

/**
 * `FuseClass` is Fuse, which the page loads apart from its own code, for suggestions of close
 * spellings; null until it is here (an unknown place then has none).
 */
/** A town or village found, named in the page's language. */
export const placeFromRow = (row: PlaceRow, lang: 'en' | 'cy'): Extract<PlaceMatch, { found: true }> => ({
  found: true,
  label: lang === 'cy' ? row[1] : row[0],
  lat: row[2],
  lon: row[3],
  area: row[4],
  postcode: false,
});

export const createPlaceResolver = (asset: PlacesAsset, FuseClass: FuseClass | null) => {
  const byName = new Map<string, PlaceRow>();
  for (const row of asset.places) {
    // Each name as written, and a Welsh one without its article too ("Barri" finds "Y Barri").
    for (const name of [row[0], row[1], withoutArticle(row[1])]) {
      const key = normalise(name);
      if (!byName.has(key)) byName.set(key, row);
    }
  }
  const names = [...new Set(asset.places.flatMap((row) => [row[0], row[1]]))];
  let fuzzy: Fuse<string> | undefined;
  return (query: string, lang: 'en' | 'cy' = 'en'): PlaceMatch => {
    const text = query.trim();
    const district = postcodeDistrict(text);
    const point = district === null ? undefined : asset.outcodes[district];
    if (district !== null && point)
      return { found: true, label: district, lat: point[0], lon: point[1], area: point[2], postcode: true };
    const row = byName.get(normalise(text));
    if (row) return placeFromRow(row, lang);
    if (!FuseClass) return { found: false, suggestions: [] };
    fuzzy ??= new FuseClass(names, { threshold: 0.4, ignoreDiacritics: true });
    const suggestions = fuzzy
      .search(text, { limit: 3 })
      .map((result) => result.item)
      .filter((name, i, all) => all.indexOf(name) === i);
    return { found: false, suggestions };
  };
};
