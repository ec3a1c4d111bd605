/**
 * Small hand-made records for the unit tests: one of each kind, all valid.
 * Each test changes one thing and checks the message a person would see.
 */

import type { RawRecord } from '../../src/lib/content/validate.ts';
import { type Provision, provisionSchema } from '../../src/lib/schema/schema.ts';

export const area = {
  code: 'W06000010',
  name: { en: 'Carmarthenshire', cy: 'Sir Gaerfyrddin' },
  slug: 'carmarthenshire',
  region: 'south-west',
  rural: true,
  reportEmail: 'epc-carmarthenshire@example.org',
};
export const provider = {
  name: { en: 'Coleg Sir Gâr', cy: 'Coleg Sir Gâr' },
  type: 'fe-college',
  website: 'https://www.colegsirgar.ac.uk',
};

const shared = {
  summary: { en: 'Learn to service cars in the workshop.', cy: 'Dysgwch wasanaethu ceir yn y gweithdy.' },
  provider: 'coleg-sir-gar',
  tiers: [4, 5],
  areas: ['carmarthenshire'],
  venues: [{ name: 'Ammanford campus', town: 'Ammanford', lat: 51.79397, lon: -3.98899, postcodeDistrict: 'SA18' }],
  delivery: 'in-person',
  language: 'bilingual',
  ages: { min: 16, max: 19 },
  level: 2,
  hoursPerWeek: 16,
  starts: 'september',
  access: { routes: ['apply-to-provider'], contact: { url: 'https://www.colegsirgar.ac.uk' } },
  cost: { free: true },
  fundedBy: ['medr'],
  lastReviewed: new Date('2026-06-12T00:00:00Z'),
  status: 'active',
  illustrative: true,
};

export const course = {
  ...shared,
  kind: 'course',
  title: { en: 'Motor Vehicle, Level 2', cy: 'Cerbydau Modur, Lefel 2' },
  sector: 'motor-vehicle',
  qualification: { en: 'Level 2 Diploma', cy: 'Diploma Lefel 2' },
  institutionType: 'fe-college',
};
export const jgw = {
  ...shared,
  kind: 'jgw',
  title: { en: 'JGW+ Engagement' },
  strand: 'engagement',
  tiers: [2, 3],
  ages: { min: 16, max: 18 },
  level: 'entry',
};
export const apprenticeship = {
  ...shared,
  kind: 'apprenticeship',
  title: { en: 'Engineering apprenticeship' },
  apprenticeshipLevel: 'apprenticeship',
  sector: 'engineering-manufacturing',
  level: 3,
};
export const volunteering = {
  ...shared,
  kind: 'volunteering',
  title: { en: 'Beach cleans' },
  commitment: { en: 'Saturdays' },
  level: 'none',
};
export const support = {
  ...shared,
  kind: 'support',
  title: { en: 'Youth work' },
  serviceType: 'youth-work',
  delivery: 'outreach',
  venues: [],
  level: 'none',
};
export const demand = {
  period: '2026-10',
  sampleFigures: true,
  source: { en: 'Sample figures.' },
  counts: [{ area: 'carmarthenshire', tier1: 10, tier2: 20, tier3: 30, tier4: 40, tier5: 5000 }],
};

export const record = (
  collection: RawRecord['collection'],
  id: string,
  data: unknown,
  folder: string = collection,
): RawRecord => ({
  collection,
  id,
  file: `content/${folder}/${id}.yaml`,
  data,
});

/** A complete, valid data set; `extra` records are added to it. */
export const dataSet = (...extra: RawRecord[]): RawRecord[] => [
  record('areas', 'carmarthenshire', area),
  record('providers', 'coleg-sir-gar', provider),
  record('provision', 'course-a', course, 'provision/courses'),
  record('provision', 'jgw-a', jgw, 'provision/jgw'),
  record('provision', 'apprenticeship-a', apprenticeship, 'provision/apprenticeships'),
  record('provision', 'volunteering-a', volunteering, 'provision/volunteering'),
  record('provision', 'support-a', support, 'provision/support'),
  record('demand', '2026-10', demand),
  ...extra,
];

/**
 * A provision record for a test, checked by the same schema as the content: a fixture that
 * breaks a rule fails here, with the rule, instead of testing something the site never holds.
 */
export const validProvision = (id: string, data: Record<string, unknown>): Provision => {
  // A key set to undefined is a key left out, as in a YAML file.
  const parsed = provisionSchema.safeParse(
    Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)),
  );
  if (!parsed.success)
    throw new Error(
      `fixture ${id}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  return { ...parsed.data, id };
};
