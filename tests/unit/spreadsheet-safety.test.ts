/**
 * Nothing an EPC does with a spreadsheet can delete or corrupt records (issue 23):
 * - a sheet states its scope, and pruning removes only records inside it;
 * - a letter Excel's plain CSV cannot hold (ŵ, ŷ) is never written back as ?;
 * - Windows-1252 is decoded as Excel writes it (’ “ ” – … included);
 * - an update rewrites only the fields that changed: export → edit one cell → import --update
 *   changes exactly that field, in one place in one file, and nothing outside the sheet's scope.
 * Against the real sample content, as `npm run import` reads it.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/lib/content/load.ts';
import { recordFileText } from '../../src/lib/content/record-file.ts';
import { validateRecords } from '../../src/lib/content/validate.ts';
import type { Provision } from '../../src/lib/schema/schema.ts';
import type { Kind } from '../../src/lib/schema/vocabulary.ts';
import { decodeSheet } from '../../src/lib/sheets/encoding.ts';
import { provisionCsv } from '../../src/lib/sheets/export.ts';
import { checkSheet } from '../../src/lib/sheets/import.ts';
import { formatImportIssue } from '../../src/lib/sheets/rows.ts';
import { inScope, type SheetScope, scopeCell } from '../../src/lib/sheets/scope.ts';
import { planUpdate } from '../../src/lib/sheets/update-plan.ts';

const TODAY = '2026-11-26';
const { records } = readContentDir('content');
const sample = validateRecords(records, { today: TODAY }).content.provision;
const fileOf = new Map(
  records.filter((record) => record.collection === 'provision').map((record) => [record.id, record.file] as const),
);

/** What `npm run export -- --area … --kind …` writes. */
const exportOf = (scope: SheetScope): { chosen: Provision[]; csv: string } => {
  const chosen = sample.filter((entry) => inScope(scope, entry)).sort((a, b) => a.id.localeCompare(b.id));
  return { chosen, csv: provisionCsv(chosen, scope) };
};
const rowsOf = (csv: string): string[][] =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
const csvOf = (rows: string[][]): string => `\uFEFF${Papa.unparse(rows, { newline: '\r\n' })}\r\n`;
const utf8 = (text: string) => new TextEncoder().encode(text);
/** Sets one cell (by column name) of the first row of a record. */
const edit = (rows: string[][], id: string, column: string, value: string): string[][] => {
  const at = (rows[0] as string[]).indexOf(column);
  const row = rows.findIndex((cells) => cells[0] === id);
  return rows.map((cells, i) => (i === row ? cells.map((cell, j) => (j === at ? value : cell)) : cells));
};
const check = (bytes: Uint8Array) => {
  const checked = checkSheet(bytes, 'sheet.csv', records, { today: TODAY, force: true });
  if ('error' in checked) throw new Error(checked.error);
  return checked;
};

const GWYNEDD_JGW: SheetScope = { areas: ['gwynedd'], kinds: ['jgw'] };

describe('a sheet says what it covers, and pruning stays inside it', () => {
  it('the export writes its scope on every row', () => {
    const rows = rowsOf(exportOf(GWYNEDD_JGW).csv);
    expect(rows[0]?.at(-1)).toBe('sheet_scope');
    expect(new Set(rows.slice(1).map((row) => row.at(-1)))).toEqual(new Set(['areas=gwynedd; kinds=jgw']));
  });

  it('a filtered sheet with one capacity changed prunes nothing, though Gwynedd has other kinds of record', () => {
    const { chosen, csv } = exportOf(GWYNEDD_JGW);
    const target = chosen[0] as Provision;
    const checked = check(utf8(csvOf(edit(rowsOf(csv), target.id, 'capacity', '99'))));
    expect(checked.problems).toEqual([]);
    expect(checked.scope).toEqual(GWYNEDD_JGW);
    const plan = planUpdate(records, checked.imported, { today: TODAY, prune: true, scope: checked.scope });
    expect(sample.filter((entry) => entry.areas.includes('gwynedd') && entry.kind !== 'jgw').length).toBeGreaterThan(5);
    expect(plan.pruned).toEqual([]);
    expect(plan.changed.map((change) => [change.record.id, change.changes.map((c) => c.field)])).toEqual([
      [target.id, ['capacity']],
    ]);
  });

  it('prunes a row taken out of the sheet, and only that', () => {
    const { chosen, csv } = exportOf({ areas: ['gwynedd'], kinds: 'all' });
    const gone = chosen[1] as Provision;
    const rows = rowsOf(csv).filter((row) => row[0] !== gone.id);
    const checked = check(utf8(csvOf(rows)));
    const plan = planUpdate(records, checked.imported, { today: TODAY, prune: true, scope: checked.scope });
    expect(plan.pruned).toEqual([{ id: gone.id, file: fileOf.get(gone.id) }]);
  });

  it('refuses rows pasted in from another export, a scope it cannot read, an unknown area, and a row outside the scope', () => {
    const gwynedd = rowsOf(exportOf(GWYNEDD_JGW).csv);
    const conwy = rowsOf(exportOf({ areas: ['conwy'], kinds: ['course'] }).csv);
    const mixed = check(utf8(csvOf([...gwynedd, conwy[1] as string[]])));
    expect(mixed.problems.map(formatImportIssue)).toEqual([
      `sheet.csv: row ${gwynedd.length + 1}: sheet_scope: says "areas=conwy; kinds=course" but row 2 says "areas=gwynedd; kinds=jgw": the sheet mixes rows from two exports; import each export on its own`,
    ]);
    const unreadable = check(
      utf8(csvOf(gwynedd.map((row, i) => (i === 0 ? row : [...row.slice(0, -1), 'gwynedd only'])))),
    );
    expect(unreadable.problems.map(formatImportIssue)[0]).toBe(
      'sheet.csv: row 2: sheet_scope: expected areas=<area ids, or all>; kinds=<kinds, or all>, as npm run export writes it (got "gwynedd only")',
    );
    const narnia = check(
      utf8(csvOf(gwynedd.map((row, i) => (i === 0 ? row : [...row.slice(0, -1), 'areas=narnia; kinds=jgw'])))),
    );
    expect(narnia.problems.map(formatImportIssue)).toContain(
      'sheet.csv: row 2: sheet_scope: names no area "narnia" (content/areas lists them)',
    );
    const outside = [...(conwy[1] as string[]).slice(0, -1), 'areas=gwynedd; kinds=jgw'];
    const foreign = check(utf8(csvOf([...gwynedd, outside])));
    expect(foreign.problems.map(formatImportIssue)).toEqual([
      `sheet.csv: row ${gwynedd.length + 1}: id: ${outside[0]} is outside what this sheet covers (area gwynedd, kind jgw); take the row out, or import it from a sheet that covers it`,
    ]);
  });

  it('refuses a row that would take over an existing record outside the scope, even made to look like one inside it', () => {
    const rows = rowsOf(exportOf(GWYNEDD_JGW).csv);
    const course = sample.find((entry) => entry.kind === 'course' && entry.areas.includes('gwynedd')) as Provision;
    // A JGW+ row of the sheet, given the course's id: as it would be after, it is in scope; as it is now, it is not.
    const taken = [course.id, ...(rows[1] as string[]).slice(1)];
    const checked = check(utf8(csvOf([...rows, taken])));
    expect(checked.problems.map(formatImportIssue)).toEqual([
      `sheet.csv: row ${rows.length + 1}: id: ${course.id} is outside what this sheet covers (area gwynedd, kind jgw); take the row out, or import it from a sheet that covers it`,
    ]);
  });

  it('a column taken out of the sheet leaves that field as it was, in every record', () => {
    const { chosen, csv } = exportOf({ areas: ['gwynedd'], kinds: 'all' });
    const rows = rowsOf(csv);
    const header = rows[0] as string[];
    const dropped = ['capacity', 'venue_name_cy', 'qualification_cy', 'summary_cy'].map((column) =>
      header.indexOf(column),
    );
    const checked = check(utf8(csvOf(rows.map((row) => row.filter((_, i) => !dropped.includes(i))))));
    expect(checked.problems).toEqual([]);
    const plan = planUpdate(records, checked.imported, { today: TODAY, prune: true, scope: checked.scope });
    expect({
      changed: plan.changed.map((change) => change.changes),
      pruned: plan.pruned,
      unchanged: plan.unchanged.length,
    }).toEqual({
      changed: [],
      pruned: [],
      unchanged: chosen.length,
    });
    // Without any venue column at all, the venues stay as they are too.
    const venueless = rows.map((row) => row.filter((_, i) => !(header[i] ?? '').startsWith('venue_')));
    expect(planUpdate(records, check(utf8(csvOf(venueless))).imported, { today: TODAY }).changed).toEqual([]);
  });

  it('a sheet made by hand states no scope', () => {
    const rows = rowsOf(exportOf(GWYNEDD_JGW).csv).map((row) => row.slice(0, -1));
    expect(check(utf8(csvOf(rows))).scope).toBeNull();
    expect(() => planUpdate(records, [], { today: TODAY, prune: true })).toThrow();
  });
});

/** The Welsh letters with a diacritic, small and capital: the circumflex (to bach), grave, acute and diaeresis. */
const WELSH_LETTERS = [...'âêîôûŵŷàèìòùẁỳáéíóúẃýäëïöüẅÿ'].flatMap((letter) => [letter, letter.toUpperCase()]);

describe('Excel’s plain "CSV (Comma delimited)" never puts ? in place of a Welsh letter', () => {
  const target = sample.find((entry) => entry.areas.includes('gwynedd') && entry.title.cy !== undefined) as Provision;
  const others = records.filter((record) => !(record.collection === 'provision' && record.id === target.id));

  it.each(WELSH_LETTERS)('%s', (letter) => {
    // The record holds the letter; the sheet goes out, one capacity changes, and it comes back saved as Windows-1252.
    const title = { ...target.title, cy: `Gr${letter}p ${target.title.cy}`.slice(0, 120) };
    const { id, ...data } = { ...target, title };
    const content = [
      ...others,
      { collection: 'provision' as const, id, file: fileOf.get(id) as string, data: JSON.parse(JSON.stringify(data)) },
    ];
    const rows = edit(rowsOf(provisionCsv([{ ...target, title }])), id, 'capacity', '77');
    const bytes = new Uint8Array(iconv.encode(Papa.unparse(rows, { newline: '\r\n' }), 'win1252'));
    const checked = checkSheet(bytes, 'sheet.csv', content, { today: TODAY, force: true });
    if ('error' in checked) throw new Error(checked.error);
    const lost = iconv.decode(iconv.encode(letter, 'win1252'), 'win1252') !== letter;
    if (lost) {
      expect(checked.problems.map(formatImportIssue)).toEqual([
        `sheet.csv: row 2: title_cy: would replace "Gr${letter}p" with "Gr?p": the file was saved as Excel’s plain "CSV (Comma delimited)" (Windows-1252), which has no ŵ or ŷ and writes ? for them. Open the sheet you exported, choose Save As, then "CSV UTF-8 (Comma delimited) (*.csv)", and import that file`,
      ]);
    } else {
      // Letters Windows-1252 has come through whole: only the capacity changes.
      expect(checked.problems).toEqual([]);
      const plan = planUpdate(content, checked.imported, { today: TODAY });
      expect(plan.changed.flatMap((change) => change.changes.map((c) => c.field))).toEqual(['capacity']);
    }
  });

  it('refuses a "best fit" save that wrote w for ŵ, and a word that starts with ? in a new row', () => {
    const target = sample.find(
      (entry) => entry.areas.includes('gwynedd') && /ŵ/.test(entry.summary.cy ?? ''),
    ) as Provision;
    expect(target).toBeDefined();
    const rows = edit(rowsOf(provisionCsv([target])), target.id, 'capacity', '77');
    const fitted = rows.map((row) => row.map((cell) => cell.replace(/ŵ/g, 'w').replace(/ŷ/g, 'y')));
    // The sheet has ’ (or â, ô) as well, so it is read as the Windows-1252 it is.
    expect(JSON.stringify(fitted)).toMatch(/[âô’]/);
    const checked = check(new Uint8Array(iconv.encode(Papa.unparse(fitted, { newline: '\r\n' }), 'win1252')));
    expect(checked.problems.map(formatImportIssue)[0]).toMatch(
      /^sheet\.csv: row 2: summary_cy: would replace "[^"]*ŵ[^"]*" with "[^"]*w[^"]*"/,
    );
    const fresh = [...(rows[1] as string[])];
    fresh[0] = 'gwynedd-new-festival';
    fresh[(rows[0] as string[]).indexOf('title_cy')] = 'Hwyl ar ?yl Dewi';
    const added = check(
      new Uint8Array(iconv.encode(Papa.unparse([rows[0] as string[], fresh], { newline: '\r\n' }), 'win1252')),
    );
    expect(added.problems.map(formatImportIssue)[0]).toMatch(
      /^sheet\.csv: row 2: title_cy: has "\?yl" with a \? for a letter/,
    );
  });

  it('the letters Windows-1252 lacks are exactly ŵ ŷ Ŵ Ŷ and the w and y with grave, acute and diaeresis that it also lacks', () => {
    const lacking = WELSH_LETTERS.filter(
      (letter) => iconv.decode(iconv.encode(letter, 'win1252'), 'win1252') !== letter,
    );
    expect(lacking.join('')).toBe('ŵŴŷŶẁẀỳỲẃẂẅẄ');
  });
});

describe('Windows-1252 is decoded as Excel writes it', () => {
  /** Bytes 0x80–0x9F in Windows-1252; the five it leaves undefined are read as U+FFFD, and refused. */
  const TABLE = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ';

  it.each([...TABLE].map((char, i) => [(0x80 + i).toString(16).toUpperCase(), 0x80 + i, char] as const))(
    'byte 0x%s',
    (_hex, byte, char) => {
      // A lone ô makes the file invalid UTF-8, so it is read as Windows-1252, as Excel's plain CSV is.
      const decoded = decodeSheet(new Uint8Array([...utf8('title_cy\nM'), 0xf4, byte, ...utf8('n\n')]));
      if (char === '\uFFFD')
        expect(decoded).toEqual({
          error: `the file is neither UTF-8 nor Windows-1252: byte 0x${_hex} on line 2 is not a character in either; in your spreadsheet program choose Save As, then "CSV UTF-8 (Comma delimited) (*.csv)", and import that file`,
        });
      else expect(decoded).toEqual({ text: `title_cy\nMô${char}n\n`, encoding: 'Windows-1252' });
    },
  );

  it('refuses a UTF-8 file with one byte saved another way, naming its line, rather than reading every ŵ as Åµ', () => {
    const bytes = new Uint8Array([...utf8('title_cy\nGrŵp\nCymru'), 0x92, ...utf8('n\n')]);
    expect(decodeSheet(bytes)).toEqual({
      error:
        'the file is UTF-8 except for byte 0x92 on line 3, which was saved in another encoding (a cell typed or pasted from elsewhere); retype what is on that line, or in your spreadsheet program choose Save As, then "CSV UTF-8 (Comma delimited) (*.csv)", and import that file',
    });
    expect(
      decodeSheet(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('title_cy\nCymru'), 0x92, ...utf8('n\n')])),
    ).toMatchObject({
      error: expect.stringMatching(/^the file is UTF-8 except for byte 0x92 on line 2/),
    });
  });

  it('reads UTF-16 written without its byte-order mark', () => {
    const text = 'title_cy\nTŷ Ŵyn\n';
    const le = new Uint8Array([...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
    const be = new Uint8Array([...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]));
    expect(decodeSheet(le)).toEqual({ text, encoding: 'UTF-16LE' });
    expect(decodeSheet(be)).toEqual({ text, encoding: 'UTF-16BE' });
  });

  it('an apostrophe Excel wrote as 0x92 reaches the record as ’', () => {
    // A record Windows-1252 can hold whole (no ŵ or ŷ), alone in its sheet.
    const target = sample.find(
      (entry) => entry.areas.includes('gwynedd') && !/[ŵŷŴŶ]/.test(JSON.stringify(entry)),
    ) as Provision;
    const rows = edit(
      rowsOf(provisionCsv([target])),
      target.id,
      'contact_how_cy',
      'Siaradwch â chynghorydd Cymru’n Gweithio',
    );
    const checked = check(new Uint8Array(iconv.encode(Papa.unparse(rows, { newline: '\r\n' }), 'win1252')));
    expect(checked.problems).toEqual([]);
    const [record] = checked.imported as [(typeof checked.imported)[number]];
    expect((record.data as { access: { contact: { how: { cy: string } } } }).access.contact.how.cy).toBe(
      'Siaradwch â chynghorydd Cymru’n Gweithio',
    );
  });
});

describe('what a UK Excel does to dates and phone numbers on the way through', () => {
  it('reads letters written in two parts (w and a circumflex) as the one letter the record holds', () => {
    const { chosen, csv } = exportOf({ areas: ['gwynedd'], kinds: 'all' });
    expect(csv).toMatch(/[ŵŷ]/);
    const checked = check(utf8(csv.normalize('NFD')));
    expect(checked.problems).toEqual([]);
    expect(planUpdate(records, checked.imported, { today: TODAY }).unchanged).toHaveLength(chosen.length);
  });

  it('does not take a ? in a web address or an email for a lost letter', () => {
    const { chosen, csv } = exportOf(GWYNEDD_JGW);
    const id = (chosen[0] as Provision).id;
    const withUrl = check(
      utf8(csvOf(edit(rowsOf(csv), id, 'contact_url', 'https://www.gwynedd.llyw.cymru/search?area=gwynedd'))),
    );
    expect(withUrl.problems).toEqual([]);
    const withEmail = check(utf8(csvOf(edit(rowsOf(csv), id, 'contact_email', 'a@b.com?bcc=x@y.com'))));
    expect(withEmail.problems.map(formatImportIssue)).toEqual([
      'sheet.csv: row 2: contact_email: must be an email address (got "a@b.com?bcc=x@y.com")',
    ]);
  });

  it('reads dates saved as DD/MM/YYYY, so a round trip through Excel changes nothing', () => {
    const { chosen, csv } = exportOf({ areas: ['gwynedd'], kinds: 'all' });
    const rows = rowsOf(csv);
    const header = rows[0] as string[];
    const dated = [header.indexOf('last_reviewed'), header.indexOf('starts')];
    const uk = (cell: string) => cell.replace(/(\d{4})-(\d{2})-(\d{2})/g, (_, y, m, d) => `${d}/${m}/${y}`);
    const excel = rows.map((row, i) => (i === 0 ? row : row.map((cell, j) => (dated.includes(j) ? uk(cell) : cell))));
    expect(excel.some((row) => /\d{2}\/\d{2}\/\d{4}/.test(row[dated[0] as number] ?? ''))).toBe(true);
    const checked = check(utf8(csvOf(excel)));
    expect(checked.problems).toEqual([]);
    const plan = planUpdate(records, checked.imported, { today: TODAY });
    expect({ changed: plan.changed.length, unchanged: plan.unchanged.length }).toEqual({
      changed: 0,
      unchanged: chosen.length,
    });
  });

  it('says so when a phone number has lost its leading 0', () => {
    const { chosen, csv } = exportOf(GWYNEDD_JGW);
    const checked = check(utf8(csvOf(edit(rowsOf(csv), (chosen[0] as Provision).id, 'contact_phone', '1248370200'))));
    expect(checked.problems.map(formatImportIssue)).toEqual([
      'sheet.csv: row 2: contact_phone: looks like a phone number a spreadsheet took the leading 0 from (got "1248370200"); write it with its 0 and spaces, such as 01248 370200',
    ]);
  });
});

/** Columns an EPC edits, with values the schema accepts and that differ from any the sample holds. */
const EDITS: Record<string, fc.Arbitrary<string>> = {
  capacity: fc.integer({ min: 1, max: 900 }).map(String),
  hours_per_week: fc.integer({ min: 1, max: 40 }).map((n) => `${n}.5`),
  title_en: fc.stringMatching(/^[A-Z][a-z]{2,12}( [a-z]{2,10}){0,3}$/).map((text) => `${text} (edited)`),
  summary_cy: fc.stringMatching(/^[A-Z][a-zŵŷâ]{2,12}( [a-zŵŷâ’]{2,10}){1,5}\.$/),
  status: fc.constantFrom('temporarily-closed', 'ended'),
  last_reviewed: fc
    .date({ min: new Date('2026-10-01'), max: new Date('2026-11-25'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  venue_town: fc.constantFrom('Bangor', 'Caernarfon', 'Pwllheli', 'Dolgellau', 'Porthmadog'),
};
const FIELD_OF: Record<string, string> = {
  capacity: 'capacity',
  hours_per_week: 'hoursPerWeek',
  title_en: 'title.en',
  summary_cy: 'summary.cy',
  status: 'status',
  last_reviewed: 'lastReviewed',
  venue_town: 'venues[0].town',
};

/** The changed lines between two texts: what was taken out and what was put in, as one block (null when the texts are the same). */
const hunk = (before: string, after: string): { removed: string[]; added: string[]; keyLine: string } | null => {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  if (start === a.length && start === b.length) return null;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
  // The line before the change: the key, when the value is written on the lines under it.
  return {
    removed: a.slice(start, a.length - end),
    added: b.slice(start, b.length - end),
    keyLine: b[start - 1] ?? '',
  };
};

describe('export → edit one cell → import --update (fast-check)', () => {
  const areasWithRecords = [...new Set(sample.flatMap((entry) => entry.areas))].sort();
  const kinds = [...new Set(sample.map((entry) => entry.kind))].sort() as Kind[];

  it('changes exactly that field, in one place in one file, and nothing outside the sheet’s scope, with or without --prune', () => {
    const scopes = fc.record({
      areas: fc.constantFrom(...areasWithRecords).map((area) => [area]),
      kinds: fc.oneof(
        fc.constant('all' as const),
        fc.constantFrom(...kinds).map((kind) => [kind]),
      ),
    });
    const cases = fc
      .tuple(scopes, fc.nat(), fc.constantFrom(...Object.keys(EDITS)), fc.boolean())
      .chain(([scope, pick, column, prune]) =>
        (EDITS[column] as fc.Arbitrary<string>).map((value) => ({ scope, pick, column, value, prune })),
      );
    fc.assert(
      fc.property(cases, ({ scope, pick, column, value, prune }) => {
        const { chosen, csv } = exportOf(scope);
        fc.pre(chosen.length > 0);
        const target = chosen[pick % chosen.length] as Provision;
        if (column === 'venue_town') fc.pre(target.venues.length > 0 && target.venues[0]?.town !== value);
        const checked = check(utf8(csvOf(edit(rowsOf(csv), target.id, column, value))));
        // A value the record cannot take (hours on a record that has none, say) is refused with a message, and nothing is planned.
        if (checked.problems.length > 0) return;
        const plan = planUpdate(records, checked.imported, { today: TODAY, prune, scope: checked.scope });
        expect(plan.added).toEqual([]);
        expect(plan.pruned).toEqual([]);
        const changed = plan.changed.map((change) => ({
          id: change.record.id,
          fields: change.changes.map((c) => c.field),
        }));
        const field = FIELD_OF[column] as string;
        if (changed.length === 0) return; // the new value was the old one
        expect(changed).toEqual([{ id: target.id, fields: [field] }]);
        // Every record the plan touches is inside the sheet's scope.
        for (const change of plan.changed)
          expect(inScope(scope, change.before as { areas: string[]; kind: string })).toBe(true);
        // Written as the importer writes it: the file changes in one place, and in one line for a value on one line.
        const [change] = plan.changed as [(typeof plan.changed)[number]];
        const file = fileOf.get(target.id) as string;
        const before = readFileSync(file, 'utf8');
        const after = recordFileText({ text: before, before: change.before, after: change.after }, change.record.data);
        const block = hunk(before, after);
        expect(block).not.toBeNull();
        expect(block?.added).toHaveLength(1);
        const key = field
          .split('.')
          .at(-1)
          ?.replace(/\[\d+\]$/, '') as string;
        // The key and value on one line, or (for a value the file writes under its key, as a long text) the value's one line.
        const sameLine = new RegExp(`^\\s*(- )?${key}: `).test(block?.added[0] ?? '');
        if (!sameLine) expect(block?.keyLine).toMatch(new RegExp(`^\\s*(- )?${key}:\\s*$`));
      }),
      { numRuns: 60 },
    );
  }, 120_000); // About 3 s on a quiet machine; ten times that when a build runs beside it on two cores, with room.

  it('a field the record did not have is added at the end, and one taken away goes, leaving every other line', () => {
    const target = sample.find((entry) => entry.capacity !== undefined && entry.areas.includes('gwynedd')) as Provision;
    const file = fileOf.get(target.id) as string;
    const text = readFileSync(file, 'utf8');
    const { id: _id, ...before } = target;
    const { capacity: _capacity, ...without } = before;
    const removed = recordFileText({ text, before, after: without }, null);
    expect(hunk(text, removed)).toMatchObject({ removed: [`capacity: ${target.capacity}`], added: [] });
    const added = recordFileText({ text: removed, before: without, after: before }, null);
    expect(hunk(removed, added)?.added).toEqual([`capacity: ${target.capacity}`]);
  });
});

describe('a scope cell', () => {
  it('names every area and kind, or all', () => {
    expect(scopeCell({ areas: 'all', kinds: 'all' })).toBe('areas=all; kinds=all');
    expect(scopeCell({ areas: ['gwynedd', 'conwy'], kinds: ['jgw', 'course'] })).toBe(
      'areas=gwynedd conwy; kinds=jgw course',
    );
  });
});
