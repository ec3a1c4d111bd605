/**
 * npm run sample:demand — writes the sample's earlier demand periods (the eleven months before the
 * latest file in content/demand), so that the trend has a year to show. SAMPLE FIGURES, invented:
 * each area's latest counts scaled by a plausible pattern through the year, not random noise:
 * - tier 1 (status unknown) peaks in September, when school leavers' destinations are not yet known;
 * - tier 2 rises a little over the winter;
 * - tier 3 (ready for EET) peaks in September, after leaving school;
 * - tier 4 (at risk of dropping out) rises from November to February, as early leavers drop out.
 * Two trends are planted (content/README.md): Newport's tier 2 and Merthyr Tydfil's tier 3 demand
 * rise over the last three months. Each file keeps the places of today's records, as
 * `npm run demand:snapshot` would have kept them then (the sample's records have not changed).
 * Existing files are never written over.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { appendPlaces, placesRows } from '../src/lib/content/demand-places.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { contentDir as contentDirOf } from '../src/lib/environment.ts';
import { entriesByArea } from '../src/lib/gaps/common.ts';
import { DEFAULT_GAP_CONFIG } from '../src/lib/gaps/config.ts';
import { unmetNeed } from '../src/lib/gaps/need.ts';
import { demandPeriodOf } from '../src/lib/gaps/trend.ts';
import { runCli, stop } from './cli.ts';

/** Each tier's count in a month (1–12) as a share of its October count. */
const SEASON: Record<1 | 2 | 3 | 4 | 5, number[]> = {
  1: [0.78, 0.76, 0.75, 0.75, 0.76, 0.78, 0.9, 1.1, 1.35, 1, 0.85, 0.8],
  2: [1.06, 1.06, 1.04, 1.02, 1, 0.98, 0.98, 0.99, 1.03, 1, 1.02, 1.04],
  3: [0.9, 0.88, 0.86, 0.85, 0.85, 0.87, 0.92, 1, 1.08, 1, 0.95, 0.92],
  4: [1.12, 1.1, 1.05, 1, 0.98, 0.95, 0.9, 0.9, 1.02, 1, 1.05, 1.1],
  5: [1, 1, 1, 1.01, 1.01, 1, 0.99, 0.99, 0.98, 1, 1, 1],
};
/** The planted rising trends: the share of the latest count in each of the two months before it. */
const RISING: Record<string, { tier: 1 | 2 | 3 | 4; before: [number, number] }> = {
  newport: { tier: 2, before: [0.79, 0.9] },
  'merthyr-tydfil': { tier: 3, before: [0.82, 0.91] },
};

const monthsBack = (period: string, back: number): string => {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

runCli(() => {
  const dir = contentDirOf();
  const { content, issues } = loadContent(dir);
  if (issues.length > 0) stop(1, 'The content has problems: run npm run validate and fix them first.');
  const latest = [...content.demand].sort((a, b) => b.period.localeCompare(a.period))[0];
  if (latest === undefined) stop(1, `${join(dir, 'demand')}: no demand period to start from`);
  const last = latest as NonNullable<typeof latest>;
  // Invented months go only beside invented figures: never around a real period.
  if (!last.sampleFigures)
    return stop(
      1,
      `${join(dir, 'demand', `${last.id}.yaml`)}: sampleFigures: the latest period is real data; sample months are made only beside sample figures`,
    );
  const { cells } = unmetNeed(
    content.provision,
    entriesByArea(content.provision),
    content.areas,
    demandPeriodOf(last).counts,
    DEFAULT_GAP_CONFIG,
  );
  const lastMonth = Number(last.period.slice(5)) - 1;
  for (let back = 11; back >= 1; back--) {
    const period = monthsBack(last.period, back);
    const file = join(dir, 'demand', `${period}.yaml`);
    if (existsSync(file) || content.demand.some((p) => p.period === period)) continue;
    const month = Number(period.slice(5)) - 1;
    const counts = last.counts.map((row) => {
      const planted = RISING[row.area];
      const scaled = ([1, 2, 3, 4, 5] as const).map((tier) => {
        const latestCount = row[`tier${tier}`];
        if (planted?.tier === tier) {
          // The two months before the latest rise towards it; the months before those sit near the first of them.
          const share =
            back <= 2 ? (planted.before[2 - back] as number) : planted.before[0] * (0.97 + 0.01 * (back % 3));
          return Math.round(latestCount * share);
        }
        return Math.round((latestCount * (SEASON[tier][month] as number)) / (SEASON[tier][lastMonth] as number));
      });
      return `  - { area: ${row.area}, tier1: ${scaled[0]}, tier2: ${scaled[1]}, tier3: ${scaled[2]}, tier4: ${scaled[3]}, tier5: ${scaled[4]} }`;
    });
    const head = [
      '# SAMPLE FIGURES: invented for demonstration (npm run sample:demand). Not Careers Wales data.',
      '# Aggregate counts of 16-18 year olds per tier; never personal data.',
      stringify({ period, sampleFigures: true, source: last.source }, { lineWidth: 0 }).trimEnd(),
      'counts:',
      ...counts,
      '',
    ].join('\n');
    const result = appendPlaces(
      head,
      placesRows(cells),
      'SAMPLE: the places of the sample records, as npm run demand:snapshot keeps them.',
    );
    if ('problem' in result) stop(1, `${file}: ${result.problem}`);
    // 'wx': never over a file, even one written since the check above.
    else writeFileSync(file, result.text, { flag: 'wx' });
    console.log(`Wrote ${file}`);
  }
});
