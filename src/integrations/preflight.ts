/**
 * Warns when the reference data is missing, and runs the whole-data-set
 * checks before Astro builds, so that a dangling
 * reference or a progression loop stops the build with the same
 * `file: field: problem` lines that `npm run validate` prints.
 */
import { existsSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { readContentDir } from '../lib/content/load.ts';
import { contentDir, referenceDataDir } from '../lib/content/paths.ts';
import { formatIssue, validateRecords } from '../lib/content/validate.ts';

export const preflight = (): AstroIntegration => ({
  name: 'llwybrau:preflight',
  hooks: {
    'astro:config:setup': ({ logger }) => {
      const dir = referenceDataDir();
      if (!existsSync(dir)) {
        logger.warn(`Reference data not found at ${dir} (set LLWYBRAU_DATA_DIR). Building without boundaries, Welsh place names and data attributions.`);
      }
    },
    'astro:build:start': ({ logger }) => {
      const dir = contentDir();
      const { records, issues: readIssues } = readContentDir(dir);
      const { issues } = validateRecords(records);
      const all = [...readIssues, ...issues];
      if (all.length > 0) {
        for (const issue of all) logger.error(formatIssue(issue));
        throw new Error(`${all.length} problem${all.length === 1 ? '' : 's'} in ${dir}; fix them (npm run validate lists them) and build again.`);
      }
      logger.info(`${records.length} records in ${dir} are valid.`);
    },
  },
});
