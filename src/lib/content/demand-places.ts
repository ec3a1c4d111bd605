/**
 * Places kept with a demand period, so that the trend can show places over time: a snapshot of the
 * unmet-need section's local places per area and tier, appended to the period's file. The rest
 * of the file is left exactly as written, and a file that already records places is never
 * written over. Pure.
 */
import type { NeedCell } from '../gaps/need.ts';
import type { Tier } from '../schema/vocabulary.ts';

export interface PlacesRow {
  area: string;
  tier: Tier;
  recorded: number;
  offersWithout: number;
}

/** Section 4's places now, one row per area and tier (exact shares, kept to three decimal places). */
export const placesRows = (cells: readonly NeedCell[]): PlacesRow[] =>
  cells.map((cell) => ({
    area: cell.area,
    tier: cell.tier,
    recorded: Math.round(cell.places * 1000) / 1000,
    offersWithout: cell.withoutCapacity,
  }));

/** Whether a demand file's text already has a top-level places key. */
export const hasPlaces = (source: string): boolean => /^places\s*:/m.test(source);

/** The file with the places appended under a comment, or a problem when it already records places. */
export const appendPlaces = (
  source: string,
  rows: readonly PlacesRow[],
  comment: string,
): { text: string } | { problem: string } => {
  if (hasPlaces(source))
    return { problem: 'already records places; a snapshot is taken once, when the period is added' };
  const newline = source.includes('\r\n') ? '\r\n' : '\n';
  const lines = [
    `# ${comment}`,
    'places:',
    ...rows.map(
      (row) =>
        `  - { area: ${row.area}, tier: ${row.tier}, recorded: ${row.recorded}, offersWithout: ${row.offersWithout} }`,
    ),
  ];
  const body = source.endsWith('\n') || source === '' ? source : `${source}${newline}`;
  return { text: `${body}${lines.join(newline)}${newline}` };
};
