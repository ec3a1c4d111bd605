/**
 * A long list of problems, cut to what a person can act on: the first PROBLEM_LIMIT lines, then
 * one line that says how many more there are and where. Ten thousand lines of the same mistake
 * help nobody, and a million (a YAML alias repeated) would take minutes to print. Pure.
 */

/** How many problems are printed before the rest are summed up. */
export const PROBLEM_LIMIT = 50;

/** The lines to print: at most `limit` problems, then a line for the rest (naming the files with the most). */
export const limitProblems = (lines: readonly string[], limit = PROBLEM_LIMIT): string[] => {
  if (lines.length <= limit) return [...lines];
  const rest = lines.slice(limit);
  const files = new Map<string, number>();
  for (const line of rest) {
    const file = line.split(': ', 1)[0] ?? '';
    files.set(file, (files.get(file) ?? 0) + 1);
  }
  const top = [...files].sort((a, b) => b[1] - a[1]);
  const where = top
    .slice(0, 3)
    .map(([file, count]) => `${count.toLocaleString('en-GB')} in ${file}`)
    .join(', ');
  const others = top.length > 3 ? `, and more in ${top.length - 3} other file${top.length - 3 === 1 ? '' : 's'}` : '';
  return [
    ...lines.slice(0, limit),
    `… and ${rest.length.toLocaleString('en-GB')} more problem${rest.length === 1 ? '' : 's'} (${where}${others}); fix these first, then check again to see the rest.`,
  ];
};
