/**
 * Runs before Astro loads any content:
 * - warns when the reference data folder is missing (the build goes on without it);
 * - on `astro build`, checks the whole data set and stops with the same
 *   `file: field: problem` lines that `npm run validate` prints, before Astro's
 *   own, terser, schema errors can appear.
 */
import { existsSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { loadContent } from '../lib/content/load.ts';
import { limitProblems } from '../lib/content/problem-list.ts';
import { formatIssue } from '../lib/content/validate.ts';
import { contentDir, referenceDataDir } from '../lib/environment.ts';
import { exitWhenWritten } from './exit.ts';

export const preflight = (): AstroIntegration => ({
  name: 'llwybrau:preflight',
  hooks: {
    'astro:config:setup': async ({ logger, command }) => {
      const dataDir = referenceDataDir();
      if (!existsSync(dataDir)) {
        logger.warn(
          `Reference data not found at ${dataDir} (set LLWYBRAU_DATA_DIR). Building without boundaries, Welsh place names and data attributions.`,
        );
      }
      if (command !== 'build') return;
      const dir = contentDir();
      // The content loader (src/content.config.ts) reuses this read: loadContent keeps it for the rest of the build.
      let loaded: ReturnType<typeof loadContent>;
      try {
        loaded = loadContent(dir);
      } catch (error) {
        // A setting that cannot be read (LLWYBRAU_BUILD_DATE): said plainly, without a stack trace.
        logger.error(error instanceof Error ? error.message : String(error));
        return exitWhenWritten(1);
      }
      const { files, issues } = loaded;
      if (issues.length > 0) {
        for (const line of limitProblems(issues.map(formatIssue))) logger.error(line);
        logger.error(
          `${issues.length} problem${issues.length === 1 ? '' : 's'} in ${dir}; fix them (npm run validate lists them) and build again.`,
        );
        // Exit rather than throw: Astro prints a thrown error with a stack trace, which tells an editor nothing about their file.
        return exitWhenWritten(1);
      }
      logger.info(`${files} records in ${dir} are valid.`);
      if (loaded.warnings.length > 0)
        logger.warn(
          `${loaded.warnings.length} warning${loaded.warnings.length === 1 ? '' : 's'} to check with providers (npm run validate lists them; so does the gap analysis).`,
        );
      if (loaded.boundariesFile === null)
        logger.warn(
          'Venues were checked only against a box around Wales: without the boundaries they cannot be checked against their areas.',
        );
    },
  },
});
