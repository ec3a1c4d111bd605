/**
 * Which Chromium the end-to-end tests drive. Playwright cannot download its
 * own browsers on machines without internet, so a system Chromium comes first.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** CHROMIUM_PATH, else a system Chromium; undefined means "use Playwright's own browser". */
export const chromiumExecutable = (): string | undefined => {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there`);
    return fromEnv;
  }
  return CANDIDATES.find((path) => existsSync(path));
};

/** Headless flags that keep Chromium from calling home (background networking, component updates, sync). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** The port of a second build made without the reference data (package.json's preview:no-data). */
export const NO_DATA_PORT = 4330;

/** The port of a build from hostile content (package.json's preview:hostile). */
export const HOSTILE_PORT = 4331;
