/** Local authority boundaries for the interactive map, prepared from the reference data at build time (empty when it is missing). */
import { mapBoundaries } from '../data/map.ts';

export const GET = async () =>
  new Response(JSON.stringify((await mapBoundaries()) ?? { type: 'FeatureCollection', features: [] }), {
    headers: { 'Content-Type': 'application/json' },
  });
