/**
 * Shading for the choropleth: values are split into up to four equal-width
 * classes between the smallest and largest value in scope, each with a text
 * label for the legend. Pure.
 */

export interface Classes {
  /** The class of a value (0 = lightest), or null for no value. */
  classOf: (value: number | null) => number | null;
  /** One entry per class, lightest first: its range as text. */
  legend: { cls: number; label: string }[];
}

export const classify = (values: readonly (number | null)[], format: (n: number) => string, maxClasses = 4): Classes => {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return { classOf: () => null, legend: [] };
  const min = Math.min(...known);
  const max = Math.max(...known);
  const distinct = new Set(known).size;
  const count = Math.max(1, Math.min(maxClasses, distinct));
  if (count === 1 || max === min) return { classOf: (v) => (v === null ? null : 0), legend: [{ cls: 0, label: format(min) }] };
  const width = (max - min) / count;
  const classOf = (v: number | null) => (v === null ? null : Math.min(count - 1, Math.floor((v - min) / width)));
  const legend = Array.from({ length: count }, (_, cls) => ({
    cls,
    label: `${format(min + cls * width)}–${format(cls === count - 1 ? max : min + (cls + 1) * width)}`,
  }));
  return { classOf, legend };
};
