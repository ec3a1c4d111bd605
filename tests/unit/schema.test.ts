import { describe, expect, it } from 'vitest';
import { formatIssue, validateRecords } from '../../src/lib/content/validate.ts';
import * as f from './fixtures.ts';

const F = 'content/provision/courses/bad.yaml';
const problems = (...records: ReturnType<typeof f.record>[]) =>
  validateRecords(f.dataSet(...records)).issues.map(formatIssue);
const badCourse = (data: unknown) => problems(f.record('provision', 'bad', data, 'provision/courses'));

describe('valid content', () => {
  it('accepts one record of each kind, with an area, a provider and demand', () => {
    const { issues, content } = validateRecords(f.dataSet());
    expect(issues).toEqual([]);
    expect(content.provision.map((entry) => entry.kind).sort()).toEqual([
      'apprenticeship',
      'course',
      'jgw',
      'support',
      'volunteering',
    ]);
    expect(content.areas).toHaveLength(1);
    expect(content.demand[0]?.counts[0]?.tier5).toBe(5000);
  });

  it('applies defaults and normalises YAML values', () => {
    const course = validateRecords(f.dataSet()).content.provision.find((entry) => entry.id === 'course-a');
    expect(course?.level).toBe('2'); // YAML number → the enum's string
    expect(course?.lastReviewed).toBe('2026-06-12'); // YAML Date → ISO date
    expect(course?.priorityGroups).toEqual([]);
    expect(course?.progression).toEqual([]);
    expect(course?.walesWide).toBe(false);
  });

  it('accepts Wales-wide offers with no areas, and specific start dates', () => {
    expect(
      badCourse({ ...f.course, areas: [], walesWide: true, starts: { dates: [new Date('2027-01-11T00:00:00Z')] } }),
    ).toEqual([]);
  });
});

describe('invalid provision: one change each, with the exact message a person sees', () => {
  const cases: [string, unknown, string[]][] = [
    ['tier 6', { ...f.course, tiers: [4, 6] }, [`${F}: tiers[1]: must be 1–5 (got 6)`]],
    ['no tiers', { ...f.course, tiers: [] }, [`${F}: tiers: must list at least one tier (1–5)`]],
    ['a tier listed twice', { ...f.course, tiers: [4, 4] }, [`${F}: tiers: must not list a tier twice`]],
    [
      'an unknown area',
      { ...f.course, areas: ['carmarthen'] },
      [`${F}: areas[0]: no areas record "carmarthen" exists (did you mean "carmarthenshire"?)`],
    ],
    [
      'an unknown provider',
      { ...f.course, provider: 'coleg-sirgar' },
      [`${F}: provider: no providers record "coleg-sirgar" exists (did you mean "coleg-sir-gar"?)`],
    ],
    [
      'coordinates in France',
      { ...f.course, venues: [{ name: 'Centre', town: 'Paris', lat: 48.85, lon: 2.35 }] },
      // One point outside Wales is one mistake: one message.
      [`${F}: venues[0].lat: must lie in or near Wales, between 51.2 and 53.6 (got 48.85)`],
    ],
    [
      'latitude and longitude swapped',
      { ...f.course, venues: [{ name: 'Campus', town: 'Ammanford', lat: -3.98899, lon: 51.79397 }] },
      [
        `${F}: venues[0].lat: must lie in or near Wales, between 51.2 and 53.6 (got -3.98899); the latitude and longitude look swapped`,
      ],
    ],
    [
      'min age above max',
      { ...f.course, ages: { min: 19, max: 16 } },
      [`${F}: ages: min must not be above max (got min 19, max 16)`],
    ],
    [
      'JGW+ aged 24',
      { ...f.jgw, ages: { min: 16, max: 24 } },
      [`${F}: ages: Jobs Growth Wales+ is for ages 16–18, so ages must lie within 16–18 (got 16–24)`],
    ],
    [
      'an apprenticeship from 15',
      { ...f.apprenticeship, ages: { min: 15, max: 24 } },
      [`${F}: ages.min: apprenticeships start at 16 (got 15)`],
    ],
    [
      'a foundation apprenticeship at level 3',
      { ...f.apprenticeship, apprenticeshipLevel: 'foundation' },
      [`${F}: level: a foundation apprenticeship is at level 2 (got 3)`],
    ],
    [
      'a missing English title',
      { ...f.course, title: { cy: 'Cerbydau Modur' } },
      [`${F}: title.en: the title in English is required`],
    ],
    [
      'an empty summary',
      { ...f.course, summary: { en: '  ' } },
      [`${F}: summary.en: the summary in English must not be empty`],
    ],
    [
      'an impossible date',
      { ...f.course, lastReviewed: '2026-13-45' },
      [`${F}: lastReviewed: must be a real date written YYYY-MM-DD (got "2026-13-45")`],
    ],
    [
      'words for a date',
      { ...f.course, lastReviewed: 'last June' },
      [`${F}: lastReviewed: must be a real date written YYYY-MM-DD (got "last June")`],
    ],
    [
      'an unknown kind',
      { ...f.course, kind: 'workshop' },
      [`${F}: kind: must be one of course, jgw, apprenticeship, volunteering, support (got "workshop")`],
    ],
    [
      'a misspelt field',
      { ...f.course, teirs: [4] },
      [`${F}: (record): unknown field teirs (check the spelling against docs/schema.md)`],
    ],
    [
      'a misspelt language',
      { ...f.course, language: 'welsh-medium' },
      [`${F}: language: must be one of welsh, bilingual, english (got "welsh-medium")`],
    ],
    [
      'in person with no venue',
      { ...f.course, venues: [] },
      [`${F}: venues: must list at least one venue when delivery is in-person`],
    ],
    [
      'no areas and not Wales-wide',
      { ...f.course, areas: [] },
      [`${F}: areas: must list at least one area, or set walesWide: true`],
    ],
    [
      'a cost with no details',
      { ...f.course, cost: { free: false } },
      [`${F}: cost.details: must say what it costs when free is false`],
    ],
    [
      'only for priority groups, naming none',
      { ...f.course, onlyForPriorityGroups: true },
      [`${F}: priorityGroups: must name the groups it is only for, since onlyForPriorityGroups is true`],
    ],
    [
      'only for priority groups, not true or false',
      { ...f.course, priorityGroups: ['eal'], onlyForPriorityGroups: 'yes' },
      [`${F}: onlyForPriorityGroups: must be true or false (got "yes")`],
    ],
    [
      'runs in months, listing none',
      { ...f.course, runs: 'months' },
      [`${F}: runMonths: must list the months it runs (1 to 12), since runs is months`],
    ],
    [
      'months listed for an offer that runs all year',
      { ...f.course, runs: 'all-year', runMonths: [7] },
      [`${F}: runMonths: must be left out unless runs is months (got runs all-year)`],
    ],
    [
      'a month that does not exist',
      { ...f.course, runs: 'months', runMonths: [13] },
      [`${F}: runMonths[0]: must be a month number 1 to 12 (got 13)`],
    ],
    [
      'a misspelt time of year',
      { ...f.course, runs: 'summer' },
      [`${F}: runs: must be one of all-year, term-time, summer-only, months (got "summer")`],
    ],
    [
      'no way to get in touch',
      { ...f.course, access: { routes: ['self-referral'], contact: {} } },
      [`${F}: access.contact: must give at least one of url, phone, email or how`],
    ],
    [
      'a full postcode instead of a district',
      { ...f.course, venues: [{ ...f.course.venues[0], postcodeDistrict: 'SA18 2NX' }] },
      [`${F}: venues[0].postcodeDistrict: must be a postcode district such as SA18 (got "SA18 2NX")`],
    ],
    ['level 9', { ...f.course, level: 9 }, [`${F}: level: must be entry, 1 to 8, or none (got "9")`]],
    ['zero hours', { ...f.course, hoursPerWeek: 0 }, [`${F}: hoursPerWeek: must be more than 0 (got 0)`]],
    [
      'progression pointing at itself',
      { ...f.course, progression: ['bad'] },
      [`${F}: progression[0]: must not point at itself`],
    ],
    [
      'progression to nothing',
      { ...f.course, progression: ['course-b'] },
      [`${F}: progression[0]: no provision record "course-b" exists (did you mean "course-a"?)`],
    ],
  ];
  it.each(cases)('%s', (_name, data, expected) => {
    expect(badCourse(data)).toEqual(expected);
  });
});

describe('rules across records', () => {
  it('reports a progression loop once, starting at its smallest id', () => {
    expect(
      problems(
        f.record('provision', 'b', { ...f.course, progression: ['a'] }, 'provision/courses'),
        f.record('provision', 'a', { ...f.course, progression: ['b'] }, 'provision/courses'),
      ),
    ).toEqual([
      'content/provision/courses/a.yaml: progression: forms a loop: a → b → a; progression must lead onwards',
    ]);
  });

  it('rejects two files with the same id, naming both', () => {
    expect(problems(f.record('provision', 'course-a', f.course, 'provision/other'))).toEqual([
      'content/provision/other/course-a.yaml: (file name): id "course-a" is already used by content/provision/courses/course-a.yaml; file names must be unique within provision',
    ]);
  });

  it('rejects a provider website that is not https', () => {
    expect(problems(f.record('providers', 'bad', { ...f.provider, website: 'http://example.org' }))).toEqual([
      'content/providers/bad.yaml: website: must be a web address starting https:// (got "http://example.org")',
    ]);
  });

  it('rejects an area whose slug is not its file name, and a non-Welsh code', () => {
    expect(problems(f.record('areas', 'gwynedd', { ...f.area, code: 'W06000002' }))).toEqual([
      'content/areas/gwynedd.yaml: slug: must match the file name "gwynedd" (got "carmarthenshire")',
      'content/areas/gwynedd.yaml: code: W06000002 is the code of gwynedd, not carmarthenshire (carmarthenshire is W06000010)',
    ]);
    expect(problems(f.record('areas', 'x', { ...f.area, slug: 'x', code: 'E06000001' }))).toEqual([
      'content/areas/x.yaml: code: must be an ONS principal-area code W06 followed by six digits (got "E06000001")',
    ]);
  });

  it('rejects demand for an unknown area and an area counted twice', () => {
    const row = f.demand.counts[0];
    expect(
      problems(
        f.record('demand', '2026-11', {
          ...f.demand,
          period: '2026-11',
          counts: [row, { ...row }, { ...row, area: 'narnia' }],
        }),
      ),
    ).toEqual([
      'content/demand/2026-11.yaml: counts[1].area: "carmarthenshire" is counted twice in period 2026-11',
      'content/demand/2026-11.yaml: counts[2].area: no areas record "narnia" exists',
    ]);
  });

  it('rejects places for an unknown area, an area and tier kept twice, and two files for one month', () => {
    const place = { area: 'carmarthenshire', tier: 2, recorded: 10, offersWithout: 0 };
    expect(
      problems(
        f.record('demand', '2026-11', {
          ...f.demand,
          period: '2026-11',
          places: [place, { ...place }, { ...place, area: 'narnia' }],
        }),
        f.record('demand', 'november-again', { ...f.demand, period: '2026-11' }),
      ),
    ).toEqual([
      'content/demand/2026-11.yaml: places[1]: "carmarthenshire tier 2" has places twice in period 2026-11',
      'content/demand/2026-11.yaml: places[2].area: no areas record "narnia" exists',
      "content/demand/november-again.yaml: period: 2026-11 is also the period of content/demand/2026-11.yaml; each month's counts are one file",
    ]);
  });

  it('keeps going after a bad record, so every problem is reported in one run', () => {
    const issues = problems(
      f.record('provision', 'x', { ...f.course, tiers: [9] }, 'provision/courses'),
      f.record('provision', 'y', { ...f.jgw, ages: { min: 16, max: 20 } }, 'provision/jgw'),
    );
    expect(issues).toHaveLength(2);
  });
});
