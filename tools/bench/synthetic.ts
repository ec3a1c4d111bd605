/**
 * Synthetic provision for benchmarks only, never for the sample: `factor`
 * varied copies of every sample record, deterministic for a seed, and valid
 * against the schema (ids unique, progression remapped within each copy, so
 * references resolve and no loops appear).
 */
import type { RawRecord } from '../../src/lib/content/validate.ts';
import { LANGUAGES, WALES_BOUNDS } from '../../src/lib/schema/vocabulary.ts';

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same data set. */
export const prng = (seed: number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

interface Venue {
  lat: number;
  lon: number;
  [key: string]: unknown;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const syntheticId = (id: string, copy: number) => `${id}-syn-${copy}`;

export const syntheticProvision = (sample: readonly RawRecord[], factor: number, seed = 1): RawRecord[] => {
  if (!Number.isInteger(factor) || factor < 1)
    throw new Error(`factor must be a whole number of copies, 1 or more (got ${factor})`);
  const random = prng(seed);
  const provision = sample.filter((record) => record.collection === 'provision');
  const out: RawRecord[] = [];
  for (let copy = 0; copy < factor; copy++) {
    for (const record of provision) {
      const data = structuredClone(record.data) as Record<string, unknown>;
      const title = data.title as { en: string; cy?: string };
      data.title = {
        ...title,
        en: `${title.en} (${copy + 1})`,
        ...(title.cy ? { cy: `${title.cy} (${copy + 1})` } : {}),
      };
      data.progression = ((data.progression as string[] | undefined) ?? []).map((target) => syntheticId(target, copy));
      // Moved by up to about 500 m, so each copy is a distinct marker yet still in its record's areas.
      data.venues = ((data.venues as Venue[] | undefined) ?? []).map((venue) => ({
        ...venue,
        lat: Number(clamp(venue.lat + (random() - 0.5) * 0.009, WALES_BOUNDS.minLat, WALES_BOUNDS.maxLat).toFixed(5)),
        lon: Number(clamp(venue.lon + (random() - 0.5) * 0.014, WALES_BOUNDS.minLon, WALES_BOUNDS.maxLon).toFixed(5)),
      }));
      if (copy > 0) data.language = LANGUAGES[Math.floor(random() * LANGUAGES.length)];
      if (data.capacity !== undefined) data.capacity = 5 + Math.floor(random() * 60);
      // Reviewed in 2025, or in 2026 up to October: never after the sample was written, as a review date cannot be in the future.
      const lastYear = random() < 0.1;
      const month = 1 + Math.floor(random() * (lastYear ? 12 : 10));
      data.lastReviewed = `${lastYear ? 2025 : 2026}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
      out.push({
        ...record,
        id: syntheticId(record.id, copy),
        file: record.file.replace(/([^/]+)\.ya?ml$/, `${syntheticId(record.id, copy)}.yaml`),
        data,
      });
    }
  }
  return out;
};
