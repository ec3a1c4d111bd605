/**
 * The card's markup, decided once: a small tree of elements, attributes and text made from
 * the card model (card.ts), which three thin renderers draw: `ViewNode.astro` on the server
 * (browse, area, tier and kind lists), `islands/view-node.tsx` in the search island, and
 * `browser/view-dom.ts` on the map (list and popups) and My options. Text stays text in all
 * three: no renderer parses HTML. Shared by server and client code: no imports but types.
 */
import type { CardModel } from './card.ts';

export type ViewTag = 'li' | 'p' | 'span' | 'h2' | 'h3' | 'h4' | 'a' | 'dl' | 'dt' | 'dd';
export type HeadingTag = 'h2' | 'h3' | 'h4';

export interface ViewElement {
  tag: ViewTag;
  /** Attribute names as in HTML (`class`, `data-fact`); a missing value means no attribute. */
  attrs: Readonly<Record<string, string>>;
  children: readonly ViewNode[];
}
export type ViewNode = ViewElement | string;

const el = (tag: ViewTag, attrs: Record<string, string | undefined>, ...children: ViewNode[]): ViewElement => ({
  tag,
  attrs: Object.fromEntries(Object.entries(attrs).filter((pair): pair is [string, string] => pair[1] !== undefined)),
  children,
});

/** The kind and strand, with the card's badges (example, closed, checked long ago). */
export const kindLineView = (card: CardModel): ViewElement =>
  el(
    'p',
    { class: 'kind-label' },
    card.kindLabel,
    ...card.badges.flatMap((badge) => [' ', el('span', { class: 'badge', title: badge.title }, badge.text)]),
  );

/** The title's language, where it is not the page's (English standing in for missing Welsh). */
export const titleLang = (card: CardModel): string | undefined => (card.title.fallback ? card.title.lang : undefined);

/** The title as a link to the detail page. */
export const titleLinkView = (card: CardModel): ViewElement =>
  el('a', { href: card.href, lang: titleLang(card) }, card.title.text);

/** The facts: provider, who it is for, language, where, starts (and the professional view's). Near a place, "where" carries the distance in km. */
export const factsView = (card: CardModel): ViewElement =>
  el(
    'dl',
    {},
    ...card.facts.flatMap((fact) => [
      el('dt', {}, fact.term),
      el(
        'dd',
        {
          'data-fact': fact.key,
          'data-distance': fact.key === 'where' && card.distanceKm !== null ? String(card.distanceKm) : undefined,
        },
        fact.value,
      ),
    ]),
  );

/** The title link under a heading of the list's level. */
export const headingView = (card: CardModel, heading: HeadingTag): ViewElement => el(heading, {}, titleLinkView(card));

/** A card in a list: kind line, title link under a heading, facts. The Save toggle is added by each page's script (shortlist-ui.ts). */
export const cardView = (card: CardModel, heading: HeadingTag = 'h3'): ViewElement =>
  el(
    'li',
    { class: 'card', 'data-kind': card.kind, 'data-id': card.id },
    kindLineView(card),
    headingView(card, heading),
    factsView(card),
  );

/** A view's text as a reader meets it, for tests and summaries. */
export const viewText = (node: ViewNode): string =>
  typeof node === 'string' ? node : node.children.map(viewText).join('');
