/** A card in the map page's lists: the card's one template (src/lib/cards/card-view.ts) as DOM, with its Save toggle. Browser code. */
import type { CardModel } from '../lib/cards/card.ts';
import { cardView } from '../lib/cards/card-view.ts';
import { make } from './dom.ts';
import { saveButton } from './shortlist-ui.ts';
import { viewToDom } from './view-dom.ts';

export const cardElement = (card: CardModel): HTMLElement => {
  const item = viewToDom(cardView(card));
  const actions = make('p', undefined, 'card-actions');
  actions.append(saveButton(card.id, card.title.text));
  item.append(actions);
  return item;
};
