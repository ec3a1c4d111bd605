import { expect, type Page, test } from '@playwright/test';
import Papa from 'papaparse';
import { neutraliseFormula } from '../../src/lib/csv.ts';
import { TABLE_IDS } from '../../src/lib/gaps/tables/index.ts';
import { pathFor } from '../../src/lib/i18n/routes.ts';
import { REGIONS } from '../../src/lib/schema/vocabulary.ts';
import { expectNoAxeViolations } from './axe.ts';
import { content, dictionaries, LANGS, translators } from './fixtures.ts';

const gapsPath = (lang: 'en' | 'cy', slug?: string) => {
  if (!slug) return pathFor(lang, { route: 'gaps' });
  const region = REGIONS.find((r) => r === slug);
  return region
    ? pathFor(lang, { route: 'gapsRegion', params: { region } })
    : pathFor(lang, { route: 'gapsArea', params: { slug } });
};
const title = (lang: 'en' | 'cy', id: string) => {
  const entry = content.provision.find((e) => e.id === id);
  if (!entry) throw new Error(`no entry ${id}`);
  return (lang === 'cy' ? entry.title.cy : undefined) ?? entry.title.en;
};
const areaName = (lang: 'en' | 'cy', id: string) => content.areas.find((a) => a.id === id)?.name[lang] as string;

/** A table's rows as text, header first, exactly as a reader sees them. */
const tableText = (page: Page, id: string) =>
  page
    .locator(`[data-table="${id}"] table`)
    .evaluate((table) =>
      [...table.querySelectorAll('tr')].map((tr) =>
        [...tr.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
      ),
    );
/** The row of a table whose first cell is `first` (and, optionally, whose second is `second`). */
const rowOf = async (page: Page, id: string, first: string, second?: string) =>
  (await tableText(page, id)).find((row) => row[0] === first && (second === undefined || row[1] === second));

for (const lang of LANGS) {
  const ui = dictionaries[lang];
  const g = ui.gaps;
  const t = translators[lang];
  const tier = (n: number) => t('tierWord', { tier: n });

  test.describe(`${lang}: gap analysis`, () => {
    test('finds every planted gap and overlap listed in content/README.md', async ({ page }) => {
      await page.goto(gapsPath(lang));
      const name = (id: string) => areaName(lang, id);

      // 1 and 10. No Welsh-medium or bilingual provision at tier 2 in Carmarthenshire, or at tier 3 in Merthyr Tydfil.
      const carmsWelsh = await rowOf(page, 'welsh', name('carmarthenshire'));
      expect(carmsWelsh?.[2]).toContain(g.mark.englishOnly);
      expect(carmsWelsh?.[3]).not.toContain(g.mark.englishOnly);
      expect((await rowOf(page, 'welsh', name('merthyr-tydfil')))?.[3]).toContain(g.mark.englishOnly);
      await expect(page.locator('.summary-list li[data-area="carmarthenshire"]')).toContainText(
        t.plural('gaps.welshMissing', 1, { tiers: '2' }),
      );
      // Each kind of gap is named on its own, and never added into one count.
      await expect(page.locator('.summary-list li[data-area="carmarthenshire"]')).toContainText(
        t.plural('gaps.part.englishOnlyTiers', 1),
      );
      const byKind = await tableText(page, 'gaps-by-kind');
      expect(byKind[0]?.slice(1)).toEqual([
        g.partHead.gapTiers,
        g.partHead.missingStrands,
        g.partHead.englishOnlyTiers,
        g.partHead.noRouteOnwardTiers,
        g.partHead.noRollingStartTiers,
        g.partHead.summerGapTiers,
        g.partHead.townsBeyondReach,
      ]);
      expect(byKind.find((row) => row[0] === name('carmarthenshire'))?.[3]).toMatch(/^1 \(/);
      // Tier 1 gives one message: covered nationally (Careers Wales is bilingual), so never English-only anywhere.
      expect((await tableText(page, 'welsh')).slice(1).every((row) => !row[1]?.includes(g.mark.englishOnly))).toBe(
        true,
      );

      // 2. JGW+ only in Llanelli: Ammanford has nothing at tier 2 or 3 within reach.
      const reach = await tableText(page, 'reach');
      const ammanford = lang === 'cy' ? 'Rhydaman' : 'Ammanford';
      expect(
        reach.filter((row) => row[0] === name('carmarthenshire') && row[1] === ammanford).map((row) => row[2]),
      ).toEqual([tier(2), tier(3)]);

      // 3 and 11. Ceredigion has no local JGW+ Advancement; Anglesey has no JGW+ Employment.
      const kinds = await tableText(page, 'kinds');
      const column = (strand: 'engagement' | 'advancement' | 'employment') =>
        kinds[0]?.indexOf(`${ui.kind.jgw}: ${ui.vocab.strand[strand]}`) as number;
      const ceredigion = kinds.find((row) => row[0] === name('ceredigion'));
      expect(ceredigion?.[column('advancement')]).toBe(`0 · ${g.mark.none}`);
      expect(ceredigion?.[column('engagement')]).not.toContain(g.mark.none);
      expect(ceredigion?.[column('employment')]).not.toContain(g.mark.none);
      expect(kinds.find((row) => row[0] === name('isle-of-anglesey'))?.[column('employment')]).toBe(
        `0 · ${g.mark.none}`,
      );

      // 4. Three near-identical care-leaver projects in Rhondda Cynon Taf.
      const rct = (await tableText(page, 'duplication')).find((row) => row[0] === name('rhondda-cynon-taf'));
      for (const id of [
        'rhondda-cynon-taf-care-leavers-pontypridd',
        'rhondda-cynon-taf-care-leavers-porth',
        'rhondda-cynon-taf-care-leavers-tonypandy',
      ]) {
        expect(rct?.[1]).toContain(title(lang, id));
      }
      expect(rct?.[2]).toContain(ui.vocab.priorityGroup['care-leavers']);

      // 5. Nothing at tier 3 within 15 km of Chepstow; the nearest is in Abergavenny or Monmouth. Tier 2 youth-service outreach comes to the town.
      const chepstow = reach.filter(
        (row) => row[0] === name('monmouthshire') && row[1] === (lang === 'cy' ? 'Cas-gwent' : 'Chepstow'),
      );
      expect(chepstow.map((row) => row[2])).toEqual([tier(3)]);
      for (const row of chepstow) expect(Number(row[4])).toBeGreaterThan(15);

      // 16. Conwy's youth justice service is only for young people known to youth justice: it is no reach for
      // everyone, so Betws-y-Coed and Llanrwst are beyond reach at tier 2, and the service counts in its group's row.
      for (const town of ['betws-y-coed', 'llanrwst'])
        expect(
          reach.filter((row) => row[0] === name('conwy') && row[1]?.toLowerCase() === town).map((row) => row[2]),
          town,
        ).toContain(tier(2));
      expect((await rowOf(page, 'priority-groups', name('conwy')))?.[1]?.toLowerCase()).not.toContain(
        ui.vocab.priorityGroup['youth-justice'].toLowerCase(),
      );
      // The towns within reach only through outreach are listed, with the offers they rest on.
      const outreach = await tableText(page, 'reach-outreach');
      expect(outreach.length - 1).toBeGreaterThan(0);
      expect(outreach.slice(1).every((row) => row[3] !== '' && row[3] !== '–')).toBe(true);

      // 6. Powys towns beyond reach at tier 3 (tier 2 youth-service outreach covers the whole county).
      const powysRows = reach.filter((row) => row[0] === name('powys'));
      expect(new Set(powysRows.map((row) => row[2]))).toEqual(new Set([tier(3)]));
      const powysTowns = powysRows.map((row) => row[1]);
      const towns =
        lang === 'cy'
          ? ['Llanidloes', 'Tref-y-Clawdd', 'Y Gelli Gandryll', 'Machynlleth', 'Llanandras']
          : ['Llanidloes', 'Knighton', 'Hay-on-Wye', 'Machynlleth', 'Presteigne'];
      for (const town of towns) expect(powysTowns).toContain(town);

      // 7 and 8. Conwy's three tier 2 projects have no onward link; Bridgend's course links only to an ended programme.
      const broken = await tableText(page, 'progression-broken');
      for (const id of ['conwy-fresh-start-reengagement', 'conwy-wellbeing-colwyn-bay', 'conwy-youth-justice']) {
        expect(broken.find((row) => row[1] === title(lang, id))).toEqual([
          name('conwy'),
          title(lang, id),
          g.s6.problem['no-links'],
        ]);
      }
      const bridgend = broken.find((row) => row[1] === title(lang, 'bridgend-essential-skills-rolling'));
      expect(bridgend?.[2]).toBe(t('gaps.s6.problem.none-active', { links: title(lang, 'bridgend-work-ready-ended') }));

      // 9. Pembrokeshire: no offer you can start at any time at tier 3.
      expect(await rowOf(page, 'rolling-start', name('pembrokeshire'), tier(3))).toBeDefined();

      // 12 and 13. No targeted provision for young carers in Denbighshire, or for young parents in Blaenau Gwent.
      // Listed mid-sentence, so in lower case after the first ("…, young parents and …").
      expect((await rowOf(page, 'priority-groups', name('denbighshire')))?.[1]?.toLowerCase()).toContain(
        ui.vocab.priorityGroup['young-carers'].toLowerCase(),
      );
      expect((await rowOf(page, 'priority-groups', name('blaenau-gwent')))?.[1]?.toLowerCase()).toContain(
        ui.vocab.priorityGroup['young-parents'].toLowerCase(),
      );

      // 14 and 17. Newport's tier 2 need is ranked, every offer recording its places; Rhondda Cynon Taf's is worse,
      // because its care-leaver projects are only for care leavers and so add no places for everyone.
      const need = await tableText(page, 'need');
      expect(need.filter((row) => row[2] === tier(2)).map((row) => [row[1], row[6]])).toEqual(
        expect.arrayContaining([
          [name('rhondda-cynon-taf'), '10.4'],
          [name('newport'), '8.59'],
        ]),
      );
      expect(need.find((row) => row[2] === tier(2))?.[1]).toBe(name('rhondda-cynon-taf'));
      // 15. Flintshire's high tier 3 demand meets 15 recorded places, and one offer records none: at most 197 ÷ 15 =
      // 13.13 young people per place, said as an upper bound and not ranked. Merthyr Tydfil's demand shows beside it.
      const unmeasured = await tableText(page, 'need-unmeasured');
      expect(unmeasured.find((row) => row[0] === name('flintshire') && row[1] === tier(3))).toEqual([
        name('flintshire'),
        tier(3),
        '197',
        '15',
        '1',
        '13.13',
        g.s4.status['at-most'],
      ]);
      expect(unmeasured.find((row) => row[0] === name('merthyr-tydfil') && row[1] === tier(3))?.[2]).toBe('100');
      // Nothing ranked rests on an offer whose places are unknown.
      expect(need.slice(1).every((row) => row[5] === '0')).toBe(true);
      // The map says so with an outline as well as a shade, and its key says what the outline means.
      await expect(page.locator('#choro-need [data-key="partial"]')).toHaveText(g.map.needPartial);
      expect(await page.locator('#choro-need path.choro-partial').count()).toBeGreaterThan(0);

      // 18. The summer: Vale of Glamorgan's and Torfaen's youth service outreach runs in term time only, so at tier 2
      // only JGW+ Engagement runs in July and August: thin. The section and its map are there, with a key for defaults.
      const summer = await tableText(page, 'summer');
      for (const area of ['vale-of-glamorgan', 'torfaen'])
        expect(summer.find((row) => row[0] === name(area))?.[1], area).toContain(
          t('gaps.mark.thinSummer', { months: '' }).replace(/\s*$/, ''),
        );
      expect(summer.find((row) => row[0] === name('cardiff'))?.[1]).not.toMatch(
        new RegExp(`${g.mark.thin}|${g.mark.gap}`),
      );
      await expect(page.locator('#choro-summer svg path.choro')).toHaveCount(22);
      await expect(page.locator('#choro-summer [data-key="partial"]')).toHaveText(g.map.summerPartial);
      // 20 and 21. Demand over time: Newport's tier 2 demand rose over the last three months while its places did not;
      // Merthyr Tydfil's tier 3 rose too, but not every offer records its places, and the flag says so.
      const rising = await tableText(page, 'trend-rising');
      expect(rising.slice(1).map((row) => [row[0], row[1], row[4]])).toEqual([
        [name('merthyr-tydfil'), tier(3), g.s11.flag['rising-places-unknown']],
        [name('newport'), tier(2), g.s11.flag['rising-places-flat']],
      ]);
      // A chart for each flagged cell, drawn without script, its figures in the table after it.
      await expect(page.locator('#trend .trend-chart')).toHaveCount(2);
      await expect(page.locator('#trend .trend-chart svg path.trend-demand')).toHaveCount(2);
      await expect(page.locator('[data-notice="sample-demand-trend"]')).toHaveText(g.sampleDemand);
      const trendRows = await tableText(page, 'trend');
      expect(trendRows.slice(1, 13).every((row) => row[0] === name('merthyr-tydfil') && row[1] === tier(3))).toBe(true);

      // 19. Bridgend College's summer start runs in July and August only: its page says so.
      await page.goto(pathFor(lang, { route: 'detail', params: { id: 'bridgend-college-summer-transition' } }));
      await expect(page.locator('[data-fact="runs"]')).toHaveText(ui.vocab.runs['summer-only']);
      await page.goto(gapsPath(lang));

      // Housekeeping.
      const stale = (await tableText(page, 'stale')).slice(1).map((row) => row[0]);
      expect(stale.sort()).toEqual(
        [title(lang, 'wrexham-avow-volunteering'), title(lang, 'wrexham-youth-housing')].sort(),
      );
      expect((await tableText(page, 'closed')).slice(1)).toEqual([
        [title(lang, 'vale-of-glamorgan-wellbeing-penarth')],
      ]);
      const welshMissing = (await tableText(page, 'welsh-missing')).slice(1).map((row) => row[0]);
      for (const id of [
        'torfaen-college-mentoring',
        'wrexham-substance-misuse',
        'neath-port-talbot-young-carers',
        'pembrokeshire-apprenticeship-maritime-foundation',
      ]) {
        expect(welshMissing).toContain(title(lang, id));
      }
      // The demand figures are labelled as sample figures.
      await expect(page.locator('[data-notice="sample-demand"]')).toHaveText(g.sampleDemand);
    });

    test('lists data quality by area and the offers to fix first, each one click from the editor', async ({ page }) => {
      await page.goto(gapsPath(lang));
      const quality = await tableText(page, 'quality');
      // 22 areas and the Wales-wide row, each share a percentage or a dash.
      expect(quality.length - 1).toBe(23);
      expect(quality.at(-1)?.[0]).toBe(g.s6.walesWide);
      for (const row of quality.slice(1)) for (const cell of row.slice(2)) expect(cell).toMatch(/^(\d+(\.\d)?%|–)$/);
      const fix = await tableText(page, 'fix-first');
      const held = fix.slice(1).map((row) => Number((row[4] ?? '').replace(/,/g, '')));
      expect(held.length).toBeGreaterThan(0);
      // Highest first.
      expect([...held].sort((a, b) => b - a)).toEqual(held);
      const links = page.locator('[data-table="fix-first"] tbody tr a[href^="/admin/#/collections/provision-"]');
      await expect(links.first()).toHaveText(g.s12.edit);
      expect(await links.count()).toBe(Math.min(fix.length - 1, 50));
    });

    test('an area’s page charts every need tier over time, with its figures in a table', async ({ page }) => {
      await page.goto(gapsPath(lang, 'newport'));
      await expect(page.locator('#trend .trend-chart')).toHaveCount(4);
      await expect(page.locator('#trend .trend-chart.trend-flagged')).toHaveCount(1);
      // Twelve months for each of four tiers; the latest places are the unmet-need section's own.
      const rows = await tableText(page, 'trend');
      expect(rows.length - 1).toBe(48);
      const need = (await tableText(page, 'need')).find((row) => row[2] === tier(2));
      const lastTier2 = rows.filter((row) => row[1] === tier(2)).at(-1);
      expect(lastTier2?.[6]).toBe(need?.[6]);
    });

    test('changing the scope to one region changes the matrix and the choropleth', async ({ page }) => {
      await page.goto(gapsPath(lang));
      const wales = await tableText(page, 'coverage');
      expect(wales.length - 1).toBe(22);
      await expect(page.locator('#choro-reach svg path.choro')).toHaveCount(22);
      await page.locator('.scope-chooser summary').click();
      await page.locator('.scope-chooser').getByRole('link', { name: ui.vocab.region.north, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${gapsPath(lang, 'north')}$`));
      const north = content.areas.filter((a) => a.region === 'north').map((a) => a.name[lang]);
      const matrix = await tableText(page, 'coverage');
      expect(
        matrix
          .slice(1)
          .map((row) => row[0])
          .sort(),
      ).toEqual([...north].sort());
      expect(matrix).not.toEqual(wales);
      await expect(page.locator('#choro-reach svg path.choro')).toHaveCount(north.length);
      await expect(page.locator('[data-scope-name]')).toHaveText(ui.vocab.region.north);
      // One area: one shape.
      await page.goto(gapsPath(lang, 'gwynedd'));
      await expect(page.locator('#choro-welsh svg path.choro')).toHaveCount(1);
      expect((await tableText(page, 'coverage')).length).toBe(2);
    });

    test('every CSV download matches its table on the page: numbers as numbers, one figure per column', async ({
      page,
      request,
    }) => {
      await page.goto(gapsPath(lang, 'south-west'));
      const tables = await page.locator('.gap-table').evaluateAll((nodes) =>
        nodes.map((node) => ({
          id: node.getAttribute('data-table') as string,
          href: node.querySelector('.csv-link a')?.getAttribute('href') as string,
          csvRows: Number(node.getAttribute('data-csv-rows')),
          form: node.getAttribute('data-csv-form'),
        })),
      );
      // Every table the analysis has, each once.
      expect(tables.map((table) => table.id).sort()).toEqual([...TABLE_IDS].sort());
      const NUMBER = /^-?\d+(\.\d+)?$/;
      for (const { id, href, csvRows, form } of tables) {
        const body = await (await request.get(href)).text();
        expect(body.startsWith('\uFEFF'), `${id} starts with a byte-order mark`).toBe(true);
        const rows = Papa.parse<string[]>(body.slice(1).trim(), { skipEmptyLines: true }).data;
        expect(rows.length - 1, `${id}: the CSV has every row`).toBe(csvRows);
        // No cell mixes a figure with words ("0 · gap", "4 offers, 1 linked on…").
        for (const row of rows.slice(1))
          for (const cell of row) expect(cell, id).not.toMatch(/^\d[\d,.]*\s*(·|%|offers?\b|cynnig|gynnig|chynnig)/);
        if ((await page.locator(`[data-table="${id}"] .none-found`).count()) > 0) {
          expect(rows.length, `${id}: only the header`).toBe(1);
          continue;
        }
        if (form === 'wide') {
          // One row per row of the page's table, the first cell as shown, and every figure one the page shows.
          const shown = await tableText(page, id);
          expect(rows.length, id).toBe(shown.length);
          rows.slice(1).forEach((row, r) => {
            expect(row[0], id).toBe(shown[r + 1]?.[0]);
            for (const cell of row.slice(1)) if (cell !== '') expect(shown[r + 1]?.join(' '), id).toContain(cell);
          });
          continue;
        }
        if (form === 'long') {
          // One row per area and tier: the tier is a number, and so is every count.
          for (const row of rows.slice(1)) {
            expect(row[1], id).toMatch(/^[1-5]$/);
            expect(row[2], id).toMatch(NUMBER);
          }
          continue;
        }
        // The page's table, cell for cell: words as shown (a formula-looking one neutralised), numbers as plain numbers.
        const total = Number(await page.locator(`[data-table="${id}"] table`).getAttribute('data-rows'));
        expect(rows.length - 1, `${id}: the CSV has the table's rows`).toBe(total);
        const shown = await tableText(page, id);
        expect(rows[0], id).toEqual(shown[0]);
        shown.slice(1).forEach((row, r) => {
          row.forEach((text, c) => {
            const cell = rows[r + 1]?.[c] as string;
            if (NUMBER.test(cell)) {
              // The page rounds for display (61.5 shows as 62%): its figure is the CSV's, whole or rounded.
              const digits = text.replace(/[^\d.-]/g, '');
              const n = Number(cell);
              expect(
                [String(Math.trunc(n)), String(Math.round(n))].some((whole) => digits.includes(whole)),
                `${id} ${r} ${c}: ${text} shows ${cell}`,
              ).toBe(true);
            } else if (cell.startsWith('/admin/#/collections/'))
              // A link to the record in the editor: its address in the CSV, "Edit in the editor" on the page.
              expect(text, `${id} ${r} ${c}`).toBe(g.s12.edit);
            else if (/^\d+(;\d+)+$/.test(cell))
              // A list of tiers is one machine-readable cell (2;3), written "2 and 3" on the page.
              expect(text.match(/\d+/g), `${id} ${r} ${c}`).toEqual(cell.split(';'));
            else expect(cell, `${id} ${r} ${c}`).toBe(text === '–' ? '' : neutraliseFormula(text));
          });
        });
      }
    });

    test('publishes each scope’s tables as one JSON file, with the CSVs’ figures and numbers as numbers', async ({
      page,
      request,
    }) => {
      await page.goto(gapsPath(lang, 'powys'));
      const href = (await page.getByTestId('gaps-json').getAttribute('href')) as string;
      const data = (await (await request.get(href)).json()) as {
        scope: unknown;
        tables: Record<string, { columns: string[]; rows: (string | number | null)[][] }>;
      };
      expect(data.scope).toEqual({ type: 'area', area: 'powys' });
      expect(Object.keys(data.tables).sort()).toEqual([...TABLE_IDS].sort());
      for (const id of ['coverage', 'need', 'reach', 'trend'] as const) {
        const csvHref = (await page.locator(`[data-table="${id}"] .csv-link a`).getAttribute('href')) as string;
        const csv = Papa.parse<string[]>((await (await request.get(csvHref)).text()).slice(1).trim(), {
          skipEmptyLines: true,
        }).data;
        const table = data.tables[id] as { columns: string[]; rows: (string | number | null)[][] };
        expect(
          // An unknown figure is null in the JSON and an empty cell in the CSV, never 0.
          [
            table.columns,
            ...table.rows.map((row) => row.map((cell) => (cell === null ? '' : neutraliseFormula(String(cell))))),
          ],
          id,
        ).toEqual(csv);
      }
      // A count is a JSON number, not text; a figure not known is null, never "" or 0 (Powys tier 1 records no places,
      // so it has no ratio).
      expect(typeof data.tables.coverage?.rows[0]?.[2]).toBe('number');
      expect(data.tables.trend?.rows.some((row) => row[5] === null)).toBe(true);
      expect(data.tables.trend?.rows.flat().includes('')).toBe(false);
    });

    test('prints cleanly: the scope chooser and download links are left out', async ({ page }) => {
      await page.goto(gapsPath(lang, 'powys'));
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.scope-chooser')).toBeHidden();
      await expect(page.locator('.csv-link').first()).toBeHidden();
      await expect(page.locator('[data-table="coverage"] table')).toBeVisible();
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.length).toBeGreaterThan(10_000);
    });

    for (const slug of [undefined, 'south-east']) {
      test(`axe finds no violations on ${gapsPath(lang, slug)}`, async ({ page }) => {
        await page.goto(gapsPath(lang, slug));
        // Open the folded maps and the scope chooser, so they are checked too.
        await page.evaluate(() => {
          for (const details of document.querySelectorAll('details')) details.open = true;
        });
        await expectNoAxeViolations(page);
      });
    }
  });
}
