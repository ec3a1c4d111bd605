/** How the match index ships its postings and review dates (build-index.ts writes them, match.ts reads them). Shared by server and client code. */
/** A review date (YYYY-MM-DD) as the month number the ranking compares. */
export const reviewMonth = (date: string): number => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

/** Ascending postings as the index ships them: the gaps between them, in base 36, joined by commas. */
export const encodePostings = (ascending: readonly number[]): string =>
  ascending.map((value, i) => (value - (i > 0 ? (ascending[i - 1] as number) : 0)).toString(36)).join(',');

export const decodePostings = (encoded: string): Int32Array => {
  if (encoded === '') return new Int32Array();
  const deltas = encoded.split(',');
  const out = new Int32Array(deltas.length);
  let value = 0;
  deltas.forEach((delta, i) => {
    value += Number.parseInt(delta, 36);
    out[i] = value;
  });
  return out;
};
