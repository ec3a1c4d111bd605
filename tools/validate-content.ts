/**
 * npm run validate: checks every record in content/ and prints counts.
 * Exits 1 with `file: field: problem` lines when anything is wrong (the first 50, then how many
 * more), and 2 when a setting is wrong.
 * CONTENT_DIR overrides the folder (the benchmark uses this).
 * With --strict (the pull-request check, .github/workflows/content.yml), a contact detail that
 * looks like a person's own (a mobile number, a personal or webmail address) is a problem, not a
 * warning: an edit from the editor must not publish personal data. On GitHub Actions each problem
 * is also written as an annotation, shown on the file in the pull request.
 */

import { PERSONAL_DATA_WARNINGS } from '../src/lib/cms/checks.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { githubAnnotation, limitProblems } from '../src/lib/content/problem-list.ts';
import { countBy, welshShare } from '../src/lib/content/summary.ts';
import { formatIssue } from '../src/lib/content/validate.ts';
import { warningText } from '../src/lib/content/warnings.ts';
import { contentDir as contentDirOf } from '../src/lib/environment.ts';
import { settingsProblems } from '../src/lib/settings.ts';
import { runCli, stop } from './cli.ts';

runCli(() => {
  const settings = settingsProblems();
  // The settings first: the content folder is one of them.
  if (settings.length > 0) stop(2, ...settings);
  const contentDir = contentDirOf();
  const loaded = loadContent(contentDir);
  const { boundariesFile, content } = loaded;
  const strict = process.argv.includes('--strict');
  const personal = (warning: (typeof loaded.warnings)[number]) => strict && PERSONAL_DATA_WARNINGS.has(warning.code);
  const warnings = loaded.warnings.filter((warning) => !personal(warning));
  const all = [
    ...loaded.issues,
    ...loaded.warnings.filter(personal).map((warning) => ({
      file: warning.file,
      field: warning.field,
      message: `${warningText(warning)} (personal data is never published)`,
    })),
  ];

  // Warnings first, so that a failing run still shows them; they never fail it.
  for (const line of limitProblems(
    warnings.map((warning) => `${warning.file}: ${warning.field}: warning: ${warningText(warning)}`),
  ))
    console.warn(line);
  if (warnings.length > 0)
    console.warn(
      `${warnings.length} warning${warnings.length === 1 ? '' : 's'}: check these with the provider (the gap analysis lists them too).\n`,
    );
  if (boundariesFile === null)
    console.warn(
      'Warning: the area boundaries were not found (set LLWYBRAU_DATA_DIR), so venues were checked only against a box around Wales, not against their areas.\n',
    );

  // On GitHub Actions, each problem is also an annotation on its file in the pull request.
  if (all.length > 0 && process.env.GITHUB_ACTIONS === 'true')
    for (const issue of all) console.log(githubAnnotation(issue));
  if (all.length > 0)
    stop(
      1,
      ...limitProblems(all.map(formatIssue)),
      `\n${all.length.toLocaleString('en-GB')} problem${all.length === 1 ? '' : 's'} in ${contentDir}. Nothing was built.`,
    );

  const table = (title: string, counts: Map<string, number>) => {
    console.log(`\n${title}`);
    for (const [key, n] of counts) console.log(`  ${key.padEnd(28)} ${String(n).padStart(5)}`);
  };
  const { provision } = content;
  console.log(
    `${provision.length} provision entries, ${content.providers.length} providers, ${content.areas.length} areas, ${content.demand.length} demand period(s): all valid.`,
  );
  table(
    'By kind',
    countBy(provision, (e) => [e.kind]),
  );
  table(
    'By tier (an entry may serve several)',
    countBy(provision, (e) => e.tiers.map((t) => `tier ${t}`)),
  );
  table(
    'By language of delivery',
    countBy(provision, (e) => [e.language]),
  );
  table(
    'By area (Wales-wide offers listed once)',
    countBy(provision, (e) => (e.walesWide ? ['(Wales-wide)'] : e.areas)),
  );
  console.log(`\nWelsh-medium or bilingual: ${(welshShare(provision) * 100).toFixed(1)}%`);
  console.log(`Illustrative (invented for the sample): ${provision.filter((e) => e.illustrative).length}`);
});
