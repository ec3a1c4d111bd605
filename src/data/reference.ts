/**
 * Reference data from ../shared/data (LLWYBRAU_DATA_DIR), read at build time.
 * It is never copied into the repository. When the folder is missing the
 * build goes on without it; src/integrations/preflight.ts warns once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { referenceDataDir } from '../lib/environment.ts';
import { parseAttributions } from '../lib/geo/attribution.ts';
import { type Boundary, parseBoundaries } from '../lib/geo/boundaries.ts';
import { type Place, parseOutcodes, parsePlaces, welshNames } from '../lib/geo/gazetteer.ts';

/** A file's text, or null when the folder or file is missing (the preflight integration has already warned). */
const read = (file: string): string | null => {
  const path = join(referenceDataDir(), file);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
};

let attributions: string[] | null | undefined;
/** The attribution lines the data's licences require, or null when the folder is not there. */
export const referenceAttributions = (): string[] | null => {
  if (attributions === undefined) {
    const readme = read('README.txt');
    attributions = readme === null ? null : parseAttributions(readme);
  }
  return attributions;
};

let places: Place[] | undefined;
/** Every populated place in Wales, or an empty list without the reference data. */
export const gazetteer = (): Place[] => {
  if (places === undefined) {
    const csv = read('wales-places.csv');
    places = csv === null ? [] : parsePlaces(csv);
  }
  return places;
};

let welsh: Map<string, string> | undefined;
/** A place's Welsh name where it differs from the English (Ammanford → Rhydaman); otherwise the name as given. */
export const placeName = (town: string, lang: 'en' | 'cy'): string => {
  if (lang === 'en') return town;
  welsh ??= welshNames(gazetteer());
  return welsh.get(town) ?? town;
};

let outcodes: Record<string, [number, number, string]> | undefined;
/** Postcode district centroids (WGS84), or none without the reference data. */
export const postcodeDistricts = (): Record<string, [lat: number, lon: number, laCode: string]> => {
  if (outcodes === undefined) {
    const csv = read('wales-outcodes.csv');
    outcodes = csv === null ? {} : parseOutcodes(csv);
  }
  return outcodes;
};

let boundaryList: Boundary[] | undefined;
/** Local authority boundaries (simplified), or none without the reference data. */
export const boundaries = (): Boundary[] => {
  if (boundaryList === undefined) {
    const text = read('wales-lad-simplified.geojson');
    boundaryList = text === null ? [] : parseBoundaries(JSON.parse(text));
  }
  return boundaryList;
};
