/** Draws a view tree (src/lib/cards/card-view.ts) as React elements: the same markup as the server's, text as text. */
import { createElement, type ReactNode } from 'react';
import type { ViewNode } from '../lib/cards/card-view.ts';

/** HTML attribute names as React wants them. */
const reactName = (name: string): string => (name === 'class' ? 'className' : name);

/** `after` is added at the end of the root element (a card's Save toggle). */
export const viewToReact = (node: ViewNode, after?: ReactNode): ReactNode => {
  if (typeof node === 'string') return node;
  const props = Object.fromEntries(Object.entries(node.attrs).map(([name, value]) => [reactName(name), value]));
  return createElement(
    node.tag,
    props,
    ...node.children.map((child) => viewToReact(child)),
    ...(after === undefined ? [] : [after]),
  );
};
