/** Draws a view tree (src/lib/cards/card-view.ts) as DOM: the same markup as the server's, text as text nodes. Browser code. */
import type { ViewElement, ViewNode } from '../lib/cards/card-view.ts';

export function viewToDom(node: ViewElement): HTMLElement;
export function viewToDom(node: ViewNode): HTMLElement | Text;
export function viewToDom(node: ViewNode): HTMLElement | Text {
  if (typeof node === 'string') return document.createTextNode(node);
  const element = document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) element.setAttribute(name, value);
  element.append(...node.children.map((child) => viewToDom(child)));
  return element;
}
