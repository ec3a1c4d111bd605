/**
 * The shortlist page's data files: each record's card, status and how to apply, per language,
 * in chunks found by hashing the id (src/lib/shortlist/chunks.ts). Built once per build.
 */
import { translator } from '../dictionaries/index.ts';
import { cardModel } from '../lib/cards/card.ts';
import { buildDate } from '../lib/environment.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { detailPathTemplate } from '../lib/i18n/routes.ts';
import { shortlistChunkCount, shortlistChunkOf } from '../lib/shortlist/chunks.ts';
import { type ShortlistChunk, shortlistEntry } from '../lib/shortlist/entry.ts';
import { siteContent } from './content.ts';
import { searchDocs } from './search.ts';

const made = new Map<Locale, Promise<ShortlistChunk[]>>();

/** How many data files each language has: from the number of records alone, so every page can say it without building them. */
export const shortlistChunkTotal = async (): Promise<number> =>
  shortlistChunkCount((await siteContent()).provision.length);

/** Every record with a page (ended ones too: a saved option that ends must say so), in chunks. */
export const shortlistChunks = (lang: Locale): Promise<ShortlistChunk[]> => {
  let chunks = made.get(lang);
  if (!chunks) {
    chunks = Promise.all([siteContent(), searchDocs()]).then(async ([content, docOf]) => {
      const t = translator(lang);
      const areaNames = new Map(content.areas.map((area) => [area.id, area.name[lang]]));
      const options = {
        detailPath: detailPathTemplate(lang),
        areaName: (id: string) => areaNames.get(id) ?? id,
        today: buildDate(),
      };
      const out: ShortlistChunk[] = Array.from({ length: await shortlistChunkTotal() }, () => ({}));
      for (const entry of content.provision) {
        const chunk = out[shortlistChunkOf(entry.id, out.length)] as ShortlistChunk;
        chunk[entry.id] = shortlistEntry(entry, cardModel(docOf(entry), t, options), t);
      }
      return out;
    });
    made.set(lang, chunks);
  }
  return chunks;
};
