/**
 * One option as My options shows it, from the shortlist data files: its card, its status, and
 * how to apply with the contact details. Shared by My options (shortlist-page.ts) and the offline
 * page (offline-page.ts), which shows the option a visitor tapped when its page was not kept.
 * Browser code; text only, never HTML.
 */
import { factsView, headingView, kindLineView } from '../lib/cards/card-view.ts';
import { contactLinks } from '../lib/cards/contact.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import type { Translator } from '../lib/i18n/translate.ts';
import { shortlistChunkOf, shortlistChunkUrl } from '../lib/shortlist/chunks.ts';
import type { ShortlistChunk, ShortlistEntry } from '../lib/shortlist/entry.ts';
import { make } from './dom.ts';
import type { ShortlistPageKey } from './shortlist-config.ts';
import { viewToDom } from './view-dom.ts';

export type Found = { id: string; entry: ShortlistEntry | null };

/** Looks ids up in the data files (each fetched once; a failed fetch is tried again next time). */
export const entryLookup = (lang: Locale, chunks: number): ((ids: readonly string[]) => Promise<Found[]>) => {
  const cache = new Map<number, Promise<ShortlistChunk>>();
  const chunk = (n: number): Promise<ShortlistChunk> => {
    let found = cache.get(n);
    if (!found) {
      found = fetch(shortlistChunkUrl(lang, n)).then((response) => {
        if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
        return response.json() as Promise<ShortlistChunk>;
      });
      // The visitor may be back online next time.
      found.catch(() => cache.delete(n));
      cache.set(n, found);
    }
    return found;
  };
  return async (ids) => {
    const files = await Promise.all(
      [...new Set(ids.map((id) => shortlistChunkOf(id, chunks)))].map(async (n) => [n, await chunk(n)] as const),
    );
    const byChunk = new Map(files);
    return ids.map((id) => ({ id, entry: byChunk.get(shortlistChunkOf(id, chunks))?.[id] ?? null }));
  };
};

const contactList = (entry: ShortlistEntry, t: Translator<ShortlistPageKey>): HTMLDListElement | null => {
  const links = contactLinks(entry.contact);
  if (links.length === 0) return null;
  const dl = make('dl', undefined, 'contact');
  for (const { term, href, text } of links) {
    const link = make('a', text);
    link.href = href;
    const dd = make('dd');
    dd.append(link);
    dl.append(make('dt', t(term)), dd);
  }
  return dl;
};

/** The option's card (kind, linked title, notices, facts) and how to apply, under a heading of `level`. */
export const entryParts = (
  entry: ShortlistEntry,
  t: Translator<ShortlistPageKey>,
  level: 'h2' | 'h3' = 'h2',
): HTMLElement[] => {
  const { card } = entry;
  const parts: HTMLElement[] = [viewToDom(kindLineView(card)), viewToDom(headingView(card, level))];
  if (entry.status === 'temporarily-closed') parts.push(make('p', t('detail.closedNotice'), 'notice'));
  if (entry.status === 'ended') parts.push(make('p', t('detail.endedNotice'), 'notice'));
  parts.push(viewToDom(factsView(card)));
  const sub = level === 'h2' ? 'h3' : 'h4';
  const apply = make('div', undefined, 'apply');
  apply.append(make(sub, t('shortlist.applyLabel')));
  const ways = make('ul');
  for (const way of entry.apply) ways.append(make('li', way));
  apply.append(ways);
  if (entry.how) {
    const how = make('p', entry.how.text);
    if (entry.how.fallback) how.lang = entry.how.lang;
    apply.append(how);
  }
  const contact = contactList(entry, t);
  if (contact) apply.append(make(sub, t('shortlist.contactLabel')), contact);
  parts.push(apply);
  return parts;
};
