/**
 * Reading a spreadsheet's bytes as text. Excel saves "CSV UTF-8" as UTF-8 with a
 * byte-order mark, "Unicode Text" as UTF-16, and plain "CSV (Comma delimited)" as
 * Windows-1252, where ô and â are single bytes that UTF-8 would turn into U+FFFD, and
 * ’ “ ” – … are bytes 0x80–0x9F (decoded with iconv-lite: Node's own decoder reads those
 * as invisible control characters). Windows-1252 has no ŵ or ŷ: Excel writes ? instead,
 * which the importer catches (lost letters, in import-sheet.ts).
 * A workbook (.xlsx, .xls), a web page or XML saved with a spreadsheet's name, a PDF, or
 * any other binary file is refused with what it is and what to do instead.
 * Pure.
 */
import iconv from 'iconv-lite';

export type SheetEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

export type DecodedSheet = { text: string; encoding: SheetEncoding } | { error: string };

const SAVE_AS_STEPS = 'choose Save As, then "CSV UTF-8 (Comma delimited) (*.csv)", and import that file';
export const SAVE_AS_CSV = `in your spreadsheet program ${SAVE_AS_STEPS}`;

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);

/** The first few hundred characters, as ASCII, lower case: enough to tell a web page or XML from a sheet. */
const opening = (bytes: Uint8Array): string =>
  String.fromCharCode(...bytes.subarray(0, 512))
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()
    .toLowerCase();

/** What a file that is text but not a sheet is, from how it starts; null for anything else. */
const notASheet = (bytes: Uint8Array): string | null => {
  const start = opening(bytes);
  if (start.startsWith('%pdf')) return `this is a PDF, not CSV: open the spreadsheet the table came from, ${SAVE_AS_STEPS}`;
  if (start.startsWith('{\\rtf')) return `this is a Word or rich-text document, not CSV: copy the table into a spreadsheet, ${SAVE_AS_STEPS}`;
  if (/^<\?xml[^>]*>\s*(<\?mso-application[^>]*excel|<workbook)/.test(start) || start.includes('urn:schemas-microsoft-com:office:spreadsheet'))
    return `this is an Excel XML spreadsheet (XML Spreadsheet 2003), not CSV: open it in Excel, ${SAVE_AS_STEPS}`;
  if (/^(<!doctype html|<html|<table|<head|<body|<meta|<style|<\?xml[^>]*>\s*<html)/.test(start) || /^<[a-z!]/.test(start))
    return `this is a web page (HTML) saved with a spreadsheet's name, as many management systems export their tables, not CSV: open it in Excel, ${SAVE_AS_STEPS}`;
  return null;
};

export const decodeSheet = (bytes: Uint8Array): DecodedSheet => {
  if (bytes.length === 0) return { error: 'the file is empty' };
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return { error: `this is an Excel workbook (.xlsx) or another zip file, not CSV: ${SAVE_AS_CSV}` };
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return { error: `this is an old Excel workbook (.xls), not CSV: ${SAVE_AS_CSV}` };
  const other = notASheet(bytes);
  if (other !== null) return { error: other };
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return decodeAs(bytes.subarray(3), 'UTF-8');
  if (startsWith(bytes, 0xff, 0xfe)) return decodeAs(bytes.subarray(2), 'UTF-16LE');
  if (startsWith(bytes, 0xfe, 0xff)) return decodeAs(bytes.subarray(2), 'UTF-16BE');
  if (bytes.includes(0)) return { error: `this is not a text file (it holds binary data): ${SAVE_AS_CSV}` };
  const utf8 = decodeAs(bytes, 'UTF-8');
  return 'text' in utf8 ? utf8 : decodeAs(bytes, 'Windows-1252');
};

const decodeAs = (bytes: Uint8Array, encoding: SheetEncoding): DecodedSheet => {
  if (encoding === 'Windows-1252') return { text: iconv.decode(Buffer.from(bytes), 'win1252'), encoding };
  try {
    const text = new TextDecoder(encoding.toLowerCase(), { fatal: true }).decode(bytes);
    // A UTF-16 file's own content may start with a web page, too.
    const other = encoding === 'UTF-8' ? null : notASheet(new TextEncoder().encode(text.slice(0, 512)));
    return other === null ? { text, encoding } : { error: other };
  } catch {
    return { error: `the file is not valid ${encoding} text: ${SAVE_AS_CSV}` };
  }
};
