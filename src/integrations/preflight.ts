/**
 * Runs before Astro loads any content:
 * - warns when the reference data folder is missing (the build goes on without it);
 * - on `astro build`, checks the whole data set and stops with the same
 *   `file: field: problem` lines that `npm run validate` prints, before Astro's
 *   own, terser, schema errors can appear.
 */
import { existsSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { readContentDir } from '../lib/content/load.ts';
import { contentDir, referenceDataDir } from '../lib/content/paths.ts';
import { formatIssue, validateRecords } from '../lib/content/validate.ts';

export const preflight = (): AstroIntegration => ({
  name: 'llwybrau:preflight',
  hooks: {
    'astro:config:setup': ({ logger, command }) => {
      const dataDir = referenceDataDir();
      if (!existsSync(dataDir)) {
        logger.warn(`Reference data not found at ${dataDir} (set LLWYBRAU_DATA_DIR). Building without boundaries, Welsh place names and data attributions.`);
      }
      if (command !== 'build') return;
      const dir = contentDir();
      const { records, issues: readIssues } = readContentDir(dir);
      const all = [...readIssues, ...validateRecords(records).issues];
      if (all.length > 0) {
        for (const issue of all) logger.error(formatIssue(issue));
        throw new Error(`${all.length} problem${all.length === 1 ? '' : 's'} in ${dir}; fix them (npm run validate lists them) and build again.`);
      }
      logger.info(`${records.length} records in ${dir} are valid.`);
    },
  },
});
