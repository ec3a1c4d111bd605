/**
 * What the shortlist page shows of one saved option: its card (src/lib/cards/card.ts, as
 * everywhere else), its status, and how to apply with the contact details. Written per language
 * at build time into the shortlist data files, and read by the page's script.
 * Shared by server and client code: no imports but types and small pure helpers.
 */
import type { CardModel } from '../cards/card.ts';
import { type LocalText, localText } from '../i18n/local-text.ts';
import type { KeysUnder } from '../i18n/message-keys.ts';
import type { Translator } from '../i18n/translate.ts';
import type { Provision } from '../schema/schema.ts';
import type { Status } from '../schema/vocabulary.ts';

export interface ShortlistEntry {
  card: CardModel;
  status: Status;
  /** The ways in, in words ("Apply to the provider"). */
  apply: string[];
  /** How to get in touch, in the page's language (or English, marked). */
  how: LocalText | null;
  contact: { url?: string; phone?: string; email?: string };
}

/** One data file: the entries of the ids that hash to it (chunks.ts), by id. */
export type ShortlistChunk = Record<string, ShortlistEntry>;

export const shortlistEntry = (entry: Provision, card: CardModel, t: Translator): ShortlistEntry => {
  const { contact } = entry.access;
  return {
    card,
    status: entry.status,
    apply: entry.access.routes.map((route) => t(`vocab.route.${route}`)),
    how: contact.how ? localText(contact.how, t.lang) : null,
    contact: {
      ...(contact.url ? { url: contact.url } : {}),
      ...(contact.phone ? { phone: contact.phone } : {}),
      ...(contact.email ? { email: contact.email } : {}),
    },
  };
};

/**
 * The list as plain text, for pasting into a message: each option with its provider and place,
 * how to apply, and its page's full address; then the share link. Ids no longer found are named
 * as ended or moved, so the list is never silently shorter.
 */
/** The words the copied text needs, and no more: the My options page's translator has only its own slice. */
type TextTranslator = Translator<
  KeysUnder<'shortlist' | 'vocab.status' | 'detail.contactWebsite' | 'detail.contactPhone' | 'detail.contactEmail'>
>;

export const shortlistText = (
  items: readonly { id: string; entry: ShortlistEntry | null }[],
  t: TextTranslator,
  origin: string,
  share: string,
): string => {
  const lines = [`${t('shortlist.title')} (${items.length})`, ''];
  items.forEach(({ id, entry }, i) => {
    const n = `${i + 1}. `;
    const indent = ' '.repeat(n.length);
    if (!entry) {
      lines.push(`${n}${t('shortlist.goneText', { id })}`, '');
      return;
    }
    const fact = (key: string) => entry.card.facts.find((f) => f.key === key)?.value;
    lines.push(`${n}${entry.card.title.text} (${entry.card.kindLabel})`);
    const about = [fact('provider'), fact('where')].filter(Boolean).join(' · ');
    if (about) lines.push(`${indent}${about}`);
    if (entry.status !== 'active') lines.push(`${indent}${t(`vocab.status.${entry.status}`)}`);
    const contact = [entry.contact.phone, entry.contact.email, entry.contact.url].filter(Boolean).join(' · ');
    lines.push(
      `${indent}${t('shortlist.applyLabel')}: ${[...entry.apply, entry.how?.text].filter(Boolean).join('. ')}`,
    );
    if (contact) lines.push(`${indent}${t('shortlist.contactLabel')}: ${contact}`);
    lines.push(`${indent}${new URL(entry.card.href, origin).href}`, '');
  });
  lines.push(`${t('shortlist.shareLabel')}: ${share}`);
  return lines.join('\n');
};
