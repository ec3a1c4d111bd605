/**
 * The map page's data, built once per build: the boundary asset (from the
 * reference data) and the optional tile layer (from the environment).
 */
import { type BoundaryAsset, boundaryAsset } from '../lib/geo/boundary-asset.ts';
import { type TileLayerConfig, tileLayerFromEnv } from '../lib/geo/tiles.ts';
import { siteContent } from './content.ts';
import { boundaries } from './reference.ts';

/** The 22 boundaries named in both languages, or null when the reference data is missing. */
export const mapBoundaries = async (): Promise<BoundaryAsset | null> => {
  const shapes = boundaries();
  if (shapes.length === 0) return null;
  const { areas } = await siteContent();
  return boundaryAsset(shapes, areas);
};

/** The optional tile layer, read from the environment at build time (see src/lib/geo/tiles.ts). */
export const tileLayer = (): TileLayerConfig | null => tileLayerFromEnv(process.env);
