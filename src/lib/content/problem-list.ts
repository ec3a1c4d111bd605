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

/**
 * A problem as a GitHub Actions annotation, so that a pull request shows it on the file it is in:
 * `::error file=…,title=…::message`. Properties and message are escaped as the runner expects
 * (% and line breaks in both; , and : in properties), so a message cannot start a command of its own.
 */
export const githubAnnotation = (problem: { file: string; field: string; message: string }): string => {
  const data = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
  const property = (text: string) => data(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
  return `::error file=${property(problem.file)},title=${property(problem.field || '(record)')}::${data(`${problem.field || '(record)'}: ${problem.message}`)}`;
};
