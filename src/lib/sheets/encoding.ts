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
  if (start.startsWith('%pdf'))
    return `this is a PDF, not CSV: open the spreadsheet the table came from, ${SAVE_AS_STEPS}`;
  if (start.startsWith('{\\rtf'))
    return `this is a Word or rich-text document, not CSV: copy the table into a spreadsheet, ${SAVE_AS_STEPS}`;
  if (
    /^<\?xml[^>]*>\s*(<\?mso-application[^>]*excel|<workbook)/.test(start) ||
    start.includes('urn:schemas-microsoft-com:office:spreadsheet')
  )
    return `this is an Excel XML spreadsheet (XML Spreadsheet 2003), not CSV: open it in Excel, ${SAVE_AS_STEPS}`;
  if (
    /^(<!doctype html|<html|<table|<head|<body|<meta|<style|<\?xml[^>]*>\s*<html)/.test(start) ||
    /^<[a-z!]/.test(start) ||
    /<(table|html)[\s>]/.test(start)
  )
    return `this is a web page (HTML) saved with a spreadsheet's name, as many management systems export their tables, not CSV: open it in Excel, ${SAVE_AS_STEPS}`;
  if (start.startsWith('<?xml'))
    return `this is an XML file, not CSV: open the spreadsheet the data came from, ${SAVE_AS_STEPS}`;
  if (/^[{[]\s*["{[\]}]/.test(start))
    return 'this is JSON, not CSV: the site’s JSON files are for programs; use the CSV download on the area’s page, or npm run export';
  if (/^\|.*\|\s*\r?\n\|[\s:|-]+\|/.test(start))
    return `this is a table written for a document (Markdown), not CSV: copy it into a spreadsheet, ${SAVE_AS_STEPS}`;
  return null;
};

/**
 * Where UTF-8 goes wrong, if it does: the offset of the first byte that is not part of a valid
 * sequence, and how many valid sequences of two or more bytes came before (text that has them
 * was written as UTF-8, so a bad byte later is one cell in another encoding, not a whole file).
 */
export const utf8Trouble = (bytes: Uint8Array): { offset: number; multibyte: number } | null => {
  let multibyte = 0;
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] as number;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte <= 0xdf
          ? 2
          : byte >= 0xe0 && byte <= 0xef
            ? 3
            : byte >= 0xf0 && byte <= 0xf4
              ? 4
              : 0;
    if (length === 0) return { offset: i, multibyte };
    for (let k = 1; k < length; k += 1) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return { offset: i, multibyte };
    if (length > 1) multibyte += 1;
    i += length;
  }
  return null;
};

/** The line (from 1) a byte is on, and a byte written as 0x92: for messages. */
export const lineAt = (bytes: Uint8Array, offset: number): number =>
  bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
export const hex = (byte: number | undefined) => `0x${(byte ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;

/** Bytes Windows-1252 leaves undefined: a file that has them is in neither encoding. */
const NOT_WINDOWS_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** UTF-16 written without its byte-order mark: every other byte of plain text is zero. */
const utf16WithoutMark = (bytes: Uint8Array): SheetEncoding | null => {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const pairs = Math.min(bytes.length / 2, 256);
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < pairs; i += 1) {
    if (bytes[2 * i] === 0) evenZero += 1;
    if (bytes[2 * i + 1] === 0) oddZero += 1;
  }
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.1) return 'UTF-16LE';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.1) return 'UTF-16BE';
  return null;
};

export const decodeSheet = (bytes: Uint8Array): DecodedSheet => {
  if (bytes.length === 0) return { error: 'the file is empty' };
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04))
    return { error: `this is an Excel workbook (.xlsx) or another zip file, not CSV: ${SAVE_AS_CSV}` };
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0))
    return { error: `this is an old Excel workbook (.xls), not CSV: ${SAVE_AS_CSV}` };
  const other = notASheet(bytes);
  if (other !== null) return { error: other };
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
    // Marked as UTF-8: a byte that is not is one cell saved another way, and is named rather than guessed at.
    const trouble = utf8Trouble(bytes.subarray(3));
    if (trouble) return { error: mixedEncoding(bytes.subarray(3), trouble.offset) };
    return decodeAs(bytes.subarray(3), 'UTF-8');
  }
  if (startsWith(bytes, 0xff, 0xfe)) return decodeAs(bytes.subarray(2), 'UTF-16LE');
  if (startsWith(bytes, 0xfe, 0xff)) return decodeAs(bytes.subarray(2), 'UTF-16BE');
  const unmarked = utf16WithoutMark(bytes);
  if (unmarked) return decodeAs(bytes, unmarked);
  if (bytes.includes(0)) return { error: `this is not a text file (it holds binary data): ${SAVE_AS_CSV}` };
  const trouble = utf8Trouble(bytes);
  if (trouble === null) return decodeAs(bytes, 'UTF-8');
  // Text with UTF-8 letters in it was written as UTF-8: a bad byte later is one cell in another encoding. Reading the
  // whole file as Windows-1252 would turn every ŵ into Åµ.
  if (trouble.multibyte > 0) return { error: mixedEncoding(bytes, trouble.offset) };
  const undefinedByte = bytes.findIndex((byte) => NOT_WINDOWS_1252.has(byte));
  if (undefinedByte !== -1)
    return {
      error: `the file is neither UTF-8 nor Windows-1252: byte ${hex(bytes[undefinedByte])} on line ${lineAt(bytes, undefinedByte)} is not a character in either; ${SAVE_AS_CSV}`,
    };
  return decodeAs(bytes, 'Windows-1252');
};

const mixedEncoding = (bytes: Uint8Array, offset: number): string =>
  `the file is UTF-8 except for byte ${hex(bytes[offset])} on line ${lineAt(bytes, offset)}, which was saved in another encoding (a cell typed or pasted from elsewhere); retype what is on that line, or ${SAVE_AS_CSV}`;

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
