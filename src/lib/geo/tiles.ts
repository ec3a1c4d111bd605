/** The interactive map's optional raster tile layer, configured at build time. Pure. */

export interface TileLayerConfig {
  url: string;
  attribution: string;
}

/**
 * A raster tile layer, off unless LLWYBRAU_TILE_URL is set at build time (for
 * example to the council's own tile server). With it unset the map makes no
 * request beyond this site. The attribution is required with the URL: tiles
 * always come with licence terms.
 */
export const tileLayerFromEnv = (env: Record<string, string | undefined>): TileLayerConfig | null => {
  const url = env.LLWYBRAU_TILE_URL?.trim();
  if (!url) return null;
  const attribution = env.LLWYBRAU_TILE_ATTRIBUTION?.trim();
  if (!attribution)
    throw new Error(
      'LLWYBRAU_TILE_URL is set but LLWYBRAU_TILE_ATTRIBUTION is empty: expected the attribution line the tile licence requires.',
    );
  if (!/^https?:\/\/.+\{z\}.+\{x\}.+\{y\}/.test(url)) {
    throw new Error(`LLWYBRAU_TILE_URL: expected an http(s) URL template with {z}, {x} and {y}; found "${url}".`);
  }
  return { url, attribution };
};
