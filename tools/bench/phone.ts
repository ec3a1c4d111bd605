/**
 * Measuring like a phone, for the bench:* scripts and npm run lighthouse: Chromium's CPU
 * throttled 4× (as Lighthouse's phone profile does) at a mid-range phone's viewport, the
 * machine's load printed beside every figure, and figures given as a median with their spread,
 * so that a run on a busy machine says so rather than passing for a measurement.
 */
import { cpus, loadavg } from 'node:os';
import type { Page } from '@playwright/test';

/** Lighthouse's mobile profile: a Moto G Power class phone, 412 × 823 CSS px, CPU slowed 4×. */
export const PHONE = { viewport: { width: 412, height: 823 }, cpuSlowdown: 4 } as const;

/** Slows the page's CPU by `rate` (1 = no throttling) through the DevTools protocol. */
export const throttle = async (page: Page, rate: number = PHONE.cpuSlowdown): Promise<void> => {
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate });
};

/** The machine's load over the last minute against its cores, e.g. "load 1.62 on 2 cores". */
export const machineLoad = (): string => `load ${(loadavg()[0] ?? 0).toFixed(2)} on ${cpus().length} cores`;

export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** The median of some runs' figures, with the lowest and highest. */
export const spread = (values: readonly number[]): Spread => {
  const sorted = [...values].filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  const n = sorted.length;
  const median =
    n === 0
      ? Number.NaN
      : n % 2
        ? (sorted[(n - 1) / 2] as number)
        : ((sorted[n / 2 - 1] as number) + (sorted[n / 2] as number)) / 2;
  return { median, min: sorted[0] ?? Number.NaN, max: sorted.at(-1) ?? Number.NaN, n };
};

/**
 * Whether runs agree well enough to be a measurement: the spread (max − min) is within `margin`
 * of the median (a fraction, 0.2 by default), or within `floor` in absolute terms for small figures.
 */
export const settled = (s: Spread, margin = 0.2, floor = 10): boolean =>
  s.max - s.min <= Math.max(floor, s.median * margin);

/** "412 (380–455, n 3)", with "unsettled" when the runs disagree by more than their margin. */
export const showSpread = (s: Spread, digits = 0): string =>
  `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)}, n ${s.n}${settled(s) ? '' : ', unsettled'})`;

/**
 * Starts counting long tasks (over 50 ms) from the first byte of every page the browser opens
 * in this context: call before navigating. `blocking(page)` then gives the total blocking time
 * (the sum of each long task's time over 50 ms) and the longest task, up to `withinMs` after
 * navigation started, and when the last of those tasks ended (the main thread free from then on).
 */
export const watchLongTasks = (page: Page) =>
  page.addInitScript(() => {
    const w = window as unknown as { __tasks: { start: number; duration: number }[] };
    w.__tasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });

export const blocking = async (
  page: Page,
  withinMs = 6000,
): Promise<{ totalBlockingMs: number; longestTaskMs: number; freeAtMs: number }> => {
  const tasks = await page.evaluate(
    () => (window as unknown as { __tasks: { start: number; duration: number }[] }).__tasks,
  );
  const counted = tasks.filter((task) => task.start < withinMs);
  return {
    totalBlockingMs: counted.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
    longestTaskMs: counted.reduce((longest, task) => Math.max(longest, task.duration), 0),
    // When the main thread was last held for over 50 ms: from then on, it answers input at once.
    freeAtMs: counted.reduce((end, task) => Math.max(end, task.start + task.duration), 0),
  };
};
