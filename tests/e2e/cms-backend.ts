/**
 * The editor's local backend for the end-to-end tests: Decap's decap-server, on port 8081 where
 * the editor looks for it, over a copy of content/ in .cms-e2e/ (made afresh here, and again by
 * each test that edits), so that no test ever writes to the working copy's content.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

/** The copy the editor edits in the tests. */
export const CMS_E2E_DIR = resolve('.cms-e2e');
export const CMS_E2E_CONTENT = join(CMS_E2E_DIR, 'content');
export const CMS_BACKEND_PORT = 8081;

/** A fresh copy of content/, for a test to edit. */
export const freshContent = (): void => {
  rmSync(CMS_E2E_CONTENT, { recursive: true, force: true });
  mkdirSync(CMS_E2E_DIR, { recursive: true });
  cpSync(resolve('content'), CMS_E2E_CONTENT, { recursive: true });
};

if (process.argv[1] && resolve(process.argv[1]) === resolve('tests/e2e/cms-backend.ts')) {
  freshContent();
  const server = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
  const child = spawn(process.execPath, [server], {
    env: {
      ...process.env,
      PORT: String(CMS_BACKEND_PORT),
      BIND_HOST: '127.0.0.1',
      MODE: 'fs',
      GIT_REPO_DIRECTORY: CMS_E2E_DIR,
      LOG_LEVEL: 'warn',
    },
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => {
    process.exitCode = code ?? 0;
  });
}
