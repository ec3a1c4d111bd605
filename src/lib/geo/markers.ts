/**
 * What the map draws: one marker per venue of each entry in the filtered set,
 * and, apart, the offers with no point (online, outreach, Wales-wide), which
 * are listed and never drawn as a made-up point. Pure; shared by server and client code.
 */
import type { DeliveryLanguage, Kind, Tier } from '../content/vocabulary.ts';
import type { Locale } from '../i18n/locales.ts';
import { fillDetailPath } from '../i18n/routes.ts';
import { isAnywhere } from '../search/filters.ts';
import type { SearchDoc } from '../search/types.ts';

/** The compact record one map marker needs. */
export interface MapMarker {
  id: string;
  title: string;
  provider: string;
  kind: Kind;
  tiers: Tier[];
  language: DeliveryLanguage;
  lat: number;
  lon: number;
  url: string;
}

export interface MapSplit {
  /** One per venue, in the order of the entries given. */
  markers: MapMarker[];
  /** Entries with at least one marker: what the list view shows. */
  placed: SearchDoc[];
  /** Entries with no point: the "available anywhere" panel. */
  anywhere: SearchDoc[];
}

/** `detailPath` is the detail page's path with ":id" to fill in (detailPathTemplate). */
export const splitForMap = (docs: readonly SearchDoc[], lang: Locale, detailPath: string): MapSplit => {
  const split: MapSplit = { markers: [], placed: [], anywhere: [] };
  for (const doc of docs) {
    if (isAnywhere(doc)) {
      split.anywhere.push(doc);
      continue;
    }
    split.placed.push(doc);
    const title = (lang === 'cy' ? doc.title.cy : undefined) ?? doc.title.en;
    const url = fillDetailPath(detailPath, doc.id);
    for (const [lat, lon] of doc.venues) {
      split.markers.push({ id: doc.id, title, provider: doc.provider[lang], kind: doc.kind, tiers: doc.tiers, language: doc.language, lat, lon, url });
    }
  }
  return split;
};
