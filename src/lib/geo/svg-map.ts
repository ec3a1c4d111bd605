/**
 * Static SVG maps, drawn at build time: a boundary and some points, with no
 * JavaScript and no tiles. An equirectangular projection scaled by the cosine
 * of the middle latitude is accurate enough at the size of a Welsh county.
 */
import type { BBox, Boundary } from './boundaries.ts';

export interface SvgMap {
  width: number;
  height: number;
  /** One `d` attribute per boundary. */
  paths: { code: string; d: string }[];
  points: { x: number; y: number }[];
}

const round = (n: number) => Math.round(n * 10) / 10;

export const projector = (box: BBox, width: number, padding = 0.06) => {
  // A single point has no extent: give it a little room so it sits in the middle.
  const padLat = box.maxLat > box.minLat ? (box.maxLat - box.minLat) * padding : 0.01;
  const padLon = box.maxLon > box.minLon ? (box.maxLon - box.minLon) * padding : 0.01;
  const b = {
    minLat: box.minLat - padLat,
    maxLat: box.maxLat + padLat,
    minLon: box.minLon - padLon,
    maxLon: box.maxLon + padLon,
  };
  const cos = Math.cos((((b.minLat + b.maxLat) / 2) * Math.PI) / 180);
  const scale = width / ((b.maxLon - b.minLon) * cos);
  return {
    height: round((b.maxLat - b.minLat) * scale),
    project: (lat: number, lon: number) => ({
      x: round((lon - b.minLon) * cos * scale),
      y: round((b.maxLat - lat) * scale),
    }),
  };
};

export const drawMap = (
  boundaries: readonly Boundary[],
  points: readonly { lat: number; lon: number }[],
  box: BBox,
  width = 320,
): SvgMap => {
  const { height, project } = projector(box, width);
  const paths = boundaries.map((boundary) => ({
    code: boundary.code,
    d: boundary.polygons
      .flatMap((polygon) =>
        polygon.map(
          (ring) =>
            `M${ring
              .map(([lon, lat]) => {
                const { x, y } = project(lat, lon);
                return `${x},${y}`;
              })
              .join('L')}Z`,
        ),
      )
      .join(''),
  }));
  return { width, height, paths, points: points.map((p) => project(p.lat, p.lon)) };
};
