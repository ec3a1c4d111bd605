/**
 * Our own table of place names, beside the gazetteer (OS Open Names): the standardised Welsh form
 * where the gazetteer holds only the English or another spelling, after the Welsh Language
 * Commissioner's list of standardised Welsh place names, with the article where the standard form
 * has one ("Y Barri", "Y Rhyl"); and the towns whose Welsh name is the English one, marked so. A
 * test checks that every town the site shows is in one or the other, or has a Welsh name in the
 * gazetteer (tests/unit/place-names.test.ts). README "Welsh to check" asks a speaker to read it.
 */

/**
 * English name (as the gazetteer or a record writes it) → the standard Welsh form. A name that
 * several places share is keyed with its council's ONS code ("Newbridge@W06000018"), so that only
 * that place takes the Welsh form.
 */
export const WELSH_PLACE_NAMES: Readonly<Record<string, string>> = {
  Barry: 'Y Barri',
  Rhyl: 'Y Rhyl',
  'Y Bala': 'Y Bala',
  Beaumaris: 'Biwmares',
  Blaenavon: 'Blaenafon',
  Ferndale: 'Glynrhedynog',
  'Talbot Green': 'Tonysguboriau',
  Sketty: 'Sgeti',
  'Broughton@W06000005': 'Brychdyn',
  Pillgwenlly: 'Pilgwenlli',
  'Llanwrtyd Wells': 'Llanwrtyd',
  'Betws-Y-Coed': 'Betws-y-coed',
  Chepstow: 'Cas-gwent',
  Blackwood: 'Coed-duon',
  'Ruthin@W06000004': 'Rhuthun',
  'Newbridge@W06000018': 'Trecelyn',
  'Llandrillo-yn-Rhôs': 'Llandrillo-yn-Rhos',
};

/** English forms the gazetteer writes otherwise: a wrong capital, or the Welsh article on the English name. */
export const ENGLISH_PLACE_NAMES: Readonly<Record<string, string>> = {
  'Betws-Y-Coed': 'Betws-y-Coed',
  'Y Bala': 'Bala',
};

/** The standard Welsh form for a place, by its name and its council's ONS code, or undefined. */
export const welshPlaceName = (nameEn: string, laCode: string): string | undefined =>
  WELSH_PLACE_NAMES[`${nameEn}@${laCode}`] ?? WELSH_PLACE_NAMES[nameEn];

/** Towns whose Welsh name is the same as the English (checked: the Commissioner's list gives no other). */
export const SAME_IN_WELSH: ReadonlySet<string> = new Set([
  'Aberaeron',
  'Abercarn',
  'Abercynon',
  'Abergele',
  'Abersychan',
  'Aberystwyth',
  'Amlwch',
  'Bangor',
  'Bethesda',
  'Blaenau Ffestiniog',
  'Caernarfon',
  'Caerwys',
  'Conwy',
  'Cross Hands',
  'Crosskeys',
  'Cwmbrân',
  'Dolgellau',
  'Gorseinon',
  'Harlech',
  'Llanberis',
  'Llandeilo',
  'Llandudno',
  'Llandysul',
  'Llanelli',
  'Llanfair Caereinion',
  'Llanfairfechan',
  'Llanfyllin',
  'Llangefni',
  'Llangollen',
  'Llanidloes',
  'Llanrwst',
  'Llantrisant',
  'Llwynypia',
  'Machynlleth',
  'Maesteg',
  'Nantgarw',
  'Nantyglo',
  'Nefyn',
  'Neyland',
  'Penarth',
  'Pencoed',
  'Penmaenmawr',
  'Pontardawe',
  'Pontarddulais',
  'Pontllanfraith',
  'Pontycymer',
  'Pontypridd',
  'Port Talbot',
  'Porth',
  'Porthcawl',
  'Porthmadog',
  'Prestatyn',
  'Pwllheli',
  'Rhondda',
  'Rhosgadfan',
  'Rhuddlan',
  'Shotton',
  'Talgarth',
  'Tonypandy',
  'Tredegar',
  'Tregaron',
  'Treharris',
  'Treherbert',
  'Tywyn',
  'Ystalyfera',
  'Ystrad Mynach',
  'Ystradgynlais',
]);

/** A Welsh place name without its article, for matching what people type ("Barri" for "Y Barri"). */
export const withoutArticle = (name: string): string => name.replace(/^(Y|Yr) (?=\S)/, '');
