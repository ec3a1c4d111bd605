/**
 * The spreadsheet's columns, each with where its value goes in a record, its type and a line
 * of help: what the importer reads, the exporter writes and docs/import.md lists.
 */
import type { CellType } from './cells.ts';

export interface Column {
  /** The header in the spreadsheet. */
  column: string;
  /** Where the value goes in the record, dotted. */
  path: string;
  type: CellType;
  /** One line for the template's documentation. */
  help: string;
}

/** Every column the importer reads, in the template's order. */
export const IMPORT_COLUMNS: readonly Column[] = [
  {
    column: 'id',
    path: '',
    type: 'text',
    help: 'File name of the record: lower-case words joined by hyphens, starting with the area, e.g. gwynedd-youth-club-bala',
  },
  { column: 'kind', path: 'kind', type: 'text', help: 'course, jgw, apprenticeship, volunteering or support' },
  { column: 'title_en', path: 'title.en', type: 'text', help: 'What it is, in plain words' },
  { column: 'title_cy', path: 'title.cy', type: 'text', help: 'The title in Welsh' },
  { column: 'summary_en', path: 'summary.en', type: 'text', help: 'Two or three sentences for a young person' },
  { column: 'summary_cy', path: 'summary.cy', type: 'text', help: 'The summary in Welsh' },
  { column: 'provider', path: 'provider', type: 'text', help: 'Provider id (a file name in content/providers)' },
  { column: 'tiers', path: 'tiers', type: 'tiers', help: 'Tiers served, 1 to 5, separated by ;' },
  { column: 'areas', path: 'areas', type: 'list', help: 'Area ids (content/areas), separated by ;' },
  { column: 'wales_wide', path: 'walesWide', type: 'boolean', help: 'yes for national offers open anywhere in Wales' },
  { column: 'venue_name', path: 'venues.name', type: 'text', help: 'Venue: building or site name' },
  { column: 'venue_name_cy', path: 'venues.nameCy', type: 'text', help: 'Venue: its name in Welsh' },
  { column: 'venue_town', path: 'venues.town', type: 'text', help: 'Venue: town, as in the gazetteer' },
  { column: 'venue_lat', path: 'venues.lat', type: 'number', help: 'Venue: latitude (WGS84)' },
  { column: 'venue_lon', path: 'venues.lon', type: 'number', help: 'Venue: longitude (WGS84, negative)' },
  {
    column: 'venue_postcode_district',
    path: 'venues.postcodeDistrict',
    type: 'text',
    help: 'Venue: postcode district such as SA18',
  },
  {
    column: 'venue_across_border',
    path: 'venues.acrossBorder',
    type: 'boolean',
    help: 'Venue: yes when it is over the border in England',
  },
  { column: 'delivery', path: 'delivery', type: 'text', help: 'in-person, online, outreach or blended' },
  { column: 'language', path: 'language', type: 'text', help: 'welsh, bilingual or english' },
  { column: 'age_min', path: 'ages.min', type: 'number', help: 'Youngest age it takes' },
  { column: 'age_max', path: 'ages.max', type: 'number', help: 'Oldest age it takes' },
  { column: 'level', path: 'level', type: 'text', help: 'entry, 1 to 8, or none' },
  {
    column: 'hours_per_week',
    path: 'hoursPerWeek',
    type: 'number',
    help: 'Typical hours a week (leave empty when it varies)',
  },
  {
    column: 'starts',
    path: 'starts',
    type: 'starts',
    help: 'september, rolling, or start dates YYYY-MM-DD (or DD/MM/YYYY) separated by ;',
  },
  {
    column: 'runs',
    path: 'runs',
    type: 'text',
    help: 'all-year, term-time (September to June), summer-only (July and August) or months; empty when not known',
  },
  {
    column: 'run_months',
    path: 'runMonths',
    type: 'months',
    help: 'When runs is months: the month numbers 1 to 12, separated by ;',
  },
  {
    column: 'routes',
    path: 'access.routes',
    type: 'list',
    help: 'self-referral, via-working-wales, lead-worker-referral, apply-to-provider; separated by ;',
  },
  { column: 'contact_url', path: 'access.contact.url', type: 'text', help: 'Where to apply or ask' },
  { column: 'contact_phone', path: 'access.contact.phone', type: 'phone', help: 'Public enquiry number' },
  {
    column: 'contact_email',
    path: 'access.contact.email',
    type: 'text',
    help: 'Public enquiry address (never a person’s own)',
  },
  { column: 'contact_how_en', path: 'access.contact.how.en', type: 'text', help: 'What to do, in plain words' },
  { column: 'contact_how_cy', path: 'access.contact.how.cy', type: 'text', help: 'What to do, in Welsh' },
  {
    column: 'priority_groups',
    path: 'priorityGroups',
    type: 'list',
    help: 'Groups it is designed for, separated by ; (empty: open to all)',
  },
  {
    column: 'only_for_priority_groups',
    path: 'onlyForPriorityGroups',
    type: 'boolean',
    help: 'yes when only those groups can take part (empty: no, open to all and prioritising them)',
  },
  { column: 'free', path: 'cost.free', type: 'boolean', help: 'yes when there is nothing to pay' },
  { column: 'cost_details_en', path: 'cost.details.en', type: 'text', help: 'What costs there are' },
  { column: 'cost_details_cy', path: 'cost.details.cy', type: 'text', help: 'What costs there are, in Welsh' },
  {
    column: 'financial_support',
    path: 'financialSupport',
    type: 'list',
    help: 'ema, travel, childcare… separated by ;',
  },
  { column: 'funded_by', path: 'fundedBy', type: 'list', help: 'Funders, separated by ;' },
  { column: 'progression', path: 'progression', type: 'list', help: 'Ids of provision this leads to, separated by ;' },
  {
    column: 'capacity',
    path: 'capacity',
    type: 'number',
    help: 'Places a year (leave empty when unknown; never guess)',
  },
  {
    column: 'last_reviewed',
    path: 'lastReviewed',
    type: 'date',
    help: 'When it was last checked with the provider, YYYY-MM-DD (or DD/MM/YYYY)',
  },
  { column: 'status', path: 'status', type: 'text', help: 'active, temporarily-closed or ended' },
  {
    column: 'illustrative',
    path: 'illustrative',
    type: 'boolean',
    help: 'yes for an invented example, no for a real, checked offer',
  },
  {
    column: 'sector',
    path: 'sector',
    type: 'text',
    help: 'Courses, apprenticeships (and optionally JGW+, volunteering): subject area',
  },
  { column: 'qualification_en', path: 'qualification.en', type: 'text', help: 'Courses: qualification gained' },
  { column: 'qualification_cy', path: 'qualification.cy', type: 'text', help: 'Courses: qualification, in Welsh' },
  {
    column: 'institution_type',
    path: 'institutionType',
    type: 'text',
    help: 'Courses: fe-college, school-sixth-form…',
  },
  { column: 'strand', path: 'strand', type: 'text', help: 'JGW+: engagement, advancement or employment' },
  {
    column: 'apprenticeship_level',
    path: 'apprenticeshipLevel',
    type: 'text',
    help: 'Apprenticeships: foundation, apprenticeship, higher or degree',
  },
  { column: 'commitment_en', path: 'commitment.en', type: 'text', help: 'Volunteering: time asked' },
  { column: 'commitment_cy', path: 'commitment.cy', type: 'text', help: 'Volunteering: time asked, in Welsh' },
  { column: 'service_type', path: 'serviceType', type: 'text', help: 'Support: youth-work, careers-guidance…' },
];

export const VENUE_COLUMNS = IMPORT_COLUMNS.filter((c) => c.path.startsWith('venues.'));
export const BY_COLUMN = new Map(IMPORT_COLUMNS.map((c) => [c.column, c]));
