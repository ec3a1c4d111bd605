/**
 * How the project's commands end: `stop(code, …lines)` prints its lines to standard error and
 * ends the command with that exit code, by setting process.exitCode and unwinding, never by
 * process.exit. Output read through a pipe is then written out in full before Node exits
 * (process.exit straight after writing can cut it short). Anything unexpected is said in one
 * line, without a stack trace.
 */
class Stop {
  readonly code: number;
  constructor(code: number) {
    this.code = code;
  }
}

export const stop = (code: number, ...lines: string[]): never => {
  for (const line of lines) console.error(line);
  throw new Stop(code);
};

export const runCli = (main: () => void): void => {
  try {
    main();
  } catch (error) {
    if (error instanceof Stop) process.exitCode = error.code;
    else {
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
      console.error(
        `Something went wrong that the command did not expect (${reason.length > 120 ? `${reason.slice(0, 100)}…` : reason}). Nothing more was done.`,
      );
      process.exitCode = 70;
    }
  }
};
