/**
 * The "Save" toggle on a search result: the one toggle every card and detail page has
 * (saveButton in src/browser/shortlist-ui.ts), put into the card's actions once it is drawn.
 * React draws only the empty paragraph, so it never touches the button the toggle owns.
 */
import { useEffect, useRef } from 'react';
import { saveButton } from '../browser/shortlist-ui.ts';

export default function SaveToggle({ id, title }: { id: string; title: string }) {
  const slot = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const button = saveButton(id, title);
    slot.current?.replaceChildren(button);
    return () => button.remove();
  }, [id, title]);
  return <p className="card-actions" ref={slot} />;
}
