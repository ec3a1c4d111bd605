/** Spreadsheet bytes to text: the encodings Excel writes, and files that are not CSV at all. */
import { describe, expect, it } from 'vitest';
import { decodeSheet } from '../../src/lib/sheets/encoding.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) =>
  new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);

describe('reading a sheet’s bytes', () => {
  it.each([
    [
      'UTF-8 with a byte-order mark (Excel’s CSV UTF-8)',
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('title_cy\nYnys Môn\n')]),
      'UTF-8',
    ],
    ['UTF-8 without one', utf8('title_cy\nTŷ Ŵyn\n'), 'UTF-8'],
    ['UTF-16 (Excel’s Unicode Text)', utf16le('title_cy\nYnys Môn\n'), 'UTF-16LE'],
    // "Ynys Môn" with ô as the single byte F4, as Excel's plain "CSV (Comma delimited)" saves it.
    [
      'Windows-1252 (Excel’s CSV (Comma delimited))',
      new Uint8Array([...utf8('title_cy\nYnys M'), 0xf4, ...utf8('n\n')]),
      'Windows-1252',
    ],
  ])('%s', (_name, bytes, encoding) => {
    const decoded = decodeSheet(bytes);
    expect(decoded).toMatchObject({ encoding });
    expect('text' in decoded && decoded.text.split('\n')[1]).toMatch(/^(Ynys Môn|Tŷ Ŵyn)$/);
  });

  it.each([
    ['an .xlsx workbook', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), /Excel workbook \(\.xlsx\)/],
    ['an .xls workbook', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), /old Excel workbook \(\.xls\)/],
    ['binary data', new Uint8Array([0x69, 0x64, 0x00, 0x01, 0x02]), /not a text file/],
    ['nothing at all', new Uint8Array([]), /the file is empty/],
  ])('refuses %s and says to save it as CSV UTF-8', (_name, bytes, message) => {
    const decoded = decodeSheet(bytes);
    expect('error' in decoded && decoded.error).toMatch(message);
    if ('error' in decoded && decoded.error !== 'the file is empty') expect(decoded.error).toContain('CSV UTF-8');
  });
});

describe('files that are not sheets, whatever their name', () => {
  const text = (value: string) => new TextEncoder().encode(value);
  it.each([
    ['XML', '<?xml version="1.0"?><root><row/></root>', /^this is an XML file, not CSV/],
    [
      'HTML with a line before the table',
      'Report run 2026-12-01\n<table><tr><td>id</td></tr></table>',
      /^this is a web page \(HTML\)/,
    ],
    ['JSON', '[{"id": "x"}]', /^this is JSON, not CSV/],
    [
      'a Markdown table',
      '| id | kind |\n|---|---|\n| x | course |\n',
      /^this is a table written for a document \(Markdown\)/,
    ],
  ])('%s', (_name, value, message) => {
    const decoded = decodeSheet(text(value));
    expect('error' in decoded && decoded.error).toMatch(message);
  });
});
