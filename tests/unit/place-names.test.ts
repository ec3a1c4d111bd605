/**
 * Place names in Welsh: our own table beside the gazetteer (src/lib/geo/place-names.ts), the
 * standard forms with their article, both forms accepted in the place field, and every town the
 * site shows named in Welsh or marked as having the same name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { referenceDataDir } from '../../src/lib/environment.ts';
import { parsePlaces, welshNames } from '../../src/lib/geo/gazetteer.ts';
import { SAME_IN_WELSH, WELSH_PLACE_NAMES, withoutArticle } from '../../src/lib/geo/place-names.ts';
import { withWord } from '../../src/lib/i18n/mutate.ts';
import { createPlaceResolver } from '../../src/lib/search/places.ts';

const CSV = `os_id,name_en,name_cy,name1,name1_lang,name2,name2_lang,name_note,local_type,postcode_district,la_code,la_name_en,county_unitary,easting,northing,lon,lat
a,Barry,Barri,Barri,cym,Barry,eng,,Town,CF63,W06000014,Vale of Glamorgan,x,1,2,-3.27267,51.40354
b,Rhyl,Rhyl,Rhyl,,,,,Town,LL18,W06000004,Denbighshire,x,1,2,-3.4924,53.3207
c,Betws-Y-Coed,Betws-Y-Coed,Betws-Y-Coed,,,,,Town,LL24,W06000003,Conwy,x,1,2,-3.80106,53.09235
d,Chepstow,Cas-Gwent,Cas-Gwent,cym,Chepstow,eng,,Town,NP16,W06000021,Monmouthshire,x,1,2,-2.67,51.64`;

describe('Welsh place names', () => {
  const places = parsePlaces(CSV);

  it('uses the standard Welsh form, with its article, over the gazetteer’s', () => {
    expect(places.map((p) => [p.nameEn, p.nameCy])).toEqual([
      ['Barry', 'Y Barri'],
      ['Rhyl', 'Y Rhyl'],
      ['Betws-y-Coed', 'Betws-y-coed'],
      ['Chepstow', 'Cas-gwent'],
    ]);
    expect(welshNames(places).get('Rhyl')).toBe('Y Rhyl');
    // A name several places share takes the Welsh form only in its own council (Newbridge is Trecelyn in Caerphilly).
    const shared = parsePlaces(
      `${CSV.split('\n')[0]}\ne,Newbridge,Newbridge,,,,,,Town,NP11,W06000018,Caerphilly,x,1,2,-3.14,51.67\nf,Newbridge,Newbridge,,,,,,Hamlet,SY23,W06000008,Ceredigion,x,1,2,-4.0,52.2`,
    );
    expect(shared.map((p) => p.nameCy)).toEqual(['Trecelyn', 'Newbridge']);
    // The article goes with the word before it.
    expect(withWord('o', 'Y Barri')).toBe('o’r Barri');
    expect(withWord('yn', 'Y Rhyl')).toBe('yn y Rhyl');
  });

  it('finds a place typed with or without its article, and says it with it', () => {
    const resolve = createPlaceResolver(
      { places: places.map((p) => [p.nameEn, p.nameCy, p.lat, p.lon, 'x']), outcodes: {} },
      null,
    );
    for (const typed of ['Y Barri', 'Barri', 'y barri', 'Barry'])
      expect(resolve(typed, 'cy'), typed).toMatchObject({ found: true, label: 'Y Barri' });
    expect(resolve('Rhyl', 'cy')).toMatchObject({ found: true, label: 'Y Rhyl' });
    expect(withoutArticle('Yr Wyddgrug')).toBe('Wyddgrug');
    expect(withoutArticle('Ynys Môn')).toBe('Ynys Môn');
  });

  const dataDir = referenceDataDir();
  const placesFile = join(dataDir, 'wales-places.csv');
  it.runIf(existsSync(placesFile))(
    'names every town the site shows in Welsh, or marks it as the same in both languages',
    () => {
      const all = parsePlaces(readFileSync(placesFile, 'utf8'));
      // As the site names a town: welshNames, the larger place (or the one with a Welsh name) first.
      const welsh = welshNames(all);
      const towns = new Set(all.filter((p) => p.type === 'Town' || p.type === 'City').map((p) => p.nameEn));
      for (const entry of loadContent('content').content.provision)
        for (const venue of entry.venues) towns.add(venue.town);
      const unnamed = [...towns].filter((town) => {
        const cy = WELSH_PLACE_NAMES[town] ?? welsh.get(town);
        return (cy === undefined || cy === town) && !SAME_IN_WELSH.has(town);
      });
      expect(towns.size).toBeGreaterThan(150);
      expect(unnamed.sort()).toEqual([]);
      // One spelling per place: no two forms of a name that differ only by case or a hyphen.
      const forms = new Map<string, Set<string>>();
      for (const town of towns) {
        const cy = WELSH_PLACE_NAMES[town] ?? welsh.get(town) ?? town;
        const key = withoutArticle(cy).toLowerCase().replace(/[-\s]/g, '');
        forms.set(key, new Set([...(forms.get(key) ?? []), cy]));
      }
      expect([...forms.values()].filter((set) => set.size > 1).map((set) => [...set])).toEqual([]);
    },
  );
});
