/**
 * What a reader would see in a piece of text, for the rules every text field follows:
 * - it is blank when nothing in it can be seen (spaces, zero-width characters, fillers);
 * - it holds no character that cannot be seen or typed (controls), none that changes how
 *   the text around it shows (direction overrides, zero-width joiners: a title could then
 *   display as something other than what it holds), and none that marks a lost letter
 *   (U+FFFD, or a ? inside a word, which is what a plain-CSV save makes of ŵ and ŷ);
 * - a value quoted back in a message is cut to a readable length.
 * Pure.
 */

/** A control character other than a tab or a line break. */
export const CONTROL_CHARACTER = /(?![\t\n\r])\p{Cc}/u;

/** Characters that change the direction of the text around them. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** Characters with no width: a space, joiners, a word joiner, a byte-order mark. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/u;
/** Any invisible formatting character (these, a soft hyphen, tags…), a lone surrogate, a private-use or unassigned code point. */
const INVISIBLE = /[\p{Cf}\p{Cs}\p{Co}\p{Cn}]/u;
/** Characters that draw nothing, though they are letters or symbols to Unicode. */
const BLANK_GLYPHS = /\u115F|\u1160|\u3164|\uFFA0|\u2800|\u034F|\u17B4|\u17B5|\u180E/u;
/** Variation selectors: they change how the character before them is drawn, and show nothing themselves. */
const VARIATION = /[\uFE00-\uFE0F]|\u{E0100}|[\u{E0101}-\u{E01EF}]/u;
/** Something a reader can see: not a space, control, invisible character, lone mark or blank glyph. */
const VISIBLE = /[^\s\p{Z}\p{C}\p{M}\u115F\u1160\u3164\uFFA0\u2800\u17B4\u17B5]/u;

const codePoint = (char: string): string =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** True when nothing in the text can be seen. */
export const visiblyBlank = (value: string): boolean => !VISIBLE.test(value);

/** Why a character in the text cannot stay (in words for an editor), or null. */
export const hiddenCharacterProblem = (value: string): string | null => {
  const control = CONTROL_CHARACTER.exec(value)?.[0];
  if (control) return `contains a control character (${codePoint(control)}), which no one can see or type; delete it`;
  if (value.includes('\uFFFD'))
    return 'contains U+FFFD (�), the mark of a letter lost when the text was saved or converted; type the letter again, and save the file as UTF-8';
  const bidi = BIDI.exec(value)?.[0];
  if (bidi)
    return `contains an invisible character (${codePoint(bidi)}) that changes the direction of the text, so it could show as something other than what it holds; delete it`;
  const zero = ZERO_WIDTH.exec(value)?.[0];
  if (zero)
    return `contains an invisible zero-width character (${codePoint(zero)}), so it could show as something other than what it holds, or look blank; delete it`;
  const invisible = INVISIBLE.exec(value)?.[0] ?? BLANK_GLYPHS.exec(value)?.[0] ?? VARIATION.exec(value)?.[0];
  if (invisible) return `contains a character no one can see or read (${codePoint(invisible)}); delete it`;
  const separator = /[\u2028\u2029]/u.exec(value)?.[0];
  if (separator)
    return `contains a line separator (${codePoint(separator)}), which many programs show as nothing or as a break; delete it`;
  if (/\p{M}{3}/u.test(value))
    return 'piles three or more accents on one letter, which no word needs; retype the letter';
  return null;
};

/**
 * A word with a ? between letters ("Ll?n", "Gr?p"): in prose that is where a spreadsheet saved as
 * plain CSV ("CSV (Comma delimited)", Windows-1252) put a letter it could not hold, such as ŵ or ŷ.
 * Gives the first such word, or null.
 */
export const lostLetterWord = (value: string): string | null => {
  if (!value.includes('?')) return null;
  // Token by token, each looked at once: one pattern over a long value could backtrack for ever.
  for (const token of value.matchAll(/\S+/g)) {
    const text = token[0];
    // A ? in a web address or a path (…/search?area=gwynedd) is no lost letter.
    if (!text.includes('?') || /[/=@&]|^www\./i.test(text)) continue;
    const match = /\p{L}\?+(?=\p{L})/u.exec(text);
    if (match === null) continue;
    const inWord = /[\p{L}\p{M}'’?]/u;
    let start = match.index;
    while (start > 0 && inWord.test(text[start - 1] ?? '')) start -= 1;
    let end = match.index + match[0].length;
    while (end < text.length && inWord.test(text[end] ?? '')) end += 1;
    return text.slice(start, end);
  }
  return null;
};

/**
 * Where an edit would put ? (or U+FFFD) in place of a letter the old text had: the old word and
 * the new one, or null. "Llŷn" → "Ll?n" is a lost letter; a ? the old text also had is not.
 */
export const replacedLetter = (before: string, after: string, bestFit = false): { was: string; now: string } | null => {
  const WORD = /[\p{L}\p{M}'’?\uFFFD]+/gu;
  const lost = [...after.matchAll(WORD)]
    .map((match) => match[0])
    .filter((word) => (/[?\uFFFD]/.test(word) || bestFit) && /\p{L}/u.test(word));
  if (lost.length === 0) return null;
  // Compared word by word, letter by letter: a pattern built from the text could be too long to compile.
  const olds = new Map<number, string[]>();
  for (const match of before.matchAll(WORD)) {
    const letters = [...match[0]];
    olds.set(letters.length, [...(olds.get(letters.length) ?? []), match[0]]);
  }
  for (const now of lost) {
    const letters = [...now];
    const was = olds
      .get(letters.length)
      ?.find(
        (old) =>
          old !== now &&
          [...old].every(
            (char, i) =>
              char === letters[i] ||
              (char > '\x7F' &&
                (/[?\uFFFD]/.test(letters[i] ?? '') || (bestFit && char.normalize('NFD')[0] === letters[i]))),
          ),
      );
    if (was !== undefined) return { was, now };
  }
  return null;
};

/** How many characters of a value a message quotes before cutting it short. */
export const QUOTE_LIMIT = 80;

/**
 * A value as a message quotes it: JSON, so that spaces and quotes show, cut to about
 * QUOTE_LIMIT characters with its full length said, so a 5 MB cell does not flood the screen.
 */
export const quoted = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    const chars = [...value];
    return chars.length <= QUOTE_LIMIT
      ? JSON.stringify(value)
      : `${JSON.stringify(`${chars.slice(0, QUOTE_LIMIT - 20).join('')}…`)} (${chars.length.toLocaleString('en-GB')} characters)`;
  }
  // JSON would write Infinity and NaN as null.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  let json: string;
  try {
    json = JSON.stringify(value) ?? String(value);
  } catch {
    json = String(value);
  }
  return json.length <= QUOTE_LIMIT
    ? json
    : `${json.slice(0, QUOTE_LIMIT - 20)}… (${json.length.toLocaleString('en-GB')} characters)`;
};
