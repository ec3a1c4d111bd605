/** Building DOM from text, never from HTML strings, so titles from the content cannot inject markup. Browser code. */
export const make = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};

/** A page script's lookup of its page's elements, which fails loudly (naming the page) when one is missing. */
export const byIdOn =
  (page: string) =>
  <T extends HTMLElement>(id: string): T => {
    const node = document.getElementById(id);
    if (!node) throw new Error(`${page}: #${id} is missing`);
    return node as T;
  };
