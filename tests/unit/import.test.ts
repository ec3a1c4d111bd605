import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/lib/content/load.ts';
import { validateRecords } from '../../src/lib/content/validate.ts';
import { importDocs } from '../../src/lib/sheets/columns-doc.ts';
import { columnForField, parseProvisionCsv, toImportIssue } from '../../src/lib/sheets/rows.ts';

const F = 'sheet.csv';
const header =
  'id,kind,title_en,tiers,areas,wales_wide,venue_name,venue_town,venue_lat,venue_lon,free,capacity,starts,routes';

describe('reading a spreadsheet', () => {
  it('turns each row into a record in the kind’s folder, with lists, yes/no, numbers and start dates', () => {
    const csv = `${header}\ngwynedd-x,course,"Cooking, Level 1",2;3,gwynedd,na,Campus,Bangor,53.2274,-4.1293,ie,1200,2026-01-12;2026-04-20,self-referral; apply-to-provider\n`;
    const { records, issues } = parseProvisionCsv(csv, F);
    expect(issues).toEqual([]);
    expect(records).toEqual([
      {
        collection: 'provision',
        id: 'gwynedd-x',
        file: 'content/provision/courses/gwynedd-x.yaml',
        rows: [2],
        data: {
          kind: 'course',
          title: { en: 'Cooking, Level 1' },
          tiers: [2, 3],
          areas: ['gwynedd'],
          walesWide: false,
          venues: [{ name: 'Campus', town: 'Bangor', lat: 53.2274, lon: -4.1293 }],
          cost: { free: true },
          capacity: 1200,
          starts: { dates: ['2026-01-12', '2026-04-20'] },
          access: { routes: ['self-referral', 'apply-to-provider'] },
        },
      },
    ]);
  });

  it('reads when an offer runs and its months, and names a month that is not a number', () => {
    const runs = 'id,kind,title_en,tiers,areas,runs,run_months,only_for_priority_groups,priority_groups';
    const ok = parseProvisionCsv(`${runs}\ngwynedd-x,support,T,2,gwynedd,months,7;8,yes,young-carers\n`, F);
    expect(ok.issues).toEqual([]);
    expect(ok.records[0]?.data).toMatchObject({
      runs: 'months',
      runMonths: [7, 8],
      onlyForPriorityGroups: true,
      priorityGroups: ['young-carers'],
    });
    const bad = parseProvisionCsv(`${runs}\ngwynedd-x,support,T,2,gwynedd,months,July,,\n`, F);
    expect(bad.issues).toEqual([
      { file: F, row: 2, column: 'run_months', message: 'expected month numbers 1 to 12 separated by ; (got "July")' },
    ]);
  });

  it('adds a venue for each further row with the same id, and remembers the rows', () => {
    const csv = `${header}\ngwynedd-x,course,T,2,gwynedd,,A,Bangor,53.2,-4.1,,,,\ngwynedd-x,,,,,,B,Bala,52.9,-3.6,,,,\n`;
    const { records, issues } = parseProvisionCsv(csv, F);
    expect(issues).toEqual([]);
    expect((records[0]?.data as { venues?: unknown[] } | undefined)?.venues).toHaveLength(2);
    expect(records[0]?.rows).toEqual([2, 3]);
  });

  it('says which row, column and value is wrong, and what was expected', () => {
    const csv = `${header}\ngwynedd-x,course,T,2;x,gwynedd,maybe,A,Bangor,lots,-4.1,,,,\nBad Id,course,T,2,gwynedd,,,,,,,,,\ngwynedd-x,course,Other title,2,gwynedd,,,,,,,,,\n`;
    const { issues } = parseProvisionCsv(csv, F);
    expect(issues).toEqual([
      { file: F, row: 2, column: 'venue_lat', message: 'expected a number such as 16 or 2.5 (got "lots")' },
      { file: F, row: 2, column: 'tiers', message: 'expected tier numbers 1–5 separated by ; (got "2;x")' },
      { file: F, row: 2, column: 'wales_wide', message: 'expected yes or no (got "maybe")' },
      {
        file: F,
        row: 3,
        column: 'id',
        message: 'expected lower-case words joined by hyphens, e.g. gwynedd-youth-club-bala (got "Bad Id")',
      },
      {
        file: F,
        row: 4,
        column: 'title_en',
        message: 'differs from row 2 for the same id ("T"); leave it empty on extra venue rows',
      },
      {
        file: F,
        row: 4,
        column: 'tiers',
        message: 'differs from row 2 for the same id ("2;x"); leave it empty on extra venue rows',
      },
    ]);
  });

  it.each([
    ['2,5', 'write the number without commas, with a full stop for a decimal point, e.g. 2.5 (got "2,5")'],
    ['1,200', 'write the number without commas, with a full stop for a decimal point, e.g. 2.5 (got "1,200")'],
    ['0x34', 'expected a number such as 16 or 2.5 (got "0x34")'],
    ['1e3', 'expected a number such as 16 or 2.5 (got "1e3")'],
    ['twenty', 'expected a number such as 16 or 2.5 (got "twenty")'],
  ])('refuses the number %s rather than guess what it means', (cell, message) => {
    const csv = `${header}\ngwynedd-x,course,T,2,gwynedd,,A,Bangor,53.2,-4.1,,"${cell}",,\n`;
    expect(parseProvisionCsv(csv, F).issues).toEqual([{ file: F, row: 2, column: 'capacity', message }]);
  });

  it('names a row with more cells than the header, instead of crashing', () => {
    const csv = `${header}\ngwynedd-x,course,T,2,gwynedd,,A,Bangor,53.2,-4.1,,,,,surplus,more\n`;
    const { issues } = parseProvisionCsv(csv, F);
    expect(issues.map((issue) => [issue.row, issue.column])).toEqual([[2, '(csv)']]);
    expect(issues[0]?.message).toMatch(/^has 16 cells where the header has 14: a value holds a comma/);
  });

  it('reads the separator from the header, so a short row is named rather than misread', () => {
    const csv = `${header}\ngwynedd-x,course,T\n`;
    const { issues } = parseProvisionCsv(csv, F);
    expect(issues[0]).toMatchObject({ row: 2, column: '(csv)' });
    expect(issues[0]?.message).toMatch(/^has 3 cells where the header has 14: cells are missing/);
    expect(issues.some((issue) => issue.column === 'id')).toBe(false);
  });

  it('reads a sheet separated by semicolons, as Excel writes where the comma is a decimal point', () => {
    const csv = `${header.replaceAll(',', ';')}\ngwynedd-x;course;T;2;gwynedd;;A;Bangor;53.2;-4.1;;;;\n`;
    const { records, issues } = parseProvisionCsv(csv, F);
    expect(issues).toEqual([]);
    expect(records.map((r) => r.id)).toEqual(['gwynedd-x']);
  });

  it('names a row pasted twice, or a venue given twice, instead of merging it without a word', () => {
    const row = 'gwynedd-x,course,T,2,gwynedd,,A,Bangor,53.2,-4.1,,,,';
    expect(parseProvisionCsv(`${header}\n${row}\n${row}\n`, F).issues).toEqual([
      { file: F, row: 3, column: 'id', message: 'repeats row 2 exactly; delete one of the two rows' },
    ]);
    const outreach = 'gwynedd-y,support,T,2,gwynedd,,,,,,,,,';
    expect(parseProvisionCsv(`${header}\n${outreach}\n${outreach}\n`, F).issues).toEqual([
      { file: F, row: 3, column: 'id', message: 'repeats row 2 exactly; delete one of the two rows' },
    ]);
    const extra = 'gwynedd-x,,,,,,B,Bala,52.9,-3.6,,,,';
    expect(parseProvisionCsv(`${header}\n${row}\n${extra}\n${extra}\n`, F).issues).toEqual([
      {
        file: F,
        row: 4,
        column: 'venue_name',
        message: 'repeats the venue of row 3 for the same id; delete one of the two rows',
      },
    ]);
  });

  it('names a column that appears twice', () => {
    const { issues } = parseProvisionCsv(`id,kind,title_en,title_en\ngwynedd-x,course,A,B\n`, F);
    expect(issues).toEqual([
      { file: F, row: 1, column: 'title_en', message: 'appears 2 times (columns 3, 4); keep one' },
    ]);
  });

  it.each([[''], ['\uFEFF'], ['\n\n']])('says an empty sheet (%j) is empty', (csv) => {
    expect(parseProvisionCsv(csv, F).issues).toEqual([
      { file: F, row: 1, column: '(csv)', message: 'the file is empty: it needs a header row and a row per offer' },
    ]);
  });

  it('refuses a sheet with unknown or missing columns, before reading any row', () => {
    const { records, issues } = parseProvisionCsv('id,title,tiers\nx,y,2\n', F);
    expect(records).toEqual([]);
    // A required column missing beside an unknown one is told once, as a renamed column.
    expect(issues).toEqual([
      {
        file: F,
        row: 1,
        column: 'kind',
        message:
          'this column is required; the sheet has "title", which the importer does not know: rename the column that holds the kind to kind',
      },
    ]);
    expect(parseProvisionCsv('id,kind,title\nx,course,y\n', F).issues).toEqual([
      { file: F, row: 1, column: 'title', message: 'is not a column the importer knows (docs/import.md lists them)' },
    ]);
    expect(parseProvisionCsv('id,tiers\nx,2\n', F).issues).toEqual([
      { file: F, row: 1, column: 'kind', message: 'this column is required' },
    ]);
  });
});

describe('telling validation problems in the spreadsheet’s terms', () => {
  it('maps schema fields to columns', () => {
    expect(columnForField('ages.min')).toBe('age_min');
    expect(columnForField('title.cy')).toBe('title_cy');
    expect(columnForField('venues[1].lat')).toBe('venue_lat');
    expect(columnForField('tiers[0]')).toBe('tiers');
    expect(columnForField('access.contact')).toBe(
      'contact_url / contact_phone / contact_email / contact_how_en / contact_how_cy',
    );
  });

  it('points a venue problem at the row the venue came from', () => {
    const csv = `${header}\ngwynedd-x,course,T,2,gwynedd,,A,Bangor,53.2,-4.1,,,,\ngwynedd-x,,,,,,B,Bala,52.9,3.6,,,,\n`;
    const { records } = parseProvisionCsv(csv, F);
    const issue = {
      file: 'content/provision/courses/gwynedd-x.yaml',
      field: 'venues[1].lon',
      message: 'must lie in or near Wales',
    };
    expect(toImportIssue(issue, records, F)).toEqual({
      file: F,
      row: 3,
      column: 'venue_lon',
      message: 'must lie in or near Wales',
    });
    expect(toImportIssue({ ...issue, file: 'content/other.yaml' }, records, F)).toBeNull();
  });
});

describe('the example sheet and the column docs', () => {
  it('imports docs/import-example.csv cleanly against the sample content, as the build would check it', () => {
    const { records: imported, issues } = parseProvisionCsv(
      readFileSync('docs/import-example.csv', 'utf8'),
      'docs/import-example.csv',
    );
    expect(issues).toEqual([]);
    expect(imported.map((r) => [r.id, r.rows])).toEqual([
      ['gwynedd-example-lake-volunteers', [2, 3]],
      ['ceredigion-example-wellbeing-outreach', [4]],
    ]);
    const { records } = readContentDir('content');
    const { issues: validation, content } = validateRecords([...records, ...imported]);
    expect(validation).toEqual([]);
    expect(
      content.provision.find((e) => e.id === 'gwynedd-example-lake-volunteers')?.venues.map((v) => v.town),
    ).toEqual(['Y Bala', 'Dolgellau']);
  });

  it('keeps docs/import.md in step with the columns (run `npm run schema:docs` after changing them)', () => {
    expect(readFileSync('docs/import.md', 'utf8')).toBe(importDocs());
  });
});

describe('columns a spreadsheet leaves behind', () => {
  it('ignores trailing columns with no header and nothing in them, as Excel writes them', () => {
    const { issues } = parseProvisionCsv('id,kind,,\r\nx-1,course,,\r\nx-2,jgw,,\r\n', F);
    expect(issues).toEqual([]);
  });

  it('still names a column with no header that holds something', () => {
    const { issues } = parseProvisionCsv('id,kind,\nx-1,course,note\n', F);
    expect(issues).toEqual([
      {
        file: F,
        row: 1,
        column: '(empty header)',
        message: 'is not a column the importer knows (docs/import.md lists them)',
      },
    ]);
  });
});

describe('headers and quotation marks, one message a cause', () => {
  const said = (csv: string) =>
    parseProvisionCsv(csv, F).issues.map((issue) => `${issue.row}: ${issue.column}: ${issue.message}`);

  it('reads headers in any case', () => {
    expect(said('ID,KIND,Title_EN\nx-1,course,T\n')).toEqual([]);
  });

  it('names columns with no header that hold values, once', () => {
    expect(said('id,kind,,\nx-1,course,a,b\n')).toEqual([
      '1: (no header): columns 3, 4 have no header but hold values; give each its name from docs/import.md, or delete them',
    ]);
  });

  it('names an invisible character in a header', () => {
    expect(said('id,kind,title_en\u200B\nx-1,course,T\n')).toEqual([
      '1: "title_en\u200B": the header contains an invisible zero-width character (U+200B), so it could show as something other than what it holds, or look blank; delete it',
    ]);
  });

  it('says a quotation mark is never closed, at its line, and nothing else', () => {
    expect(said('id,kind,title_en\nx-1,course,"T\nx-2,course,U\nx-3,jgw,V\n')).toEqual([
      '2: (csv): a quotation mark opened in this row is never closed, so everything after it reads as one cell; close it or take it out',
    ]);
  });

  it('lists at most five unknown headers beside a missing one', () => {
    const [line] = said('ref,a,b,c,d,e,f,g\nx,1,2,3,4,5,6,7\n');
    expect(line).toBe(
      '1: id: this column is required; the sheet has "ref", "a", "b", "c", "d" and 3 more, which the importer does not know: rename the column that holds the id to id',
    );
  });
});

describe('Excel’s separator note', () => {
  it('uses a first line of sep=; and does not take it for a header', () => {
    expect(parseProvisionCsv('sep=;\r\nid;kind\r\nx-1;course\r\n', F)).toMatchObject({
      issues: [],
      records: [{ id: 'x-1' }],
    });
  });
});
