/**
 * What the map draws: one marker per venue of each entry in the filtered set,
 * and, apart, the offers with no point (online, outreach, Wales-wide), which
 * are listed and never drawn as a made-up point. Pure; shared by server and client code.
 */

import { isAvailableAnywhere } from '../content/status.ts';
import { localText } from '../i18n/local-text.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Kind } from '../schema/vocabulary.ts';
import type { SearchDoc } from '../search/types.ts';

/** One map marker: a venue of an offer. Its popup renders the offer's card model. */
export interface MapMarker {
  id: string;
  /** For the marker's label, in the page language (English when Welsh is missing). */
  title: string;
  kind: Kind;
  lat: number;
  lon: number;
  doc: SearchDoc;
}

export interface MapSplit {
  /** One per venue, in the order of the entries given. */
  markers: MapMarker[];
  /** Entries with at least one marker: what the list view shows. */
  placed: SearchDoc[];
  /** Wales-wide and online entries: the "available anywhere" panel. */
  anywhere: SearchDoc[];
  /** Outreach with no venue: it comes to young people in its areas, listed in its own panel. */
  outreach: SearchDoc[];
}

export const splitForMap = (docs: readonly SearchDoc[], lang: Locale): MapSplit => {
  const split: MapSplit = { markers: [], placed: [], anywhere: [], outreach: [] };
  for (const doc of docs) {
    if (isAvailableAnywhere(doc)) {
      split.anywhere.push(doc);
      continue;
    }
    if (doc.venues.length === 0) {
      split.outreach.push(doc);
      continue;
    }
    split.placed.push(doc);
    const title = localText(doc.title, lang).text;
    for (const [lat, lon] of doc.venues) split.markers.push({ id: doc.id, title, kind: doc.kind, lat, lon, doc });
  }
  return split;
};
