/**
 * The editor's field labels, in English and Welsh. Each field of every content schema has one
 * (tests/unit/cms-config.test.ts fails when a field has none); the longer help under a field is
 * the schema's own `.describe()` text. Keyed by the field's name, or by its path where one name
 * means two things (a venue's name and a provider's).
 */
export interface Label {
  en: string;
  cy: string;
}

export const FIELD_LABELS: Readonly<Record<string, Label>> = {
  // Every kind of provision
  kind: { en: 'Kind', cy: 'Math' },
  title: { en: 'Title', cy: 'Teitl' },
  summary: { en: 'Summary', cy: 'Crynodeb' },
  provider: { en: 'Provider', cy: 'Darparwr' },
  tiers: { en: 'Tiers', cy: 'Haenau' },
  areas: { en: 'Areas', cy: 'Ardaloedd' },
  walesWide: { en: 'Available across Wales', cy: 'Ar gael ledled Cymru' },
  venues: { en: 'Venues', cy: 'Lleoliadau' },
  delivery: { en: 'How it is delivered', cy: 'Sut y caiff ei ddarparu' },
  language: { en: 'Language of delivery', cy: 'Iaith y ddarpariaeth' },
  ages: { en: 'Ages', cy: 'Oedrannau' },
  'ages.min': { en: 'Youngest age', cy: 'Oed ieuengaf' },
  'ages.max': { en: 'Oldest age', cy: 'Oed hynaf' },
  level: { en: 'Qualification level', cy: 'Lefel y cymhwyster' },
  hoursPerWeek: { en: 'Hours a week', cy: 'Oriau yr wythnos' },
  starts: { en: 'When it starts', cy: 'Pryd mae’n dechrau' },
  runs: { en: 'When in the year it runs', cy: 'Pryd yn y flwyddyn mae’n rhedeg' },
  runMonths: { en: 'Months it runs', cy: 'Misoedd mae’n rhedeg' },
  access: { en: 'How to get in', cy: 'Sut i gael lle' },
  'access.routes': { en: 'Ways in', cy: 'Ffyrdd i mewn' },
  'access.contact': { en: 'Contact', cy: 'Cyswllt' },
  'access.contact.url': { en: 'Web page', cy: 'Tudalen we' },
  'access.contact.phone': { en: 'Phone', cy: 'Ffôn' },
  'access.contact.email': { en: 'Email', cy: 'E-bost' },
  'access.contact.how': { en: 'How to apply', cy: 'Sut i wneud cais' },
  priorityGroups: { en: 'Priority groups', cy: 'Grwpiau blaenoriaeth' },
  onlyForPriorityGroups: { en: 'Only for these groups', cy: 'Dim ond ar gyfer y grwpiau hyn' },
  cost: { en: 'Cost', cy: 'Cost' },
  'cost.free': { en: 'Free', cy: 'Am ddim' },
  'cost.details': { en: 'What it costs', cy: 'Beth mae’n ei gostio' },
  financialSupport: { en: 'Money help', cy: 'Help gydag arian' },
  fundedBy: { en: 'Funded by', cy: 'Wedi’i ariannu gan' },
  progression: { en: 'Leads on to', cy: 'Yn arwain at' },
  capacity: { en: 'Places a year', cy: 'Lleoedd y flwyddyn' },
  lastReviewed: { en: 'Last checked', cy: 'Gwiriwyd ddiwethaf' },
  status: { en: 'Status', cy: 'Statws' },
  illustrative: { en: 'Invented sample', cy: 'Enghraifft wedi’i dyfeisio' },
  // One kind each
  sector: { en: 'Subject area', cy: 'Maes pwnc' },
  qualification: { en: 'Qualification', cy: 'Cymhwyster' },
  institutionType: { en: 'Type of institution', cy: 'Math o sefydliad' },
  strand: { en: 'Strand', cy: 'Llinyn' },
  apprenticeshipLevel: { en: 'Apprenticeship level', cy: 'Lefel y brentisiaeth' },
  commitment: { en: 'Time asked', cy: 'Yr amser a ofynnir' },
  serviceType: { en: 'Type of support', cy: 'Math o gymorth' },
  // A venue
  'venues.name': { en: 'Venue name in English', cy: 'Enw’r lleoliad yn Saesneg' },
  'venues.nameCy': { en: 'Venue name in Welsh', cy: 'Enw’r lleoliad yn Gymraeg' },
  'venues.town': { en: 'Town', cy: 'Tref' },
  'venues.lat': { en: 'Latitude', cy: 'Lledred' },
  'venues.lon': { en: 'Longitude', cy: 'Hydred' },
  'venues.postcodeDistrict': { en: 'Postcode district', cy: 'Ardal cod post' },
  'venues.acrossBorder': { en: 'Over the border in England', cy: 'Dros y ffin yn Lloegr' },
  // A provider
  name: { en: 'Name', cy: 'Enw' },
  type: { en: 'Type of provider', cy: 'Math o ddarparwr' },
  website: { en: 'Website', cy: 'Gwefan' },
  phone: { en: 'Phone', cy: 'Ffôn' },
  email: { en: 'Email', cy: 'E-bost' },
  // An area
  code: { en: 'ONS code', cy: 'Cod ONS' },
  slug: { en: 'Web address name', cy: 'Enw yn y cyfeiriad gwe' },
  region: { en: 'Region', cy: 'Rhanbarth' },
  rural: { en: 'Rural authority', cy: 'Awdurdod gwledig' },
  reportEmail: { en: 'Team inbox for reports', cy: 'Mewnflwch y tîm ar gyfer adroddiadau' },
  // Demand figures
  period: { en: 'Month', cy: 'Mis' },
  sampleFigures: { en: 'Invented sample figures', cy: 'Ffigurau enghreifftiol wedi’u dyfeisio' },
  source: { en: 'Source', cy: 'Ffynhonnell' },
  counts: { en: 'Counts by area', cy: 'Niferoedd fesul ardal' },
  'counts.area': { en: 'Area', cy: 'Ardal' },
  'counts.tier1': { en: 'Tier 1', cy: 'Haen 1' },
  'counts.tier2': { en: 'Tier 2', cy: 'Haen 2' },
  'counts.tier3': { en: 'Tier 3', cy: 'Haen 3' },
  'counts.tier4': { en: 'Tier 4', cy: 'Haen 4' },
  'counts.tier5': { en: 'Tier 5', cy: 'Haen 5' },
  places: { en: 'Places at the time (npm run demand:snapshot)', cy: 'Lleoedd ar y pryd (npm run demand:snapshot)' },
  'places.area': { en: 'Area', cy: 'Ardal' },
  'places.tier': { en: 'Tier', cy: 'Haen' },
  'places.recorded': { en: 'Places recorded', cy: 'Lleoedd a gofnodwyd' },
  'places.offersWithout': { en: 'Offers with no places recorded', cy: 'Cynigion heb gofnodi lleoedd' },
  // Search words
  concepts: { en: 'Concepts', cy: 'Cysyniadau' },
  'concepts.tags': { en: 'Tags', cy: 'Tagiau' },
  'concepts.en': { en: 'Words in English', cy: 'Geiriau yn Saesneg' },
  'concepts.cy': { en: 'Words in Welsh', cy: 'Geiriau yn Gymraeg' },
  same: { en: 'Words that mean the same', cy: 'Geiriau sy’n golygu’r un peth' },
  related: { en: 'Related words', cy: 'Geiriau cysylltiedig' },
};

/** The label of the field at `path` (dots between names; list items add nothing): its own entry, else its name's. */
export const labelFor = (path: string): Label | undefined => {
  const name = path.split('.').at(-1) ?? path;
  return FIELD_LABELS[path] ?? FIELD_LABELS[name];
};

/** "English · Cymraeg", as the editor shows it: the CMS has no Welsh interface, so each label carries both. */
export const bothLanguages = (label: Label): string => (label.en === label.cy ? label.en : `${label.en} · ${label.cy}`);
