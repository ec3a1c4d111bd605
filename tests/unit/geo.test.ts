import { describe, expect, it } from 'vitest';
import { parseAttributions } from '../../src/lib/geo/attribution.ts';
import { parsePlaces, welshNames } from '../../src/lib/geo/gazetteer.ts';

const CSV = `os_id,name_en,name_cy,name1,name1_lang,name2,name2_lang,name_note,local_type,postcode_district,la_code,la_name_en,county_unitary,easting,northing,lon,lat
a,Ammanford,Rhydaman,Rhydaman,cym,Ammanford,eng,,Town,SA18,W06000010,Carmarthenshire,x,1,2,-3.98809,51.79283
b,Newtown,Newtown,Newtown,,,,,Suburban Area,NP23,W06000019,Blaenau Gwent,x,1,2,-3.2037,51.78191
c,Newtown,Y Drenewydd,Y Drenewydd,cym,Newtown,eng,,Town,SY16,W06000023,Powys,x,1,2,-3.31503,52.51509
d,Llanelli,Llanelli,Llanelli,,,,,Town,SA15,W06000010,Carmarthenshire,x,1,2,-4.16367,51.68211`;

describe('gazetteer', () => {
  it('parses places with numeric coordinates', () => {
    const places = parsePlaces(CSV);
    expect(places).toHaveLength(4);
    expect(places[0]).toEqual({
      nameEn: 'Ammanford',
      nameCy: 'Rhydaman',
      type: 'Town',
      postcodeDistrict: 'SA18',
      laCode: 'W06000010',
      lat: 51.79283,
      lon: -3.98809,
    });
  });

  it('names a bad row and a missing column', () => {
    expect(() => parsePlaces(CSV.replace('51.79283', 'north'), 'x.csv')).toThrow(
      /^x\.csv: line 2: expected a name and numeric lat\/lon/,
    );
    expect(() => parsePlaces('name_en,lat\nA,1', 'y.csv')).toThrow(
      'y.csv: missing column(s) name_cy, local_type, postcode_district, la_code, lon',
    );
  });

  it('maps English names to differing Welsh names, preferring the larger place', () => {
    const names = welshNames(parsePlaces(CSV));
    expect(names.get('Ammanford')).toBe('Rhydaman');
    expect(names.get('Newtown')).toBe('Y Drenewydd');
    expect(names.has('Llanelli')).toBe(false);
  });
});

describe('parseAttributions', () => {
  it('collects quoted attribution lines, joining wrapped lines', () => {
    const readme = `Attribution (must be kept):
    "GeoJSON by Someone,
     CC BY 4.0."
  Attribution: "Source: ONS, OGL v3."
  licence: CC0; suggested credit:
           "UK outcode list (CC0)".`;
    expect(parseAttributions(readme)).toEqual([
      'GeoJSON by Someone, CC BY 4.0.',
      'Source: ONS, OGL v3.',
      'UK outcode list (CC0)',
    ]);
  });
  it('returns nothing when there are no attributions', () => {
    expect(parseAttributions('no licences here')).toEqual([]);
  });
});
