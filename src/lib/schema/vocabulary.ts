/**
 * Controlled vocabularies shared by the schema, the pages and the search island.
 * Shared by server and client code: keep it small and free of imports.
 */

/** In the order the home page offers them: Study, Train and earn, Get ready for work, Volunteer, Get support. */
export const KINDS = ['course', 'apprenticeship', 'jgw', 'volunteering', 'support'] as const;
export type Kind = (typeof KINDS)[number];

/** The folder of content/provision that holds each kind's records. */
export const KIND_FOLDERS: Record<Kind, string> = {
  course: 'courses',
  jgw: 'jgw',
  apprenticeship: 'apprenticeships',
  volunteering: 'volunteering',
  support: 'support',
};

/** The Careers Wales five-tier model of engagement, 1 (status unknown) to 5 (in education, employment or training). */
export const TIERS = [1, 2, 3, 4, 5] as const;
export type Tier = (typeof TIERS)[number];
export const isTier = (value: unknown): value is Tier => (TIERS as readonly unknown[]).includes(value);
/** "1–5", for messages. */
export const TIER_RANGE = `${TIERS[0]}–${TIERS[TIERS.length - 1]}`;
/** Every tier but the last has a next tier to progress to. */
export const TIERS_WITH_NEXT: readonly Tier[] = TIERS.slice(0, -1);

export const REGIONS = ['north', 'mid', 'south-west', 'south-east'] as const;
export type Region = (typeof REGIONS)[number];

export const LANGUAGES = ['welsh', 'bilingual', 'english'] as const;
export type DeliveryLanguage = (typeof LANGUAGES)[number];
/** The BCP 47 tags of each language of delivery, for machine-readable outputs (JSON-LD, the Open Referral feed). */
export const LANGUAGE_TAGS: Readonly<Record<DeliveryLanguage, readonly ('cy' | 'en')[]>> = {
  welsh: ['cy'],
  bilingual: ['cy', 'en'],
  english: ['en'],
};

/** The ages a record may give, and a visitor may search by: from Year 7 to the end of youth support. */
export const AGE_RANGE = { min: 11, max: 25 } as const;

/**
 * When in the year an offer runs. Term time is September to June, summer July and August; "months"
 * lists them (runMonths). A record that does not say is taken by its kind: a course runs in term
 * time, anything else all year (src/lib/content/runs.ts).
 */
export const RUNS = ['all-year', 'term-time', 'summer-only', 'months'] as const;
export type Runs = (typeof RUNS)[number];

export const DELIVERY_MODES = ['in-person', 'online', 'outreach', 'blended'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

export const LEVELS = ['entry', '1', '2', '3', '4', '5', '6', '7', '8', 'none'] as const;
export type Level = (typeof LEVELS)[number];

export const ACCESS_ROUTES = [
  'self-referral',
  'via-working-wales',
  'lead-worker-referral',
  'apply-to-provider',
] as const;
export type AccessRoute = (typeof ACCESS_ROUTES)[number];

export const PRIORITY_GROUPS = [
  'care-leavers',
  'young-carers',
  'aln-disability',
  'young-parents',
  'homeless-or-at-risk',
  'youth-justice',
  'eotas',
  'home-educated',
  'eal',
] as const;
export type PriorityGroup = (typeof PRIORITY_GROUPS)[number];

export const FINANCIAL_SUPPORT = [
  'ema',
  'jgw-training-allowance',
  'apprentice-wage',
  'travel',
  'childcare',
  'meals',
  'equipment',
  'financial-contingency-fund',
  'wglg',
] as const;
export type FinancialSupport = (typeof FINANCIAL_SUPPORT)[number];

export const FUNDERS = [
  'welsh-government',
  'medr',
  'shared-prosperity-fund',
  'families-first',
  'youth-support-grant',
  'local-authority',
  'lottery',
  'third-sector',
  'employer',
  'health-board',
] as const;
export type Funder = (typeof FUNDERS)[number];

export const STATUSES = ['active', 'temporarily-closed', 'ended'] as const;
export type Status = (typeof STATUSES)[number];

export const SECTORS = [
  'agriculture-animal-care',
  'art-design-media',
  'business-admin',
  'care-health',
  'childcare-education',
  'construction-trades',
  'digital-it',
  'engineering-manufacturing',
  'environment-conservation',
  'general-academic',
  'hair-beauty',
  'hospitality-catering',
  'motor-vehicle',
  'performing-arts-music',
  'public-services',
  'retail-customer-service',
  'science-maths',
  'sport-outdoor',
  'travel-tourism',
  'vocational-tasters',
  'independent-living-skills',
  'community-youth',
] as const;
export type Sector = (typeof SECTORS)[number];

export const INSTITUTION_TYPES = [
  'fe-college',
  'school-sixth-form',
  'work-based-learning',
  'adult-community-learning',
  'specialist-college',
] as const;
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];

export const JGW_STRANDS = ['engagement', 'advancement', 'employment'] as const;
export type JgwStrand = (typeof JGW_STRANDS)[number];

export const APPRENTICESHIP_LEVELS = ['foundation', 'apprenticeship', 'higher', 'degree'] as const;
export type ApprenticeshipLevel = (typeof APPRENTICESHIP_LEVELS)[number];

/** The qualification levels each apprenticeship level may carry (DOMAIN.md, 001:1038–1041). */
export const APPRENTICESHIP_LEVEL_QUALIFICATIONS: Record<ApprenticeshipLevel, readonly Level[]> = {
  foundation: ['2'],
  apprenticeship: ['3'],
  higher: ['4', '5'],
  degree: ['6'],
};

export const SERVICE_TYPES = [
  'careers-guidance',
  'youth-work',
  'mental-health-wellbeing',
  'housing-homelessness',
  'substance-misuse',
  'young-carers',
  'financial-help',
  'youth-justice',
  'family-support',
] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

export const PROVIDER_TYPES = [
  'fe-college',
  'school-sixth-form',
  'work-based-learning',
  'third-sector',
  'local-authority',
  'national-service',
  'employer',
] as const;
export type ProviderType = (typeof PROVIDER_TYPES)[number];

/** The ONS code of each of the 22 principal areas, by the slug content/areas uses. */
export const AREA_CODES: Readonly<Record<string, string>> = {
  'isle-of-anglesey': 'W06000001',
  gwynedd: 'W06000002',
  conwy: 'W06000003',
  denbighshire: 'W06000004',
  flintshire: 'W06000005',
  wrexham: 'W06000006',
  ceredigion: 'W06000008',
  pembrokeshire: 'W06000009',
  carmarthenshire: 'W06000010',
  swansea: 'W06000011',
  'neath-port-talbot': 'W06000012',
  bridgend: 'W06000013',
  'vale-of-glamorgan': 'W06000014',
  cardiff: 'W06000015',
  'rhondda-cynon-taf': 'W06000016',
  caerphilly: 'W06000018',
  'blaenau-gwent': 'W06000019',
  torfaen: 'W06000020',
  monmouthshire: 'W06000021',
  newport: 'W06000022',
  powys: 'W06000023',
  'merthyr-tydfil': 'W06000024',
};

/**
 * A generous box around Wales. Venues outside it are almost always a
 * lat/lon swap or a typo; a venue just over the border (Chester, Hereford)
 * still fits.
 */
export const WALES_BOUNDS = { minLat: 51.2, maxLat: 53.6, minLon: -5.8, maxLon: -2.3 } as const;
