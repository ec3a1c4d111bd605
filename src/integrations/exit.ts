/**
 * Ends the build with an exit code once everything written to standard output and error has
 * reached it. Under `npm run`, those are often pipes that Node writes to without blocking, and
 * process.exit straight after writing can cut the last lines (the summary) off. Node-only.
 */
export const exitWhenWritten = async (code: number): Promise<never> => {
  await Promise.all(
    [process.stdout, process.stderr].map((stream) => new Promise<void>((done) => stream.write('', () => done()))),
  );
  process.exit(code);
};
