/**
 * The language switch keeps the visitor's filters: the search and map pages'
 * query strings mean the same in both languages, so the link to the other
 * language carries the current one. Browser code.
 */
export const keepQueryOnLanguageSwitch = (query: string): void => {
  const other = document.querySelector<HTMLAnchorElement>('a.lang-switch');
  // The #fragment too: the same place on the page in the other language.
  if (other) other.setAttribute('href', `${other.pathname}${query}${window.location.hash}`);
};
