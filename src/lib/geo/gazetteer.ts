/**
 * The gazetteer of Welsh places (OS Open Names extract in ../shared/data).
 * Parsing is pure so it can be tested on a few lines of CSV.
 */
import Papa from 'papaparse';
import { ENGLISH_PLACE_NAMES, welshPlaceName } from './place-names.ts';

export interface Place {
  nameEn: string;
  nameCy: string;
  type: string;
  postcodeDistrict: string;
  laCode: string;
  lat: number;
  lon: number;
}

const REQUIRED = ['name_en', 'name_cy', 'local_type', 'postcode_district', 'la_code', 'lat', 'lon'] as const;

/** Parses wales-places.csv / wales-towns.csv. Throws, naming the file and line, on a malformed row. */
export const parsePlaces = (csv: string, file = 'wales-places.csv'): Place[] => {
  const parsed = Papa.parse<Record<string, string>>(csv.trim(), { header: true, skipEmptyLines: true });
  const missing = REQUIRED.filter((column) => !parsed.meta.fields?.includes(column));
  if (missing.length > 0) throw new Error(`${file}: missing column(s) ${missing.join(', ')}`);
  return parsed.data.map((row, i) => {
    const lat = Number(row.lat);
    const lon = Number(row.lon);
    if (!row.name_en || Number.isNaN(lat) || Number.isNaN(lon))
      throw new Error(`${file}: line ${i + 2}: expected a name and numeric lat/lon (got ${JSON.stringify(row)})`);
    // Our own table first: the standard Welsh form, with its article, where the gazetteer lacks it.
    return {
      nameEn: ENGLISH_PLACE_NAMES[row.name_en] ?? row.name_en,
      nameCy: welshPlaceName(row.name_en, row.la_code ?? '') ?? (row.name_cy || row.name_en),
      type: row.local_type ?? '',
      postcodeDistrict: row.postcode_district ?? '',
      laCode: row.la_code ?? '',
      lat,
      lon,
    };
  });
};

/**
 * English name → Welsh name, for places whose names differ (Ammanford → Rhydaman).
 * Where two places share an English name with different Welsh names, the larger
 * settlement type wins, so towns are not renamed after a hamlet; between two of the same type,
 * the one with a Welsh name of its own (Broughton in Flintshire, Brychdyn).
 */
const RANK = ['City', 'Town', 'Suburban Area', 'Village', 'Hamlet', 'Other Settlement'];
export const welshNames = (places: readonly Place[]): Map<string, string> => {
  const best = new Map<string, Place>();
  for (const place of places) {
    const current = best.get(place.nameEn);
    const rank = (p: Place) => (RANK.indexOf(p.type) === -1 ? RANK.length : RANK.indexOf(p.type));
    const better =
      !current ||
      rank(place) < rank(current) ||
      (rank(place) === rank(current) && current.nameCy === current.nameEn && place.nameCy !== place.nameEn);
    if (better) best.set(place.nameEn, place);
  }
  return new Map(
    [...best].filter(([, place]) => place.nameCy !== place.nameEn).map(([name, place]) => [name, place.nameCy]),
  );
};

/**
 * Postcode districts from wales-outcodes.csv, using the WGS84 columns (the plain lat/lon columns are OSGB36),
 * with the ONS code of the area the district's centre lies in ('' when the file has none).
 */
export const parseOutcodes = (
  csv: string,
  file = 'wales-outcodes.csv',
): Record<string, [lat: number, lon: number, laCode: string]> => {
  const parsed = Papa.parse<Record<string, string>>(csv.trim(), { header: true, skipEmptyLines: true });
  const missing = ['postcode', 'lat_wgs84', 'lon_wgs84'].filter((column) => !parsed.meta.fields?.includes(column));
  if (missing.length > 0) throw new Error(`${file}: missing column(s) ${missing.join(', ')}`);
  const out: Record<string, [number, number, string]> = {};
  parsed.data.forEach((row, i) => {
    const lat = Number(row.lat_wgs84);
    const lon = Number(row.lon_wgs84);
    if (!row.postcode || Number.isNaN(lat) || Number.isNaN(lon))
      throw new Error(`${file}: line ${i + 2}: expected a postcode district and numeric lat_wgs84/lon_wgs84`);
    out[row.postcode.toUpperCase()] = [lat, lon, row.la_code ?? ''];
  });
  return out;
};

/** The places worth searching near, towns first so that a larger place wins a shared name. */
export const searchablePlaces = (places: readonly Place[]): Place[] =>
  places
    .filter((place) => RANK.indexOf(place.type) !== -1 && place.type !== 'Hamlet' && place.type !== 'Other Settlement')
    .sort((a, b) => RANK.indexOf(a.type) - RANK.indexOf(b.type) || a.nameEn.localeCompare(b.nameEn));

/**
 * The places a search box recognises when typed among other words ("courses in Bangor"): cities
 * and towns. Villages are left to the place field: many are also ordinary words ("Hope", "Forge",
 * "Green").
 */
export const townsOf = (places: readonly Place[]): Place[] =>
  places.filter((place) => place.type === 'City' || place.type === 'Town');
