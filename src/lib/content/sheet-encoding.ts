/**
 * Reading a spreadsheet's bytes as text. Excel saves "CSV UTF-8" as UTF-8 with a
 * byte-order mark, "Unicode Text" as UTF-16, and plain "CSV (Comma delimited)" as
 * Windows-1252, where ô and â are single bytes that UTF-8 would turn into U+FFFD.
 * A workbook (.xlsx, .xls) or any other binary file is refused with what to do instead.
 * Pure.
 */

export type SheetEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

export type DecodedSheet = { text: string; encoding: SheetEncoding } | { error: string };

const SAVE_AS_CSV = 'in your spreadsheet program choose Save As, then "CSV UTF-8 (Comma delimited) (*.csv)", and import that file';

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);

export const decodeSheet = (bytes: Uint8Array): DecodedSheet => {
  if (bytes.length === 0) return { error: 'the file is empty' };
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return { error: `this is an Excel workbook (.xlsx) or another zip file, not CSV: ${SAVE_AS_CSV}` };
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return { error: `this is an old Excel workbook (.xls), not CSV: ${SAVE_AS_CSV}` };
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return decodeAs(bytes.subarray(3), 'UTF-8');
  if (startsWith(bytes, 0xff, 0xfe)) return decodeAs(bytes.subarray(2), 'UTF-16LE');
  if (startsWith(bytes, 0xfe, 0xff)) return decodeAs(bytes.subarray(2), 'UTF-16BE');
  if (bytes.includes(0)) return { error: `this is not a text file (it holds binary data): ${SAVE_AS_CSV}` };
  const utf8 = decodeAs(bytes, 'UTF-8');
  return 'text' in utf8 ? utf8 : decodeAs(bytes, 'Windows-1252');
};

const decodeAs = (bytes: Uint8Array, encoding: SheetEncoding): DecodedSheet => {
  try {
    const text = new TextDecoder(encoding.toLowerCase(), { fatal: true }).decode(bytes);
    return { text, encoding };
  } catch {
    return { error: `the file is not valid ${encoding} text: ${SAVE_AS_CSV}` };
  }
};
