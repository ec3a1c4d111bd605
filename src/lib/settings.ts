/**
 * Every setting the build reads from the environment, checked before anything else runs
 * (astro.config.mjs, npm run validate): a setting that is set but wrong stops the build with one
 * line, `NAME: expected …; found "…"`, rather than ending up in every page. A mail address with
 * `?bcc=` would otherwise put a hidden recipient into every report link.
 * Unset settings take their defaults (paths.ts says which). Node-only (checks folders).
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, normalize, relative, resolve } from 'node:path';
import { tileLayerFromEnv } from './geo/tiles.ts';
import { isRealDate } from './schema/primitives.ts';
import { quoted } from './schema/text-checks.ts';

type Env = Record<string, string | undefined>;

/** One plain address: no display name, no second address, no escapes, nothing after it (?, &, spaces). */
const PLAIN_EMAIL =
  /^[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
/** A host name with at least one dot and a top-level name of letters (llwybrau.gwynedd.llyw.cymru), or localhost. */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

/** Folders of the project itself, which the build must never write its pages into. */
const PROJECT_FOLDERS = new Set(['.', 'content', 'src', 'public', 'tools', 'tests', 'docs', 'node_modules', '.git']);

/** Characters that have no place in a setting: controls, invisible and direction-changing ones. */
const HIDDEN = /[\p{Cc}\p{Cf}]/u;

const problem = (name: string, expected: string, found: string) =>
  `${name}: expected ${expected}; found ${quoted(found)}`;

const isLocal = (host: string) => host === 'localhost' || host === '127.0.0.1' || host === '[::1]';

const checkSiteUrl = (value: string): string | null => {
  const expected = 'the address the site will live at, such as https://llwybrau.yourcouncil.gov.wales';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return problem('SITE_URL', expected, value);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLocal(url.hostname)))
    return problem('SITE_URL', `${expected} (https://, or http:// only for localhost)`, value);
  if (url.username || url.password || url.search || url.hash || /[?#@]/.test(value.replace(/^[a-z]+:\/\//i, '')))
    return problem('SITE_URL', `${expected}, with no user name, ? query or # part`, value);
  // new URL() forgives https:/example.com and port 0; a site's address should be written whole.
  if (!/^https?:\/\/[^/]/i.test(value) || (!isLocal(url.hostname) && !HOST.test(url.hostname)) || url.port === '0')
    return problem('SITE_URL', expected, value);
  return null;
};

/** `value` as set, looked for from `root`. */
const checkFolder = (
  name: string,
  value: string,
  root: string,
  { mustExist }: { mustExist: boolean },
): string | null => {
  const path = resolve(root, value);
  if (!existsSync(path)) return mustExist ? problem(name, 'a folder that exists', value) : null;
  if (!statSync(path).isDirectory()) return problem(name, 'a folder, not a file', value);
  return null;
};

/** Whether one path is the other or lies inside it, compared without regard to case (Windows and macOS do not regard it). */
const overlaps = (a: string, b: string): boolean => {
  const x = `${resolve(a).toLowerCase()}/`;
  const y = `${resolve(b).toLowerCase()}/`;
  return x.startsWith(y) || y.startsWith(x);
};

/** The build empties its output folder first: it must be a folder of its own, holding nothing else of the project. */
const checkOutDir = (value: string, root: string, keep: readonly { name: string; path: string }[]): string | null => {
  const expected = 'a folder inside the project for the built site, such as dist';
  const inside = relative(root, resolve(root, value));
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside))
    return problem('LLWYBRAU_OUT_DIR', expected, value);
  const top = normalize(inside).split(/[\\/]/)[0] ?? '';
  if (PROJECT_FOLDERS.has(top.toLowerCase()))
    return problem('LLWYBRAU_OUT_DIR', `${expected}, not one of the project’s own folders (${top})`, value);
  const clash = keep.find((folder) => overlaps(resolve(root, value), folder.path));
  if (clash)
    return problem(
      'LLWYBRAU_OUT_DIR',
      `${expected}, apart from ${clash.name} (the build empties its output folder)`,
      value,
    );
  return null;
};

/** The problems with the settings, one line each; empty when every setting is usable. */
export const settingsProblems = (env: Env = process.env, root = process.cwd()): string[] => {
  const problems: string[] = [];
  const set = (name: string): string | undefined => {
    const value = env[name];
    if (value === undefined || value.trim() === '') return undefined;
    if (HIDDEN.test(value)) {
      problems.push(problem(name, 'a value without control or invisible characters', value));
      return undefined;
    }
    return value.trim();
  };

  const site = set('SITE_URL');
  if (site !== undefined) {
    const bad = checkSiteUrl(site);
    if (bad) problems.push(bad);
  }
  const email = set('LLWYBRAU_REPORT_EMAIL');
  if (email !== undefined && !PLAIN_EMAIL.test(email))
    problems.push(
      problem(
        'LLWYBRAU_REPORT_EMAIL',
        'one plain email address, such as llwybrau@yourcouncil.gov.wales (anything after it, such as ?bcc=, would go into every report link)',
        email,
      ),
    );
  const date = set('LLWYBRAU_BUILD_DATE');
  if (date !== undefined && !isRealDate(date))
    problems.push(problem('LLWYBRAU_BUILD_DATE', 'a real date written YYYY-MM-DD', date));
  const content = set('CONTENT_DIR');
  if (content !== undefined) {
    const bad = checkFolder('CONTENT_DIR', content, root, { mustExist: true });
    if (bad) problems.push(bad);
  }
  // The reference data may be absent on purpose (the site builds without it, and says so); when it is there, it must be a folder.
  for (const name of ['LLWYBRAU_DATA_DIR', 'LLWYBRAU_OPENREFERRAL_DIR']) {
    const value = set(name);
    if (value === undefined) continue;
    const bad = checkFolder(name, value, root, { mustExist: false });
    if (bad) problems.push(bad);
  }
  const out = set('LLWYBRAU_OUT_DIR');
  if (out !== undefined) {
    const keep = [
      { name: 'the content folder', path: resolve(root, content ?? 'content') },
      { name: 'the reference data', path: resolve(root, set('LLWYBRAU_DATA_DIR') ?? '../shared/data') },
    ];
    const bad = checkOutDir(out, root, keep);
    if (bad) problems.push(bad);
  }
  const tileUrl = set('LLWYBRAU_TILE_URL');
  const tileAttribution = set('LLWYBRAU_TILE_ATTRIBUTION');
  if (tileAttribution !== undefined && tileUrl === undefined && env.LLWYBRAU_TILE_URL === undefined)
    problems.push(
      problem(
        'LLWYBRAU_TILE_ATTRIBUTION',
        'to be set only with LLWYBRAU_TILE_URL, the tile server it credits',
        tileAttribution,
      ),
    );
  if (tileUrl !== undefined && !/^https:\/\//.test(tileUrl))
    problems.push(
      problem(
        'LLWYBRAU_TILE_URL',
        'an https:// address (a page served over https cannot load tiles over http)',
        tileUrl,
      ),
    );
  // (An attribution refused above for its characters has had its one message.)
  else if (tileUrl !== undefined && !(tileAttribution === undefined && env.LLWYBRAU_TILE_ATTRIBUTION?.trim())) {
    try {
      tileLayerFromEnv({ LLWYBRAU_TILE_URL: tileUrl, LLWYBRAU_TILE_ATTRIBUTION: tileAttribution });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      problems.push(
        message.includes('{z}')
          ? problem('LLWYBRAU_TILE_URL', 'an https:// address template with {z}, {x} and {y}', tileUrl)
          : message,
      );
    }
  }
  problems.push(...cmsSettingProblems(set));
  return problems;
};

/** A git host's repository, owner/name (a GitLab group may nest: group/subgroup/name). */
const REPO = /^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)+$/;
/** A branch name git accepts, without spaces or the characters it refuses. */
const BRANCH = /^(?!\/|.*\/\/|.*\.\.|.*\/$|.*\.lock$)[A-Za-z0-9._/-]+$/;

const httpsAddress = (value: string): boolean => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !url.username && !url.password && !url.search && !url.hash;
  } catch {
    return false;
  }
};

/** The hosted editor's settings (docs/editing.md): all or nothing, and each in the form its git host expects. */
const cmsSettingProblems = (set: (name: string) => string | undefined): string[] => {
  const problems: string[] = [];
  const backend = set('LLWYBRAU_CMS_BACKEND');
  const repo = set('LLWYBRAU_CMS_REPO');
  const branch = set('LLWYBRAU_CMS_BRANCH');
  const others = ['LLWYBRAU_CMS_AUTH_URL', 'LLWYBRAU_CMS_API_URL', 'LLWYBRAU_CMS_APP_ID'] as const;
  if (backend === undefined) {
    for (const name of ['LLWYBRAU_CMS_REPO', 'LLWYBRAU_CMS_BRANCH', ...others]) {
      const value = set(name);
      if (value !== undefined)
        problems.push(problem(name, 'to be set only with LLWYBRAU_CMS_BACKEND (github or gitlab)', value));
    }
    return problems;
  }
  if (backend !== 'github' && backend !== 'gitlab')
    problems.push(problem('LLWYBRAU_CMS_BACKEND', 'github or gitlab, the git host the editor commits to', backend));
  if (repo === undefined)
    problems.push(
      'LLWYBRAU_CMS_REPO: expected the repository the editor commits to, such as your-council/llwybrau, since LLWYBRAU_CMS_BACKEND is set; found nothing',
    );
  else if (!REPO.test(repo))
    problems.push(problem('LLWYBRAU_CMS_REPO', 'the repository as owner/name, such as your-council/llwybrau', repo));
  if (branch !== undefined && !BRANCH.test(branch))
    problems.push(problem('LLWYBRAU_CMS_BRANCH', 'a branch name such as main', branch));
  for (const name of ['LLWYBRAU_CMS_AUTH_URL', 'LLWYBRAU_CMS_API_URL'] as const) {
    const value = set(name);
    if (value !== undefined && !httpsAddress(value))
      problems.push(problem(name, 'an https:// address with no user name, ? query or # part', value));
  }
  // A hosted editor must be able to sign people in: GitHub through the council's OAuth server, GitLab with its
  // application id, and a council's own GitLab at its own address (else sign-in goes to gitlab.com).
  if (backend === 'github' && set('LLWYBRAU_CMS_AUTH_URL') === undefined)
    problems.push(
      'LLWYBRAU_CMS_AUTH_URL: expected the address of your OAuth server for GitHub sign-in, such as https://auth.yourcouncil.gov.wales (docs/editing.md); found nothing',
    );
  if (backend === 'gitlab' && set('LLWYBRAU_CMS_APP_ID') === undefined)
    problems.push(
      'LLWYBRAU_CMS_APP_ID: expected the id of your GitLab application, for sign-in (docs/editing.md); found nothing',
    );
  if (backend === 'gitlab' && set('LLWYBRAU_CMS_API_URL') !== undefined && set('LLWYBRAU_CMS_AUTH_URL') === undefined)
    problems.push(
      'LLWYBRAU_CMS_AUTH_URL: expected your GitLab’s own address, such as https://gitlab.yourcouncil.gov.wales, since LLWYBRAU_CMS_API_URL is set; found nothing',
    );
  const appId = set('LLWYBRAU_CMS_APP_ID');
  if (appId !== undefined && backend !== 'gitlab')
    problems.push(
      problem(
        'LLWYBRAU_CMS_APP_ID',
        'to be set only with LLWYBRAU_CMS_BACKEND=gitlab (its OAuth application id)',
        appId,
      ),
    );
  else if (appId !== undefined && !/^[A-Za-z0-9]+$/.test(appId))
    problems.push(problem('LLWYBRAU_CMS_APP_ID', 'the GitLab application id, letters and digits', appId));
  return problems;
};

/** The hosted editor's backend, from settings already checked; null when none is set. */
export const cmsBackend = (env: Env = process.env) => {
  const value = (name: string) => env[name]?.trim() || undefined;
  const name = value('LLWYBRAU_CMS_BACKEND');
  const repo = value('LLWYBRAU_CMS_REPO');
  if ((name !== 'github' && name !== 'gitlab') || repo === undefined) return null;
  const auth = value('LLWYBRAU_CMS_AUTH_URL');
  const api = value('LLWYBRAU_CMS_API_URL');
  const appId = value('LLWYBRAU_CMS_APP_ID');
  return {
    name,
    repo,
    branch: value('LLWYBRAU_CMS_BRANCH') ?? 'main',
    ...(auth ? { base_url: auth } : {}),
    ...(api ? { api_root: api } : {}),
    ...(appId ? { app_id: appId, auth_type: 'pkce' as const } : {}),
  } as const;
};
