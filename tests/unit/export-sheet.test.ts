/**
 * Out to a spreadsheet and back: provision written by provisionCsv and read by the
 * importer (checkSheet, as `npm run import` reads it) comes back unchanged. First the
 * whole sample; then, with fast-check, sample records with arbitrary text (quotes,
 * commas, line breaks, formula-like starts, any script), numbers, venues and starts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/lib/content/load.ts';
import { formatIssue, type RawRecord, validateRecords } from '../../src/lib/content/validate.ts';
import { CONTROL_CHARACTER } from '../../src/lib/schema/primitives.ts';
import type { Provision } from '../../src/lib/schema/schema.ts';
import { KIND_FOLDERS } from '../../src/lib/schema/vocabulary.ts';
import { provisionCsv, provisionRows } from '../../src/lib/sheets/export.ts';
import { checkSheet } from '../../src/lib/sheets/import.ts';
import { formatImportIssue } from '../../src/lib/sheets/rows.ts';
import { planUpdate } from '../../src/lib/sheets/update-plan.ts';

const TODAY = '2026-11-26';
const { records } = readContentDir('content');
const others = records.filter((record) => record.collection !== 'provision');
const sample = validateRecords(records, { today: TODAY }).content.provision;
const byId = (list: readonly Provision[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

/** Writes the records as a sheet, imports it against the rest of the content, and gives back what the build would read. */
const roundTrip = (provision: readonly Provision[]): { problems: string[]; back: Provision[] } => {
  const checked = checkSheet(new TextEncoder().encode(provisionCsv(provision)), 'sheet.csv', others, { today: TODAY });
  if ('error' in checked) return { problems: [checked.error], back: [] };
  const { issues, content } = validateRecords([...others, ...(checked.imported as RawRecord[])], { today: TODAY });
  return {
    problems: [...checked.problems.map(formatImportIssue), ...issues.map(formatIssue)],
    back: byId(content.provision),
  };
};

describe('provision out to a spreadsheet and back', () => {
  it('writes the importer’s columns, a row per offer and one more per extra venue', () => {
    const rows = provisionRows(sample);
    expect(rows[0]?.[0]).toBe('id');
    expect(rows.length - 1).toBe(sample.reduce((n, entry) => n + Math.max(1, entry.venues.length), 0));
  });

  it('brings back every record of the sample unchanged', () => {
    const { problems, back } = roundTrip(sample);
    expect(problems).toEqual([]);
    expect(back).toEqual(byId(sample));
  });

  it('neutralises formula-like text in the file, and the importer restores it', () => {
    const entry = { ...(sample[0] as Provision), title: { en: '+44 is the code for the UK', cy: "'=not a formula" } };
    const csv = provisionCsv([entry]);
    expect(csv).toContain(`'+44 is the code for the UK`);
    expect(csv).toContain(`''=not a formula`);
    expect(roundTrip([entry]).back[0]?.title).toEqual(entry.title);
  });
});

/** Text the schema accepts: no control characters, no = at the start, no space at either end, within its limit. */
const text = (max: number) =>
  fc
    .string({ unit: 'binary', minLength: 1, maxLength: max })
    .map((raw) => raw.replace(new RegExp(CONTROL_CHARACTER, 'gu'), '').trim().replace(/^=+/, ''))
    .filter(
      (value) =>
        value.length > 0 &&
        value.trim() === value &&
        !value.startsWith('=') &&
        [...value].length <= max &&
        value.length <= max,
    );

const variant = fc.record({
  index: fc.nat({ max: sample.length - 1 }),
  title: text(120),
  summaryCy: fc.option(text(600), { nil: undefined }),
  venueName: text(120),
  capacity: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
  hours: fc.option(
    fc.integer({ min: 1, max: 480 }).map((tenths) => tenths / 10),
    { nil: undefined },
  ),
  starts: fc.oneof(
    fc.constantFrom('september' as const, 'rolling' as const),
    fc
      .uniqueArray(fc.date({ min: new Date('2027-01-01'), max: new Date('2028-12-31'), noInvalidDate: true }), {
        minLength: 1,
        maxLength: 4,
      })
      .map((dates) => ({ dates: dates.map((d) => d.toISOString().slice(0, 10)).sort() })),
  ),
});

describe('any valid records, out and back (fast-check)', () => {
  it('come back unchanged', () => {
    fc.assert(
      fc.property(fc.array(variant, { minLength: 1, maxLength: 4 }), (variants) => {
        const chosen = new Map<string, Provision>();
        for (const v of variants) {
          const base = sample[v.index] as Provision;
          chosen.set(base.id, {
            ...base,
            title: { ...base.title, en: v.title },
            summary: { en: base.summary.en, ...(v.summaryCy === undefined ? {} : { cy: v.summaryCy }) },
            venues: base.venues.map((venue, i) => (i === 0 ? { ...venue, name: v.venueName } : venue)),
            capacity: v.capacity,
            hoursPerWeek: v.hours,
            starts: v.starts,
          } as Provision);
        }
        // Only the chosen records are imported, so links to others go.
        for (const entry of chosen.values())
          entry.progression = entry.progression.filter((target) => chosen.has(target));
        // Optional fields left out are absent, as validation leaves them.
        const provision = validateRecords([...others, ...[...chosen.values()].map(asRecord)], { today: TODAY }).content
          .provision;
        const { problems, back } = roundTrip(provision);
        expect(problems).toEqual([]);
        expect(back).toEqual(byId(provision));
      }),
      { numRuns: 60 },
    );
  });
});

/** A validated record as a raw one again, in its kind's folder, so that validation can read it like a file. */
const asRecord = (entry: Provision): RawRecord => {
  const { id, ...data } = entry;
  const clean = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
  return { collection: 'provision', id, file: `content/provision/${KIND_FOLDERS[entry.kind]}/${id}.yaml`, data: clean };
};

describe('import --update: what a sheet would change, said first', () => {
  const exported = (provision: readonly Provision[]) => {
    const checked = checkSheet(new TextEncoder().encode(provisionCsv(provision)), 'sheet.csv', records, {
      today: TODAY,
      force: true,
    });
    if ('error' in checked) throw new Error(checked.error);
    expect(checked.problems).toEqual([]);
    return checked.imported;
  };

  it('finds nothing to change when the whole sample goes out and back, so no file is written and every one stays byte for byte', () => {
    const plan = planUpdate(records, exported(sample), {
      today: TODAY,
      prune: true,
      scope: { areas: 'all', kinds: 'all' },
    });
    expect({
      added: plan.added.length,
      changed: plan.changed,
      pruned: plan.pruned,
      unchanged: plan.unchanged.length,
    }).toEqual({
      added: 0,
      changed: [],
      pruned: [],
      unchanged: sample.length,
    });
  });

  it('names each changed field with its old and new value, and prunes only within the sheet’s scope', () => {
    const conwy = sample.filter((entry) => entry.areas.includes('conwy') && !entry.walesWide);
    const [first, ...rest] = conwy as [Provision, ...Provision[]];
    const edited = { ...first, title: { ...first.title, en: `${first.title.en} (new)` }, capacity: 99 };
    const plan = planUpdate(records, exported([edited, ...rest.slice(1)]), {
      today: TODAY,
      prune: true,
      scope: { areas: ['conwy'], kinds: 'all' },
    });
    expect(plan.changed.map((change) => change.changes)).toEqual([
      [
        { field: 'capacity', before: first.capacity === undefined ? '(none)' : String(first.capacity), after: '99' },
        { field: 'title.en', before: JSON.stringify(first.title.en), after: JSON.stringify(`${first.title.en} (new)`) },
      ],
    ]);
    // The one Conwy record left out of the sheet is pruned; records of other areas never are.
    const left = rest[0] as Provision;
    expect(plan.pruned.map((entry) => entry.id)).toEqual([left.id]);
    expect(planUpdate(records, exported([edited, ...rest.slice(1)]), { today: TODAY }).pruned).toEqual([]);
  });

  it('counts text written in another Unicode form as no change, so the file is left as it is', () => {
    const base = sample[0] as Provision;
    // U+F900 is a CJK compatibility ideograph, which reading the sheet (NFC) turns into U+8C48; "w" with a
    // combining circumflex becomes "ŵ". Neither is a change the visitor made.
    const record = { ...base, title: { ...base.title, en: '\uF900 gw\u0302aith' } } as Provision;
    const content = [
      ...records.filter((entry) => !(entry.collection === 'provision' && entry.id === base.id)),
      asRecord(record),
    ];
    const provision = validateRecords(content, { today: TODAY }).content.provision.filter((e) => e.id === base.id);
    const checked = checkSheet(new TextEncoder().encode(provisionCsv(provision)), 'sheet.csv', content, {
      today: TODAY,
      force: true,
    });
    if ('error' in checked) throw new Error(checked.error);
    expect(planUpdate(content, checked.imported, { today: TODAY }).changed).toEqual([]);
  });

  it('finds nothing to change for any generated record set written out and read back (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(variant, { minLength: 1, maxLength: 3 }), (variants) => {
        const chosen = new Map<string, Provision>();
        for (const v of variants) {
          const base = sample[v.index] as Provision;
          chosen.set(base.id, {
            ...base,
            title: { ...base.title, en: v.title },
            capacity: v.capacity,
            hoursPerWeek: v.hours,
            starts: v.starts,
          } as Provision);
        }
        // The generated records are the content, as files; then they go out and back.
        const content = [
          ...records.filter((record) => !(record.collection === 'provision' && chosen.has(record.id))),
          ...[...chosen.values()].map(asRecord),
        ];
        const provision = validateRecords(content, { today: TODAY }).content.provision.filter((entry) =>
          chosen.has(entry.id),
        );
        const checked = checkSheet(new TextEncoder().encode(provisionCsv(provision)), 'sheet.csv', content, {
          today: TODAY,
          force: true,
        });
        if ('error' in checked) throw new Error(checked.error);
        const plan = planUpdate(content, checked.imported, { today: TODAY });
        expect(plan.changed).toEqual([]);
        expect(plan.added).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});
