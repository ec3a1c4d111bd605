/**
 * Shading for the choropleth: values are split into up to four equal-width
 * classes between the smallest and largest value in scope. Each class's legend
 * label is the smallest and largest value actually in it, so no two labels
 * overlap and every label is exact ("3–5", then "6–8"); a class no value falls
 * in is left out, lightest first. Pure.
 */

export interface Classes {
  /** The class of a value (0 = lightest), or null for no value. */
  classOf: (value: number | null) => number | null;
  /** One entry per class, lightest first: its range as text. */
  legend: { cls: number; label: string }[];
}

export const classify = (
  values: readonly (number | null)[],
  format: (n: number) => string,
  maxClasses = 4,
): Classes => {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return { classOf: () => null, legend: [] };
  const min = Math.min(...known);
  const max = Math.max(...known);
  const distinct = new Set(known).size;
  const count = Math.max(1, Math.min(maxClasses, distinct));
  if (count === 1 || max === min)
    return { classOf: (v) => (v === null ? null : 0), legend: [{ cls: 0, label: format(min) }] };
  const width = (max - min) / count;
  const band = (v: number) => Math.min(count - 1, Math.floor((v - min) / width));
  // The values in each band, and the bands that have any, renumbered from 0.
  const ranges = new Map<number, { low: number; high: number }>();
  for (const v of known) {
    const range = ranges.get(band(v));
    ranges.set(band(v), range ? { low: Math.min(range.low, v), high: Math.max(range.high, v) } : { low: v, high: v });
  }
  const used = [...ranges.keys()].sort((a, b) => a - b);
  const classOf = (v: number | null) => (v === null ? null : used.indexOf(band(v)));
  const legend = used.map((b, cls) => {
    const { low, high } = ranges.get(b) as { low: number; high: number };
    return { cls, label: low === high ? format(low) : `${format(low)}–${format(high)}` };
  });
  return { classOf, legend };
};

/** One row per area for a choropleth: its value, that value in words, and whether it rests on figures not all known. */
export const choroplethRows = <L extends string>(
  areas: readonly { id: string; code: string; name: Record<L, string> }[],
  lang: L,
  of: {
    value: (id: string) => number | null;
    text: (v: number | null) => string;
    partial?: (id: string) => boolean | undefined;
  },
) =>
  areas.map((area) => {
    const value = of.value(area.id);
    return {
      code: area.code,
      name: area.name[lang],
      value,
      text: of.text(value),
      partial: of.partial?.(area.id) ?? false,
    };
  });
