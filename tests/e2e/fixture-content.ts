/**
 * node tests/e2e/fixture-content.ts <out-dir> hostile|plain
 *
 * Writes a small content set for the end-to-end tests' second and third sites, which need every
 * page type but not the whole sample: the build without reference data (`plain`), and the
 * hostile build (`hostile`), a hostile content set: the sample's offers in two areas (and three Wales-wide
 * ones), their providers, all 22 areas and the demand figures, with a script or
 * formula payload put into every text a person can write (titles, summaries, names,
 * venue names and towns, area and provider names, how to apply, costs, commitments,
 * qualifications, the demand figures' source). The set is still valid, so the site
 * builds from it; hostile.spec.ts then checks that no payload runs anywhere and that
 * every CSV cell is neutralised. Records are taken from the real sample so that every
 * page type has something on it.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import yaml from 'yaml';
import { readContentDir } from '../../src/lib/content/load.ts';

/** Each sets window.__xss (or calls alert) if it ever runs; the formulas start with +, - and @ (= is refused at validation). */
export const PAYLOADS = [
  '<img src=x onerror="window.__xss=1;alert(1)">',
  '<script>window.__xss=1;alert(2)</script>',
  '"><svg onload="window.__xss=1;alert(3)">',
  '\'><iframe srcdoc="<script>parent.__xss=1</script>">',
  '+HYPERLINK("https://evil.example","Apply")',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  '{{constructor.constructor("window.__xss=1")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection payload, meant literally.
  '${alert(4)}</textarea><b onmouseover=alert(5)>x</b>',
  'javascript:window.__xss=1',
] as const;

export const HOSTILE_AREAS = ['carmarthenshire', 'ceredigion'];

let next = 0;
/** The next payload, with a tag naming where it went, cut to fit the field. */
const payload = (where: string, max = 120): string => `${PAYLOADS[next++ % PAYLOADS.length]} ${where}`.slice(0, max);

/** Every bilingual text ({ en, cy }) and every venue's name and town, replaced by payloads. */
const poison = (value: unknown, where: string): unknown => {
  if (Array.isArray(value)) return value.map((item, i) => poison(item, `${where}${i}`));
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  if (typeof object.en === 'string')
    return {
      ...object,
      en: payload(`${where} en`),
      ...(typeof object.cy === 'string' ? { cy: payload(`${where} cy`) } : {}),
    };
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(object)) {
    out[key] =
      (key === 'name' || key === 'town') && typeof inner === 'string'
        ? payload(`${where} ${key}`, 60)
        : poison(inner, `${where} ${key}`);
  }
  return out;
};

export const writeFixtureContent = (outDir: string, hostile: boolean): number => {
  const { records } = readContentDir('content');
  const inAreas = (data: Record<string, unknown>) =>
    (data.areas as string[] | undefined)?.some((area) => HOSTILE_AREAS.includes(area)) ?? false;
  // The offers of the two areas, and three Wales-wide ones.
  const provision = [
    ...records.filter((r) => r.collection === 'provision' && inAreas(r.data as Record<string, unknown>)),
    ...records
      .filter((r) => r.collection === 'provision' && (r.data as { walesWide?: boolean }).walesWide === true)
      .slice(0, 3),
  ];
  const kept = new Set(provision.map((r) => r.id));
  const providers = new Set(provision.map((r) => (r.data as { provider: string }).provider));
  const chosen = records.filter(
    (r) =>
      // Every area (the map needs all 22), each with a hostile name.
      r.collection === 'areas' ||
      (r.collection === 'providers' && providers.has(r.id)) ||
      r.collection === 'demand' ||
      provision.includes(r),
  );
  rmSync(outDir, { recursive: true, force: true });
  for (const record of chosen) {
    let data = structuredClone(record.data) as Record<string, unknown>;
    if (record.collection === 'provision') {
      // Only the two areas are kept, so links to offers elsewhere go.
      data.progression = ((data.progression as string[] | undefined) ?? []).filter((id) => kept.has(id));
      // Ceredigion's offers are one that has not been reviewed for long, so that they reach the housekeeping CSVs too.
      if ((data.areas as string[]).includes('ceredigion')) data.lastReviewed = '2024-06-01';
    }
    if (hostile) data = poison(data, `${record.collection}/${record.id}`) as Record<string, unknown>;
    const path = join(outDir, relative('content', record.file));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, yaml.stringify(data, { lineWidth: 0, aliasDuplicateObjects: false }));
  }
  return chosen.length;
};

if (import.meta.main) {
  const [outDir, mode] = process.argv.slice(2);
  if (!outDir || (mode !== 'hostile' && mode !== 'plain')) {
    console.error('Usage: node tests/e2e/fixture-content.ts <out-dir> hostile|plain');
    process.exit(2);
  }
  console.log(`Wrote ${writeFixtureContent(outDir, mode === 'hostile')} ${mode} records to ${outDir}.`);
}
