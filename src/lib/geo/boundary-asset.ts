/**
 * The boundaries the interactive map draws, prepared at build time: one
 * GeoJSON feature per local authority, named in both languages, with its
 * bounding box, coordinates rounded to about 10 m. Pure.
 */
import { type Boundary, bboxOfBoundary, type PolygonCoords } from './boundaries.ts';

export interface AreaName {
  id: string;
  code: string;
  name: { en: string; cy: string };
}

export interface BoundaryFeature {
  type: 'Feature';
  /** [west, south, east, north], as GeoJSON writes it. */
  bbox: [number, number, number, number];
  properties: { id: string; code: string; en: string; cy: string };
  geometry: { type: 'MultiPolygon'; coordinates: PolygonCoords[] };
}

export interface BoundaryAsset {
  type: 'FeatureCollection';
  features: BoundaryFeature[];
}

const round = (n: number) => Math.round(n * 1e4) / 1e4;

/**
 * Joins boundaries to areas by ONS code. Throws, naming them, if an area has
 * no boundary or a boundary no area: a silent mismatch would leave a county
 * off the map.
 */
export const boundaryAsset = (boundaries: readonly Boundary[], areas: readonly AreaName[]): BoundaryAsset => {
  const byCode = new Map(areas.map((area) => [area.code, area]));
  const unmatched = boundaries.filter((boundary) => !byCode.has(boundary.code)).map((boundary) => boundary.code);
  const codes = new Set(boundaries.map((boundary) => boundary.code));
  const missing = areas.filter((area) => !codes.has(area.code)).map((area) => `${area.id} (${area.code})`);
  if (unmatched.length > 0 || missing.length > 0) {
    throw new Error(
      [
        unmatched.length > 0 ? `boundaries with no area in content/areas: ${unmatched.join(', ')}` : '',
        missing.length > 0 ? `areas with no boundary: ${missing.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; '),
    );
  }
  return {
    type: 'FeatureCollection',
    features: boundaries.map((boundary) => {
      const area = byCode.get(boundary.code) as AreaName;
      const box = bboxOfBoundary(boundary);
      return {
        type: 'Feature',
        bbox: [round(box.minLon), round(box.minLat), round(box.maxLon), round(box.maxLat)],
        properties: { id: area.id, code: area.code, en: area.name.en, cy: area.name.cy },
        geometry: {
          type: 'MultiPolygon',
          coordinates: boundary.polygons.map((polygon) =>
            polygon.map((ring) => ring.map(([lon, lat]) => [round(lon), round(lat)])),
          ),
        },
      };
    }),
  };
};
