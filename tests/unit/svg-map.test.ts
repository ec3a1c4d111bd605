import { describe, expect, it } from 'vitest';
import { drawMap, projector } from '../../src/lib/geo/svg-map.ts';

describe('static SVG maps', () => {
  const box = { minLat: 0, maxLat: 1, minLon: 0, maxLon: 1 };

  it('projects the north-west corner near the top left and north up', () => {
    const { project, height } = projector(box, 100, 0);
    expect(project(1, 0)).toEqual({ x: 0, y: 0 });
    expect(project(0, 1)).toEqual({ x: 100, y: height });
    // At the equator a degree of latitude and of longitude are the same length.
    expect(height).toBeCloseTo(100, 0);
  });

  it('shrinks longitude by the cosine of the latitude (Wales: about 0.62)', () => {
    const wales = { minLat: 52, maxLat: 53, minLon: -4, maxLon: -3 };
    const { height } = projector(wales, 100, 0);
    expect(100 / height).toBeCloseTo(Math.cos((52.5 * Math.PI) / 180), 2);
  });

  it('draws one path per boundary, with a ring per polygon, and a point per venue', () => {
    const square = {
      code: 'W06999991',
      polygons: [
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
            [0, 0],
          ],
        ],
      ] as [number, number][][][],
    };
    const map = drawMap([square], [{ lat: 0.5, lon: 0.5 }], box, 100);
    expect(map.paths).toHaveLength(1);
    expect(map.paths[0]?.d.startsWith('M')).toBe(true);
    expect(map.paths[0]?.d.endsWith('Z')).toBe(true);
    expect(map.points).toHaveLength(1);
    expect(map.points[0]?.x).toBeCloseTo(50, 0);
  });
});
