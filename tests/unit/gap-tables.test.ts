import { describe, expect, it } from 'vitest';
import { translator } from '../../src/dictionaries/index.ts';
import { classify } from '../../src/lib/gaps/choropleth.ts';
import { analyseGaps } from '../../src/lib/gaps/report.ts';
import { buildTables, csvRows, TABLE_IDS, tableRows } from '../../src/lib/gaps/tables/index.ts';
import { formatters } from '../../src/lib/i18n/format.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import { areas, demand, provision, towns } from './gap-world.ts';

const report = analyseGaps({ provision, areas, demand, towns, today: '2026-11-25' });
const tablesIn = (lang: Locale) =>
  buildTables(report, {
    t: translator(lang),
    lang,
    areaName: (id) => `${lang === 'cy' ? 'Ardal' : 'Area'} ${id}`,
    entry: (id) => ({ title: `Title ${id}`, href: `/${lang}/provision/${id}/` }),
  });

describe('choropleth classes', () => {
  it('splits values into equal-width classes labelled by the values in them, exact and never overlapping', () => {
    // Width (11 − 3) ÷ 4 = 2: bands 3–5, 5–7, 7–9, 9–11. Labels name the values actually in each band.
    const classes = classify([3, 4, 6, 6, 8, 11, null], String);
    expect(classes.legend.map((entry) => entry.label)).toEqual(['3–4', '6', '8', '11']);
    expect([3, 4, 6, 8, 11, null].map((v) => classes.classOf(v))).toEqual([0, 0, 1, 2, 3, null]);
    // A band with no value in it is left out, and the classes stay consecutive.
    const gappy = classify([0, 1, 8], String);
    expect(gappy.legend).toEqual([
      { cls: 0, label: '0–1' },
      { cls: 1, label: '8' },
    ]);
    expect(gappy.classOf(8)).toBe(1);
  });
  it('uses fewer classes when there are fewer distinct values', () => {
    const two = classify([1, 1, 3], String);
    expect(two.legend).toHaveLength(2);
    expect(classify([5, 5], String).legend).toEqual([{ cls: 0, label: '5' }]);
    expect(classify([null], String).legend).toEqual([]);
  });
});

describe('lists and numbers in each language', () => {
  it('joins a list with "and", or Welsh "a", and "ac" before a vowel', () => {
    expect(formatters('en').list([2, 3, 4])).toBe('2, 3 and 4');
    expect(formatters('cy').list([2, 3])).toBe('2 a 3');
    expect(formatters('cy').list(['Caerdydd', 'Abertawe'])).toBe('Caerdydd ac Abertawe');
    expect(formatters('cy').list(['Tier 2'])).toBe('Tier 2');
    expect(formatters('en').percent(0.25)).toBe('25%');
  });
});

describe('gap tables', () => {
  const en = tablesIn('en');

  it('builds every table the page shows, each with a caption and columns', () => {
    expect(Object.keys(en).sort()).toEqual([...TABLE_IDS].sort());
    for (const id of TABLE_IDS) {
      expect(en[id].caption, id).not.toBe('');
      for (const row of en[id].rows) expect(row, id).toHaveLength(en[id].columns.length);
    }
  });

  it('writes the coverage matrix with marks in words', () => {
    expect(tableRows(en.coverage)).toEqual([
      ['Area', 'Tier 1', 'Tier 2', 'Tier 3', 'Tier 4', 'Tier 5'],
      ['Area A', '0 · covered nationally', '4', '2', '0 · gap', '0 · gap'],
      ['Area B', '0 · covered nationally', '0 · gap', '1 · thin', '0 · gap', '0 · gap'],
      ['Area C', '0 · covered nationally', '0 · gap', '0 · gap', '0 · gap', '0 · gap'],
    ]);
    expect(en.coverage.rows[0]?.[1]).toEqual({ text: '0 · covered nationally' });
    expect(en.coverage.rows[0]?.[4]?.mark).toBe('gap');
    expect(en.coverage.rows[1]?.[3]?.mark).toBe('thin');
  });

  it('says why a duplication group was made, and scores it', () => {
    expect(tableRows(en.duplication)[1]).toEqual([
      'Area A',
      'Title a2; Title a4; Title a5',
      'Support service; Youth work; English; Tier 2; ages 16–18; Care leavers',
      '0.89',
    ]);
  });

  it('ranks unmet need and keeps what cannot be measured apart, with the reason', () => {
    expect(tableRows(en.need)[1]).toEqual(['1', 'Area A', 'Tier 3', '40', '15', '0', '2.67', '0']);
    // w1 records no places: unknown, a dash on the page and an empty cell in the CSV, never 0.
    expect(tableRows(en['need-national']).slice(1, 3)).toEqual([
      ['Tier 1', '1', '–', '1'],
      ['Tier 2', '1', '–', '1'],
    ]);
    expect(csvRows(en['need-national'])[1]).toEqual(['1', '1', '', '1']);
    // A, tier 2: 15 places recorded and a2's unknown, so at most 30 ÷ 15 = 2 young people per place; not ranked.
    expect(tableRows(en['need-unmeasured']).slice(1)).toEqual([
      ['Area A', 'Tier 2', '30', '15', '1', '2', 'Not every offer here records its places'],
      ['Area B', 'Tier 1', '5', '–', '0', '–', 'No local offer at this tier'],
      ['Area B', 'Tier 4', '8', '–', '0', '–', 'No local offer at this tier'],
    ]);
  });

  it('links offers to their detail pages and names dead progression links', () => {
    const broken = en['progression-broken'].rows.find((row) => row[1]?.text === 'Title a3');
    expect(broken?.[1]?.href).toBe('/en/provision/a3/');
    expect(broken?.[2]?.text).toBe('Links only to offers that have ended or are closed: Title ended1');
    // A Wales-wide offer is listed as such, not under an area.
    expect(tableRows(en['progression-broken']).find((row) => row[1] === 'Title w1')?.[0]).toBe('Wales-wide');
  });

  it('lists the tiers with no route onward, saying why', () => {
    // A, tier 3: nothing live at tier 4 (ended1 has ended). B, tier 3 (a3): nothing at tier 4 in B either.
    expect(tableRows(en['progression-no-route'])).toEqual([
      ['Area', 'Tier', 'Why there is no route onward'],
      ['Area A', 'Tier 3', 'Nothing local at tier 4 (Wales-wide: 0)'],
      ['Area B', 'Tier 3', 'Nothing local at tier 4 (Wales-wide: 0)'],
    ]);
  });

  it('counts offers through the plural rules, in both languages', () => {
    // A: tier 1 has no local offer (four local at tier 2, and w1 Wales-wide beside them), tier 2 four, tier 3 two;
    // B, tier 3 one (a3).
    const rows = tableRows(en.progression);
    expect(rows[1]?.slice(1, 4)).toEqual([
      '0 offers, 0 linked on, 4 locally at the next tier (Wales-wide: 1)',
      '4 offers, 1 linked on, 2 locally at the next tier (Wales-wide: 0)',
      expect.stringMatching(/^2 offers,/),
    ]);
    expect(rows[2]?.[3]).toMatch(/^1 offer, /);
    const cy = tableRows(tablesIn('cy').progression);
    expect(cy[1]?.[2]).toMatch(/^4 cynnig, /);
    expect(cy[1]?.[3]).toMatch(/^2 gynnig, /);
    expect(cy[2]?.[3]).toMatch(/^1 cynnig, /);
  });

  it('names missing Welsh fields in one phrase, mutated after "a"', () => {
    const world = [
      ...provision,
      {
        ...(provision[0] as (typeof provision)[number]),
        id: 'bare',
        title: { en: 'Bare' },
        summary: { en: 'No Welsh' },
      },
    ];
    const tables = (lang: Locale) =>
      buildTables(analyseGaps({ provision: world, areas, demand, towns, today: '2026-11-25' }), {
        t: translator(lang),
        lang,
        areaName: (id) => id,
        entry: (id) => ({ title: id, href: `/${lang}/provision/${id}/` }),
      });
    expect(tableRows(tables('cy')['welsh-missing']).find((row) => row[0] === 'bare')).toEqual([
      'bare',
      'teitl a chrynodeb',
    ]);
    expect(tableRows(tables('en')['welsh-missing']).find((row) => row[0] === 'bare')).toEqual([
      'bare',
      'title and summary',
    ]);
    expect(tableRows(tables('cy')['welsh-missing']).find((row) => row[0] === 'closed1')).toEqual(['closed1', 'teitl']);
  });

  it('names the nearest offer’s town in the page language', () => {
    const cy = buildTables(report, {
      t: translator('cy'),
      lang: 'cy',
      areaName: (id) => id,
      entry: (id) => ({ title: `Teitl ${id}`, href: id }),
      townName: (town) => (town === 'TA' ? 'Tref A' : town),
    });
    expect(tableRows(cy.reach)[1]?.[3]).toBe('Teitl a1 (Tref A)');
  });

  it('gives the nearest offer and its distance for a town out of reach', () => {
    expect(tableRows(en.reach).slice(1)).toEqual([
      ['Area B', 'TB', 'Tier 2', 'Title a1 (TA)', '111.2'],
      ['Area B', 'TB', 'Tier 3', 'Title a1 (TA)', '111.2'],
    ]);
  });

  it('shows the Wales-wide offers’ languages in a table of their own, so no column adds them to an area’s', () => {
    expect(tableRows(en['welsh-national'])).toEqual([
      ['Tier', 'Wales-wide offers', 'Welsh-medium offers (number)', 'Bilingual offers (number)', 'Share (%)'],
      ['Tier 1', '1', '0', '0', '0%'],
      ['Tier 2', '1', '0', '0', '0%'],
      ['Tier 3', '0', '0', '0', '–'],
      ['Tier 4', '0', '0', '0', '–'],
      ['Tier 5', '0', '0', '0', '–'],
    ]);
    expect(csvRows(en['welsh-national'])[1]).toEqual(['1', '1', '0', '0', '0']);
    // No row of the area table names a Wales-wide scope.
    expect(csvRows(en.welsh).every((row) => !row[0]?.startsWith('Wales-wide'))).toBe(true);
    // Tier 1 is covered nationally: the local fact (none), then the national one, judged on w1 (English-medium), as coverage is.
    expect(tableRows(en.welsh)[1]?.[1]).toBe(
      'none · Covered nationally: 0 Welsh-medium and 0 bilingual of 1 · English only',
    );
  });

  it('writes a list of tiers as one machine-readable cell: "1, 2 and 3" on the page, 1;2;3 in the CSV', () => {
    const ranking = en['welsh-ranking'];
    expect(tableRows(ranking)[1]?.[5]).toBe('1 and 2');
    expect(csvRows(ranking)[1]?.[5]).toBe('1;2');
  });

  it('ranks areas within each kind of gap, side by side, and never adds kinds together', () => {
    const rows = tableRows(en['gaps-by-kind']);
    expect(rows[0]).toEqual([
      'Area',
      'Tiers with no local offer',
      'JGW+ strands with no local offer',
      'English-only tiers',
      'Tiers with no route onward',
      'Tiers with no start at any time',
      'Tiers empty or thin in the summer',
      'Towns out of reach',
    ]);
    expect(rows[1]?.[3]).toBe('2 (rank 1)');
    expect(csvRows(en['gaps-by-kind'])[0]?.slice(0, 3)).toEqual([
      'Area',
      'Tiers with no local offer',
      'Tiers with no local offer: rank',
    ]);
    expect(csvRows(en['gaps-by-kind'])[1]?.slice(5, 7)).toEqual(['2', '1']);
    expect(tableRows(en['map-values'])[0]?.[1]).toBe('Towns with no offer within reach');
  });

  it('writes CSVs as numbers, one figure per column: the long form for matrices, tiers as numbers', () => {
    expect(csvRows(en.coverage).slice(0, 4)).toEqual([
      ['Area', 'Tier', 'Local offers (number)', 'Mark'],
      ['Area A', '1', '0', 'covered nationally'],
      ['Area A', '2', '4', ''],
      ['Area A', '3', '2', ''],
    ]);
    expect(csvRows(en.coverage)).toHaveLength(1 + 3 * 5);
    expect(csvRows(en.progression)[2]).toEqual(['Area A', '2', '4', '1', '2', '0', 'No']);
    expect(csvRows(en.progression)[3]).toEqual(['Area A', '3', '2', '0', '0', '0', 'Yes']);
    expect(csvRows(en.welsh)[2]).toEqual(['Area A', '2', '4', '0', '0', '0', 'Yes', 'No']);
    expect(csvRows(en.welsh)[1]?.slice(-2)).toEqual(['Yes', 'Yes']);
    expect(csvRows(en.need)[1]).toEqual(['1', 'Area A', '3', '40', '15', '0', '2.67', '0']);
    expect(csvRows(en.reach)[1]).toEqual(['Area B', 'TB', '2', 'Title a1 (TA)', '111.2']);
    // No cell anywhere mixes a number with words, in either language.
    for (const lang of ['en', 'cy'] as const) {
      const tables = tablesIn(lang);
      for (const id of TABLE_IDS) {
        for (const row of csvRows(tables[id]).slice(1))
          for (const cell of row)
            expect(cell, `${lang} ${id}`).not.toMatch(/^\d[\d,.]*\s*(·|%|offers?\b|cynnig|gynnig|chynnig)/);
      }
    }
  });

  it('writes big numbers plainly in the CSV and grouped on the page', () => {
    const big = analyseGaps({
      provision,
      areas,
      demand: new Map([...demand, ['A', { 1: 0, 2: 30, 3: 12345, 4: 0, 5: 0 }]]),
      towns,
      today: '2026-11-25',
    });
    const table = buildTables(big, {
      t: translator('en'),
      lang: 'en',
      areaName: (id) => id,
      entry: (id) => ({ title: id, href: id }),
    }).need;
    expect(tableRows(table)[1]?.[3]).toBe('12,345');
    expect(csvRows(table)[1]?.[3]).toBe('12345');
  });

  it('has the same rows in Welsh, in Welsh words', () => {
    const cy = tablesIn('cy');
    for (const id of TABLE_IDS) expect(cy[id].rows.length, id).toBe(en[id].rows.length);
    expect(tableRows(cy.coverage)[0]).toEqual(['Ardal', 'Haen 1', 'Haen 2', 'Haen 3', 'Haen 4', 'Haen 5']);
    expect(tableRows(cy.coverage)[2]?.[3]).toBe('1 · tenau');
  });
});
