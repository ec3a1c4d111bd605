/**
 * Runs before the end-to-end tests: makes sure there is a Chromium to drive.
 * 1. CHROMIUM_PATH or a system Chromium: use it.
 * 2. As root with apt (Debian, Ubuntu, CI here): install the `chromium` package.
 * 3. Otherwise: Playwright's own download (needs internet).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumExecutable } from './browser.ts';

const run = (command: string, args: string[]) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status ===
  0;

const found = chromiumExecutable();
if (found) {
  console.log(`Using Chromium at ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (process.platform === 'linux' && isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian’s chromium package with apt-get…');
  if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'])) {
    const installed = chromiumExecutable();
    if (installed) {
      console.log(`Using Chromium at ${installed}`);
      process.exit(0);
    }
  }
  console.error('apt-get could not install chromium.');
}

console.log('Falling back to Playwright’s own Chromium (this needs internet)…');
if (run('npx', ['playwright', 'install', 'chromium'])) process.exit(0);
console.error(
  'No browser for the end-to-end tests. Install Chromium (e.g. `apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
);
process.exit(1);
