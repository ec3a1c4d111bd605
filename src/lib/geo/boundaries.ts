/**
 * Local authority boundaries: parsing, point-in-polygon and bounding boxes.
 * Pure; the GeoJSON is read from ../shared/data by src/data/reference.ts.
 */
export type Position = [lon: number, lat: number];
export type Ring = Position[];
export type PolygonCoords = Ring[];

export interface Boundary {
  code: string;
  /** Polygons, each an outer ring followed by any holes. */
  polygons: PolygonCoords[];
}

export interface BBox {
  minLat: number;
  minLon: number;
  maxLat: number;
  maxLon: number;
}

interface Feature {
  properties?: { code?: unknown };
  geometry?: { type?: unknown; coordinates?: unknown };
}

/** Reads a FeatureCollection of Polygon/MultiPolygon features with a `code` property. Throws, naming the feature, on anything else. */
export const parseBoundaries = (geojson: unknown, file = 'wales-lad-simplified.geojson'): Boundary[] => {
  const features = (geojson as { features?: unknown }).features;
  if (!Array.isArray(features)) throw new Error(`${file}: expected a GeoJSON FeatureCollection with features`);
  return (features as Feature[]).map((feature, i) => {
    const code = feature.properties?.code;
    const type = feature.geometry?.type;
    if (typeof code !== 'string')
      throw new Error(`${file}: features[${i}]: expected properties.code (got ${JSON.stringify(code)})`);
    if (type === 'Polygon') return { code, polygons: [feature.geometry?.coordinates as PolygonCoords] };
    if (type === 'MultiPolygon') return { code, polygons: feature.geometry?.coordinates as PolygonCoords[] };
    throw new Error(
      `${file}: features[${i}] (${code}): expected a Polygon or MultiPolygon (got ${JSON.stringify(type)})`,
    );
  });
};

/** Ray casting: is the point inside the ring? */
const inRing = (lon: number, lat: number, ring: Ring): boolean => {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};

/** Inside the outer ring of some polygon and inside none of its holes. */
export const containsPoint = (boundary: Boundary, point: { lat: number; lon: number }): boolean =>
  boundary.polygons.some(
    ([outer, ...holes]) =>
      outer !== undefined &&
      inRing(point.lon, point.lat, outer) &&
      !holes.some((hole) => inRing(point.lon, point.lat, hole)),
  );

/** The code of the boundary containing the point, or null (at sea, or across the border). */
export const areaCodeAt = (boundaries: readonly Boundary[], point: { lat: number; lon: number }): string | null =>
  boundaries.find((boundary) => containsPoint(boundary, point))?.code ?? null;

export const bboxOfPoints = (points: readonly { lat: number; lon: number }[]): BBox | null =>
  points.length === 0
    ? null
    : points.reduce<BBox>(
        (box, p) => ({
          minLat: Math.min(box.minLat, p.lat),
          minLon: Math.min(box.minLon, p.lon),
          maxLat: Math.max(box.maxLat, p.lat),
          maxLon: Math.max(box.maxLon, p.lon),
        }),
        {
          minLat: Number.POSITIVE_INFINITY,
          minLon: Number.POSITIVE_INFINITY,
          maxLat: Number.NEGATIVE_INFINITY,
          maxLon: Number.NEGATIVE_INFINITY,
        },
      );

export const bboxOfBoundary = (boundary: Boundary): BBox =>
  bboxOfPoints(boundary.polygons.flatMap(([outer]) => (outer ?? []).map(([lon, lat]) => ({ lat, lon })))) as BBox;

/** The smallest box holding all the boxes given (nulls ignored), or null if there are none. */
export const unionBBox = (boxes: readonly (BBox | null)[]): BBox | null =>
  boxes.reduce<BBox | null>(
    (a, b) =>
      b === null
        ? a
        : a === null
          ? b
          : {
              minLat: Math.min(a.minLat, b.minLat),
              minLon: Math.min(a.minLon, b.minLon),
              maxLat: Math.max(a.maxLat, b.maxLat),
              maxLon: Math.max(a.maxLon, b.maxLon),
            },
    null,
  );

export const bboxContains = (box: BBox, point: { lat: number; lon: number }): boolean =>
  point.lat >= box.minLat && point.lat <= box.maxLat && point.lon >= box.minLon && point.lon <= box.maxLon;

const KM_PER_DEGREE_LAT = 110.57;

/** Distance in km from a point to a segment, on a flat projection centred on the point (fine at the scale of a county). */
const segmentKm = (point: { lat: number; lon: number }, [lonA, latA]: Position, [lonB, latB]: Position): number => {
  const kx = 111.32 * Math.cos((point.lat * Math.PI) / 180);
  const ax = (lonA - point.lon) * kx;
  const ay = (latA - point.lat) * KM_PER_DEGREE_LAT;
  const bx = (lonB - point.lon) * kx;
  const by = (latB - point.lat) * KM_PER_DEGREE_LAT;
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
  return Math.hypot(ax + t * dx, ay + t * dy);
};

/** 0 when the point is inside the boundary; otherwise how far outside it is, in km, to the nearest edge. */
export const kmOutside = (boundary: Boundary, point: { lat: number; lon: number }): number => {
  if (containsPoint(boundary, point)) return 0;
  let best = Number.POSITIVE_INFINITY;
  for (const polygon of boundary.polygons) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
        best = Math.min(best, segmentKm(point, ring[j] as Position, ring[i] as Position));
    }
  }
  return best;
};
