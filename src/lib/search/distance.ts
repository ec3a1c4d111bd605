/** Straight-line distances. Shared by server and client code: keep it small. */
const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in km between two WGS84 points (haversine). */
export const haversineKm = (a: { lat: number; lon: number }, b: { lat: number; lon: number }): number => {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
};

export const kmToMiles = (km: number): number => km / 1.609344;

/** The nearest of several venues ([lat, lon, …]) and its distance, or null when there are none. */
export const nearestVenue = (
  from: { lat: number; lon: number },
  venues: readonly (readonly number[])[],
): { km: number; index: number } | null => {
  let best: { km: number; index: number } | null = null;
  venues.forEach(([lat = 0, lon = 0], index) => {
    const km = haversineKm(from, { lat, lon });
    if (best === null || km < best.km) best = { km, index };
  });
  return best;
};

/** Distance to the nearest of several venues, or null when there are none. */
export const nearestKm = (from: { lat: number; lon: number }, venues: readonly (readonly number[])[]): number | null =>
  nearestVenue(from, venues)?.km ?? null;
