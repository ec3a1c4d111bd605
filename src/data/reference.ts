/**
 * Reference data from ../shared/data (LLWYBRAU_DATA_DIR), read at build time.
 * It is never copied into the repository. When the folder is missing the
 * build goes on without it and says so once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { referenceDataDir } from '../lib/content/paths.ts';
import { parseAttributions } from '../lib/geo/attribution.ts';

let warned = false;

/** The attribution lines the data's licences require, or null when the folder is not there. */
export const referenceAttributions = (): string[] | null => {
  const readme = join(referenceDataDir(), 'README.txt');
  if (!existsSync(readme)) {
    if (!warned)
      console.warn(`[llwybrau] Reference data not found at ${referenceDataDir()} (set LLWYBRAU_DATA_DIR). Building without boundaries and place names.`);
    warned = true;
    return null;
  }
  return parseAttributions(readFileSync(readme, 'utf8'));
};
