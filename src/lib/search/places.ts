/**
 * "Near a place": resolves a town (English or Welsh name) or a postcode
 * district to a point, or suggests close spellings. Shared by server and client code.
 */
import Fuse from 'fuse.js';
import { normalise } from './normalise.ts';
import type { PlaceRow } from './types.ts';

export interface PlacesAsset {
  /** Towns first, then villages and suburbs, so the larger place wins a shared name. */
  places: PlaceRow[];
  /** Postcode district → [lat, lon]. */
  outcodes: Record<string, [number, number]>;
}

export type PlaceMatch = { found: true; label: string; lat: number; lon: number } | { found: false; suggestions: string[] };

const OUTCODE = /^[a-z]{1,2}\d{1,2}[a-z]?$/i;

export const createPlaceResolver = (asset: PlacesAsset) => {
  const byName = new Map<string, PlaceRow>();
  for (const row of asset.places) {
    for (const name of [row[0], row[1]]) {
      const key = normalise(name);
      if (!byName.has(key)) byName.set(key, row);
    }
  }
  const names = [...new Set(asset.places.flatMap((row) => [row[0], row[1]]))];
  let fuzzy: Fuse<string> | undefined;
  return (query: string, lang: 'en' | 'cy' = 'en'): PlaceMatch => {
    const text = query.trim();
    const compact = text.replace(/\s+/g, '').toUpperCase();
    if (OUTCODE.test(compact)) {
      const point = asset.outcodes[compact];
      if (point) return { found: true, label: compact, lat: point[0], lon: point[1] };
    }
    const row = byName.get(normalise(text));
    if (row) return { found: true, label: lang === 'cy' ? row[1] : row[0], lat: row[2], lon: row[3] };
    fuzzy ??= new Fuse(names, { threshold: 0.4, ignoreDiacritics: true });
    const suggestions = fuzzy
      .search(text, { limit: 3 })
      .map((result) => result.item)
      .filter((name, i, all) => all.indexOf(name) === i);
    return { found: false, suggestions };
  };
};
