/** The "Save" toggle on a search result: the same store, button and message as every other card (src/scripts/shortlist-ui.ts). */
import { useSyncExternalStore } from 'react';
import { readShortlist, subscribe } from '../scripts/shortlist-store.ts';
import { pressSave, shortlistUi } from '../scripts/shortlist-ui.ts';

const none: string[] = [];

export default function SaveToggle({ id, title }: { id: string; title: string }) {
  const saved = useSyncExternalStore(subscribe, readShortlist, () => none).includes(id);
  return (
    <p className="card-actions">
      <button type="button" className="save-toggle" aria-pressed={saved} onClick={() => pressSave(id)}>
        <span className="save-icon" aria-hidden="true" />
        {shortlistUi().t('shortlist.save')}
        <span className="visually-hidden"> {title}</span>
      </button>
    </p>
  );
}
