/**
 * npm run cms: the editor on this machine. Starts the site's dev server and Decap's local backend
 * (decap-server, which reads and writes the files of this working copy, here only) together, and
 * prints the editor's address. Ctrl+C stops both. Edits land in content/ as changed files, for
 * `git diff`, `npm run validate` and a commit, as any other edit would.
 *
 * PORT sets the site's port (4321). The local backend is always on port 8081, where the editor looks
 * for it, and answers only this site's address (ORIGIN), so no other page open on this computer can
 * write to the working copy through it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { contentDir } from '../src/lib/environment.ts';
import { settingsProblems } from '../src/lib/settings.ts';

const problems = settingsProblems();
if (problems.length > 0) {
  for (const line of problems) console.error(line);
  process.exit(2);
}

const root = process.cwd();
const host = '127.0.0.1';
const sitePort = process.env.PORT?.trim() || '4321';
const backendPort = '8081';
const require = createRequire(import.meta.url);
const decapServer = require.resolve('decap-server/dist/index.js');
const astro = join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');

const children: ChildProcess[] = [];
let stopping = false;
const stopAll = (code: number) => {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
};

const run = (name: string, args: string[], env: NodeJS.ProcessEnv) => {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const say = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) console.log(`[${name}] ${line}`);
  };
  child.stdout?.on('data', say);
  child.stderr?.on('data', say);
  child.on('exit', (code) => {
    // One stopping stops the other: an editor without its backend, or the reverse, is no use.
    if (!stopping && children.some((other) => other !== child && other.exitCode === null)) {
      console.error(`[${name}] stopped (exit ${code ?? 'signal'}); stopping the other too.`);
      stopAll(code ?? 1);
    }
  });
  return child;
};

run('backend', [decapServer], {
  PORT: backendPort,
  BIND_HOST: host,
  MODE: 'fs',
  GIT_REPO_DIRECTORY: root,
  ORIGIN: `http://${host}:${sitePort}`,
  LOG_LEVEL: 'warn',
});
run('site', [astro, 'dev', '--host', host, '--port', sitePort], { ASTRO_TELEMETRY_DISABLED: '1' });

console.log(
  [
    '',
    `  The editor:  http://${host}:${sitePort}/admin/`,
    `  It edits:    ${relative(root, contentDir()) || '.'}/ in this working copy (git diff shows each change)`,
    '  Stop:        Ctrl+C',
    '',
  ].join('\n'),
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stopAll(0));
