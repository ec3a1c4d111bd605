/**
 * "My options": the shortlist a visitor keeps on their own device. Only record ids are kept
 * (never anything about the visitor), in localStorage under one key; a share link carries the
 * same ids in its query string. Pure functions, shared by the pages' scripts and the tests.
 */

/** The localStorage key. The version lets a later format be read beside this one. */
export const SHORTLIST_KEY = 'llwybrau.my-options.v1';
/** How many options a shortlist holds: enough for any real choice, and a share link stays short. */
export const SHORTLIST_MAX = 50;
/** The query parameter of a share link: `?ids=a,b,c`. */
export const SHARE_PARAM = 'ids';

/** Record ids as the content uses them (src/lib/sheets/rows.ts): lower-case words joined by hyphens. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 200;

export const isShortlistId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_ID_LENGTH && ID.test(value);

/** Ids in order, each once, only well-formed ones, at most SHORTLIST_MAX. */
export const cleanShortlist = (values: readonly unknown[]): string[] =>
  [...new Set(values.filter(isShortlistId))].slice(0, SHORTLIST_MAX);

/** The stored shortlist: anything unreadable (another format, edited by hand, storage off) reads as empty. */
export const parseShortlist = (raw: string | null | undefined): string[] => {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? cleanShortlist(value) : [];
  } catch {
    return [];
  }
};

export const serialiseShortlist = (ids: readonly string[]): string => JSON.stringify(cleanShortlist(ids));

/** Saves or removes one option; a full list takes no more (and says so). */
export const toggleShortlist = (ids: readonly string[], id: string): { ids: string[]; full: boolean } => {
  if (ids.includes(id)) return { ids: ids.filter((other) => other !== id), full: false };
  if (ids.length >= SHORTLIST_MAX || !isShortlistId(id)) return { ids: [...ids], full: ids.length >= SHORTLIST_MAX };
  return { ids: [...ids, id], full: false };
};

/** Adds the ids of a shared list after the visitor's own, keeping their order; what does not fit is left out. */
export const mergeShortlist = (own: readonly string[], shared: readonly string[]): string[] =>
  cleanShortlist([...own, ...shared]);

/** The ids a share link carries, or null when the address is not a share link. */
export const sharedIds = (search: string): string[] | null => {
  const value = new URLSearchParams(search).get(SHARE_PARAM);
  return value === null ? null : cleanShortlist(value.split(','));
};

/** A share link's address: the shortlist page in the visitor's language, with the ids. */
export const shareUrl = (origin: string, shortlistPath: string, ids: readonly string[]): string => {
  const url = new URL(shortlistPath, origin);
  // Commas are kept as they are: ids never contain one, and the link stays readable.
  return `${url.href}?${SHARE_PARAM}=${cleanShortlist(ids).join(',')}`;
};
