/**
 * Every UI string's key, as the type checker sees it: the dotted paths of the English
 * dictionary (plural phrases are one key). A key that is not in the dictionary fails the
 * type check instead of throwing while a page is built or, worse, in a visitor's browser.
 * Types only: nothing here reaches the browser.
 */
import type en from '../../dictionaries/en.json';

type PluralLeaf = { other: string };
type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${K}`
    : T[K] extends PluralLeaf
      ? `${P}${K}`
      : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Paths<typeof en>;

/** The keys under some of the dictionary's sections (a slice, see src/dictionaries/subset.ts). */
export type KeysUnder<S extends string> = Extract<MessageKey, S | `${S}.${string}`>;
