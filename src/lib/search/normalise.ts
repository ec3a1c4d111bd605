/**
 * Text normalisation for matching: case, accents and spacing never matter
 * (Môn = Mon, Gâr = Gar, ŵ = w). Shared by server and client code: keep it small.
 */
export const normalise = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Cuts long text at a word boundary, for the index; display text is never cut this way. */
export const truncate = (text: string, max: number): string => {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
};
