/**
 * Work done a step at a time while the browser is idle, so that it never holds up a keystroke
 * or a frame. `step` does one small piece and says whether more is left. Returns a function that
 * stops it. Browser code; where requestIdleCallback is missing (Safari), short timeouts stand in.
 */
export const whileIdle = (step: () => boolean): (() => void) => {
  let stopped = false;
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = (deadline?: IdleDeadline) => {
    if (stopped) return;
    // At least one step per turn; more while the idle period lasts.
    let more = step();
    while (more && deadline && deadline.timeRemaining() > 4) more = step();
    if (more) schedule();
  };
  const schedule = () => {
    if ('requestIdleCallback' in window) idle = window.requestIdleCallback(run, { timeout: 2000 });
    else timer = setTimeout(run, 50);
  };
  schedule();
  return () => {
    stopped = true;
    if (idle !== undefined) window.cancelIdleCallback(idle);
    clearTimeout(timer);
  };
};

/**
 * Lets the browser handle input and draw before the caller goes on: a long piece of start-up work
 * split with it is several short tasks rather than one that blocks a tap. scheduler.yield() keeps
 * the caller's place ahead of other queued work; where it is missing, a timeout stands in.
 */
export const yieldToMain = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};
