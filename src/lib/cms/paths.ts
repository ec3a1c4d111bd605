/** Where the editor is, and the address of a record's page in it: what the gap analysis links each record to fix to. */
import { KIND_FOLDERS, type Kind } from '../schema/vocabulary.ts';

/** The editor's address on the site (src/integrations/admin.ts writes it). */
export const ADMIN_PATH = '/admin/';

/** The editor's collection for a kind of provision. */
export const provisionCollection = (kind: Kind): string => `provision-${KIND_FOLDERS[kind]}`;

/** A provision record's page in the editor. */
export const editorPath = (kind: Kind, id: string): string =>
  `${ADMIN_PATH}#/collections/${provisionCollection(kind)}/entries/${encodeURIComponent(id)}`;
