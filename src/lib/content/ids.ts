/** What a record's id (its file name) may be. Pure. */

/** What a record's id (its file name) must look like: lower-case words and numbers joined by hyphens. */
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The longest id: a file name, with its folder and extension, must stay well inside what file systems allow (255 bytes). */
export const ID_MAX = 100;

/** A file name the id rule accepts, made from one it refuses. */
export const suggestedId = (id: string): string =>
  id
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
