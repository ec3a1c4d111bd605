/** The card model (src/lib/content/card.ts) as DOM, for the map page's lists and popups. Browser code; text only, never HTML. */
import type { CardModel } from '../lib/content/card.ts';
import { make } from './dom.ts';
import { saveButton } from './shortlist-ui.ts';

/** The kind line with its badges, as on every card. */
export const cardKindLine = (card: CardModel): HTMLParagraphElement => {
  const line = make('p', card.kindLabel, 'kind-label');
  for (const badge of card.badges) {
    const span = make('span', badge.text, 'badge');
    if (badge.title) span.title = badge.title;
    line.append(' ', span);
  }
  return line;
};

export const cardFacts = (card: CardModel): HTMLDListElement => {
  const facts = make('dl');
  for (const fact of card.facts) {
    const value = make('dd', fact.value);
    value.dataset.fact = fact.key;
    facts.append(make('dt', fact.term), value);
  }
  return facts;
};

export const cardElement = (card: CardModel): HTMLLIElement => {
  const item = make('li', undefined, 'card');
  item.dataset.kind = card.kind;
  item.dataset.id = card.id;
  const heading = make('h3');
  const link = make('a', card.title.text);
  link.href = card.href;
  if (card.title.fallback) link.lang = card.title.lang;
  heading.append(link);
  const actions = make('p', undefined, 'card-actions');
  actions.append(saveButton(card.id, card.title.text));
  item.append(cardKindLine(card), heading, cardFacts(card), actions);
  return item;
};
