/**
 * The reference gazetteer and boundaries, as the site already serves them (/places.json,
 * /boundaries.json), for the venue widget: a town or postcode district found with the search's
 * own resolver, and the area a point lies in. Browser code; fetched once, when first needed.
 */

import { type Boundary, containsPoint } from '../lib/geo/boundaries.ts';
import type { BoundaryAsset } from '../lib/geo/boundary-asset.ts';
import { createPlaceResolver, type PlacesAsset } from '../lib/search/places.ts';

export interface Places {
  asset: PlacesAsset;
  resolve: ReturnType<typeof createPlaceResolver>;
  /** The area whose boundary holds the point, named in both languages; null across the border or at sea. */
  areaAt: (point: { lat: number; lon: number }) => { en: string; cy: string } | null;
}

export interface Found {
  town: string;
  lat: number;
  lon: number;
  postcodeDistrict?: string;
}

const json = async <T>(path: string): Promise<T> => {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
};

let loading: Promise<Places> | undefined;
export const places = (): Promise<Places> => {
  loading ??= Promise.all([json<PlacesAsset>('/places.json'), json<BoundaryAsset>('/boundaries.json')]).then(
    ([asset, boundaries]) => {
      const areas = boundaries.features.map((feature) => ({
        boundary: { code: feature.properties.code, polygons: feature.geometry.coordinates } as unknown as Boundary,
        name: { en: feature.properties.en, cy: feature.properties.cy },
      }));
      return {
        asset,
        resolve: createPlaceResolver(asset, null),
        areaAt: (point) => areas.find((area) => containsPoint(area.boundary, point))?.name ?? null,
      };
    },
  );
  return loading;
};

const km2 = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => {
  const dLat = a.lat - b.lat;
  const dLon = (a.lon - b.lon) * Math.cos((a.lat * Math.PI) / 180);
  return dLat * dLat + dLon * dLon;
};

/**
 * A town, village or postcode district of the gazetteer, by name in either language or by
 * district (a full postcode counts as its district): the town named as in the gazetteer, in
 * English; a district's point with the nearest town. Null when there is none.
 */
export const findPlace = (found: Places, query: string): Found | null => {
  if (query.trim() === '') return null;
  const match = found.resolve(query, 'en');
  if (!match.found) return null;
  const point = { lat: match.lat, lon: match.lon };
  if (!match.postcode) return { town: match.label, ...point };
  const nearest = found.asset.places.reduce<(typeof found.asset.places)[number] | undefined>(
    (best, row) =>
      best === undefined || km2(point, { lat: row[2], lon: row[3] }) < km2(point, { lat: best[2], lon: best[3] })
        ? row
        : best,
    undefined,
  );
  return { town: nearest?.[0] ?? '', ...point, postcodeDistrict: match.label };
};
