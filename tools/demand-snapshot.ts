/**
 * npm run demand:snapshot -- 2026-11: keeps the local places of now with a demand period, so that
 * the trend (gap analysis, section 11) can show places over time. Run it when a period's tier
 * counts are added. It appends a `places:` list to content/demand/<period>.yaml, as the unmet-need
 * section counts them from today's records, and changes nothing else in the file. A file that
 * already records places is left alone.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appendPlaces, placesRows } from '../src/lib/content/demand-places.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { buildDate, contentDir as contentDirOf } from '../src/lib/environment.ts';
import { entriesByArea } from '../src/lib/gaps/common.ts';
import { DEFAULT_GAP_CONFIG } from '../src/lib/gaps/config.ts';
import { unmetNeed } from '../src/lib/gaps/need.ts';
import { demandPeriodOf } from '../src/lib/gaps/trend.ts';
import { settingsProblems } from '../src/lib/settings.ts';
import { runCli, stop } from './cli.ts';

runCli(() => {
  const settings = settingsProblems();
  if (settings.length > 0) stop(2, ...settings);
  const period = process.argv[2];
  if (period === undefined || !/^\d{4}-(0[1-9]|1[0-2])$/.test(period))
    return stop(2, `Give the period as YYYY-MM, e.g. npm run demand:snapshot -- 2026-11 (got ${period ?? 'nothing'})`);
  const dir = contentDirOf();
  const { content, issues } = loadContent(dir);
  if (issues.length > 0) return stop(1, 'The content has problems: run npm run validate and fix them first.');
  const record = content.demand.find((p) => p.period === period);
  const base = join(dir, 'demand', record?.id ?? period);
  const file = existsSync(`${base}.yml`) && !existsSync(`${base}.yaml`) ? `${base}.yml` : `${base}.yaml`;
  if (record === undefined) return stop(1, `${file}: no demand period ${period}; add its tier counts first`);
  // Today's places describe today: kept only with the latest period, never written into an earlier one's history.
  const latest = [...content.demand].sort((a, b) => b.period.localeCompare(a.period))[0];
  if (latest?.period !== period)
    return stop(1, `${file}: places: only the latest period (${latest?.period}) can keep today's places`);
  const need = unmetNeed(
    content.provision,
    entriesByArea(content.provision),
    content.areas,
    demandPeriodOf(record).counts,
    DEFAULT_GAP_CONFIG,
  );
  const source = readFileSync(file, 'utf8');
  const result = appendPlaces(
    source,
    placesRows(need.cells),
    `Local places on ${buildDate()}, as the gap analysis counts them (npm run demand:snapshot).`,
  );
  if ('problem' in result) return stop(1, `${file}: places: ${result.problem}`);
  // Appended: every byte already in the file stays as it is.
  appendFileSync(file, result.text.slice(source.length));
  console.log(`${file}: kept the places of ${need.cells.length} area and tier cells.`);
});
