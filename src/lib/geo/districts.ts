/**
 * Postcode district centres across Great Britain (uk-outcodes-gibbs.csv in the reference data),
 * for one question the Welsh boundaries cannot answer: does a point said to be across the border
 * lie on land in England? It does when the nearest district centre is English and near enough
 * (ENGLISH_LAND_KM) to be that district's own land. A point out in the Irish Sea or the Bristol
 * Channel is nearer a Welsh centre, or too far from any. An approximation on the coast (a point a
 * few kilometres offshore of an English town passes), and plenty to catch a slipped coordinate.
 * Pure.
 */
import Papa from 'papaparse';
import { haversineKm } from '../search/distance.ts';

export interface District {
  code: string;
  lat: number;
  lon: number;
  english: boolean;
}

/** Postcode district centres near the border lie at most about 15 km apart (HR6 to SY8), so land is within about 8 km of one; 10 allows for that. */
export const ENGLISH_LAND_KM = 10;

export const parseDistricts = (csv: string, file = 'uk-outcodes-gibbs.csv'): District[] => {
  const parsed = Papa.parse<Record<string, string>>(csv.trim(), { header: true, skipEmptyLines: true });
  const missing = ['postcode', 'latitude', 'longitude', 'country'].filter(
    (column) => !parsed.meta.fields?.includes(column),
  );
  if (missing.length > 0) throw new Error(`${file}: missing column(s) ${missing.join(', ')}`);
  return parsed.data
    .map((row) => ({
      code: row.postcode ?? '',
      lat: Number(row.latitude),
      lon: Number(row.longitude),
      english: row.country === 'ENG',
    }))
    .filter(
      (district) =>
        district.code !== '' && Number.isFinite(district.lat) && Number.isFinite(district.lon) && district.lat !== 0,
    );
};

/** Null when the point lies on land in England; otherwise the nearest district centre and how far it is. */
export const notOnEnglishLand = (
  point: { lat: number; lon: number },
  districts: readonly District[],
): { nearest: District; km: number; english: District | null; englishKm: number } | null => {
  let nearest: District | null = null;
  let nearestKm = Number.POSITIVE_INFINITY;
  let english: District | null = null;
  let englishKm = Number.POSITIVE_INFINITY;
  for (const district of districts) {
    const d = haversineKm(point, district);
    if (d < nearestKm) {
      nearest = district;
      nearestKm = d;
    }
    if (district.english && d < englishKm) {
      english = district;
      englishKm = d;
    }
  }
  if (nearest === null) return null; // no districts: the check cannot be made
  if (nearest.english && nearestKm <= ENGLISH_LAND_KM) return null;
  return { nearest, km: nearestKm, english, englishKm };
};
