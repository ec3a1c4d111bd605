import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/lib/content/load.ts';
import { validateRecords } from '../../src/lib/content/validate.ts';
import { referenceDataDir } from '../../src/lib/environment.ts';
import {
  areaCodeAt,
  bboxContains,
  bboxOfBoundary,
  bboxOfPoints,
  parseBoundaries,
  unionBBox,
} from '../../src/lib/geo/boundaries.ts';

// A 10 × 10 square with a 2 × 2 hole, and a separate island: hand-made, so every answer is known.
const square = {
  type: 'FeatureCollection',
  features: [
    {
      properties: { code: 'W06999991' },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [10, 0],
              [10, 10],
              [0, 10],
              [0, 0],
            ],
            [
              [4, 4],
              [6, 4],
              [6, 6],
              [4, 6],
              [4, 4],
            ],
          ],
          [
            [
              [20, 20],
              [22, 20],
              [22, 22],
              [20, 22],
              [20, 20],
            ],
          ],
        ],
      },
    },
    {
      properties: { code: 'W06999992' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [10, 0],
            [20, 0],
            [20, 10],
            [10, 10],
            [10, 0],
          ],
        ],
      },
    },
  ],
};

describe('boundaries', () => {
  const boundaries = parseBoundaries(square);
  it.each([
    [{ lon: 1, lat: 1 }, 'W06999991'],
    [{ lon: 5, lat: 5 }, null], // in the hole
    [{ lon: 21, lat: 21 }, 'W06999991'], // on the island
    [{ lon: 15, lat: 5 }, 'W06999992'],
    [{ lon: 30, lat: 30 }, null],
  ])('%j is in %s', (point, code) => {
    expect(areaCodeAt(boundaries, point)).toBe(code);
  });

  it('gives bounding boxes of boundaries and points', () => {
    expect(bboxOfBoundary(boundaries[0] as never)).toEqual({ minLat: 0, minLon: 0, maxLat: 22, maxLon: 22 });
    expect(
      bboxOfPoints([
        { lat: 1, lon: 2 },
        { lat: -1, lon: 5 },
      ]),
    ).toEqual({ minLat: -1, minLon: 2, maxLat: 1, maxLon: 5 });
    expect(bboxOfPoints([])).toBeNull();
    expect(bboxContains({ minLat: 0, minLon: 0, maxLat: 1, maxLon: 1 }, { lat: 0.5, lon: 0.5 })).toBe(true);
  });

  it('joins bounding boxes, ignoring missing ones', () => {
    const a = { minLat: 0, minLon: 0, maxLat: 1, maxLon: 1 };
    const b = { minLat: -1, minLon: 0.5, maxLat: 0.5, maxLon: 3 };
    expect(unionBBox([a, null, b])).toEqual({ minLat: -1, minLon: 0, maxLat: 1, maxLon: 3 });
    expect(unionBBox([null])).toBeNull();
    expect(unionBBox([])).toBeNull();
  });

  it('names the feature when the GeoJSON is not what it should be', () => {
    expect(() => parseBoundaries({})).toThrow(
      'wales-lad-simplified.geojson: expected a GeoJSON FeatureCollection with features',
    );
    expect(() => parseBoundaries({ features: [{ properties: { code: 'X' }, geometry: { type: 'Point' } }] })).toThrow(
      'wales-lad-simplified.geojson: features[0] (X): expected a Polygon or MultiPolygon (got "Point")',
    );
  });
});

// With the real reference data (present in CI beside the repository).
const geojson = join(referenceDataDir(), 'wales-lad-simplified.geojson');
describe.skipIf(!existsSync(geojson))('the real boundaries and the sample content', () => {
  const boundaries = parseBoundaries(JSON.parse(readFileSync(geojson, 'utf8')));
  const { content } = validateRecords(readContentDir('content').records);
  const codeOf = new Map(content.areas.map((area) => [area.id, area.code]));

  it('puts Llanelli in Carmarthenshire and Bangor in Gwynedd', () => {
    expect(areaCodeAt(boundaries, { lat: 51.68211, lon: -4.16367 })).toBe('W06000010');
    expect(areaCodeAt(boundaries, { lat: 53.2274, lon: -4.1293 })).toBe('W06000002');
  });

  it('has every area boundary contain the venues of the offers tagged with only that area', () => {
    const misplaced: string[] = [];
    for (const entry of content.provision) {
      if (entry.areas.length !== 1) continue;
      const boundary = boundaries.find((b) => b.code === codeOf.get(entry.areas[0] as string));
      if (!boundary) throw new Error(`no boundary for ${entry.areas[0]}`);
      const box = bboxOfBoundary(boundary);
      for (const venue of entry.venues) if (!bboxContains(box, venue)) misplaced.push(`${entry.id}: ${venue.town}`);
    }
    expect(misplaced).toEqual([]);
  });
});
