/** schema.org JSON-LD for detail pages: the type fits the kind, the text is in the page language, and nothing in it can close its script element. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import cy from '../../src/dictionaries/cy.json' with { type: 'json' };
import en from '../../src/dictionaries/en.json' with { type: 'json' };
import { validateRecords } from '../../src/lib/content/validate.ts';
import { createTranslator } from '../../src/lib/i18n/translate.ts';
import { jsonLdText, provisionJsonLd } from '../../src/lib/pages/json-ld.ts';
import type { Provider, Provision } from '../../src/lib/schema/schema.ts';
import * as f from './fixtures.ts';

const t = { en: createTranslator({ en, cy }, 'en'), cy: createTranslator({ en, cy }, 'cy') };
const { content } = validateRecords(f.dataSet(), { today: '2026-11-26' });
const byId = (id: string) => content.provision.find((entry) => entry.id === id) as Provision;
const college = content.providers[0] as Provider & { id: string };
const ld = (entry: Provision, lang: 'en' | 'cy' = 'en', provider: Provider = college) =>
  provisionJsonLd(entry, {
    t: t[lang],
    url: `https://llwybrau.example.gov.wales/${lang}/provision/${entry.id}/`,
    provider,
    areaName: (id) => (id === 'carmarthenshire' ? (lang === 'cy' ? 'Sir Gaerfyrddin' : 'Carmarthenshire') : id),
    townName: (town) => (lang === 'cy' && town === 'Ammanford' ? 'Rhydaman' : town),
    today: '2026-11-26',
  }) as unknown as Record<string, unknown>;

describe('JSON-LD', () => {
  it('describes a course as a Course with its instances, places and qualification, in the page language', () => {
    const data = ld(byId('course-a'), 'cy');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Course',
      name: 'Cerbydau Modur, Lefel 2',
      description: 'Dysgwch wasanaethu ceir yn y gweithdy.',
      url: 'https://llwybrau.example.gov.wales/cy/provision/course-a/',
      provider: { '@type': 'Organization', name: 'Coleg Sir Gâr', url: 'https://www.colegsirgar.ac.uk' },
      inLanguage: ['cy', 'en'],
      isAccessibleForFree: true,
      educationalCredentialAwarded: 'Diploma Lefel 2',
    });
    expect(data.hasCourseInstance).toEqual([
      {
        '@type': 'CourseInstance',
        courseMode: 'onsite',
        location: [
          {
            '@type': 'Place',
            name: 'Ammanford campus',
            address: { '@type': 'PostalAddress', addressLocality: 'Rhydaman', addressCountry: 'GB' },
            geo: { '@type': 'GeoCoordinates', latitude: 51.79397, longitude: -3.98899 },
          },
        ],
      },
    ]);
  });

  it('names a venue in Welsh on a Welsh page when it has a Welsh name, and in English otherwise', () => {
    const course = byId('course-a');
    const withWelsh = {
      ...course,
      venues: course.venues.map((venue) => ({ ...venue, nameCy: 'Campws Rhydaman' })),
    } as Provision;
    const place = (data: Record<string, unknown>) =>
      (data.hasCourseInstance as { location: { name: string }[] }[])[0]?.location[0]?.name;
    expect(place(ld(withWelsh, 'cy'))).toBe('Campws Rhydaman');
    expect(place(ld(withWelsh, 'en'))).toBe('Ammanford campus');
  });

  it('describes apprenticeships and Jobs Growth Wales+ as educational and occupational programmes', () => {
    expect(ld(byId('apprenticeship-a'))['@type']).toBe('EducationalOccupationalProgram');
    const jgw = ld(byId('jgw-a'));
    expect(jgw['@type']).toBe('EducationalOccupationalProgram');
    expect(jgw.programType).toContain(t.en('kind.jgw'));
  });

  it('describes support as a government service when a council or national service runs it, and volunteering as a service', () => {
    expect(ld(byId('support-a'))).toMatchObject({
      '@type': 'Service',
      areaServed: [{ '@type': 'AdministrativeArea', name: 'Carmarthenshire' }],
    });
    expect(ld(byId('support-a'), 'en', { ...college, type: 'local-authority' })['@type']).toBe('GovernmentService');
    expect(ld(byId('volunteering-a'))).toMatchObject({ '@type': 'Service', serviceType: t.en('kind.volunteering') });
  });

  it('lists only the start dates still to come, as the page does, and none when all have passed', () => {
    const course = { ...byId('course-a'), starts: { dates: ['2026-09-07', '2026-11-26', '2027-01-11'] } } as Provision;
    const dates = (data: Record<string, unknown>) =>
      (data.hasCourseInstance as { startDate?: string }[]).map((instance) => instance.startDate);
    expect(dates(ld(course))).toEqual(['2026-11-26', '2027-01-11']);
    expect(dates(ld({ ...course, starts: { dates: ['2026-09-07'] } } as Provision))).toEqual([undefined]);
    const jgw = { ...byId('jgw-a'), starts: { dates: ['2026-09-14', '2027-01-11'] } } as Provision;
    expect(ld(jgw).startDate).toBe('2027-01-11');
    expect(ld({ ...jgw, starts: { dates: ['2026-09-14'] } } as Provision).startDate).toBeUndefined();
    // A service (support, volunteering) is available from each date to come.
    const support = { ...byId('support-a'), starts: { dates: ['2026-09-07', '2027-07-19'] } } as Provision;
    expect(ld(support).hoursAvailable).toEqual([{ '@type': 'OpeningHoursSpecification', validFrom: '2027-07-19' }]);
  });

  it('serves Wales-wide offers to Wales, in the page language, with the ONS code', () => {
    const national = { ...byId('support-a'), walesWide: true, areas: [] } as Provision;
    expect(ld(national).areaServed).toEqual([{ '@type': 'Country', name: 'Wales', identifier: 'W92000004' }]);
    expect(ld(national, 'cy').areaServed).toEqual([{ '@type': 'Country', name: 'Cymru', identifier: 'W92000004' }]);
  });

  it('gives the enquiry phone, email and page the page shows, on the provider and as a service channel', () => {
    const support = {
      ...byId('support-a'),
      access: { ...byId('support-a').access, contact: { phone: '0808 80 23456', url: 'https://www.meiccymru.org' } },
    } as Provision;
    const data = ld(support) as { provider: { contactPoint: Record<string, string> }; availableChannel: unknown };
    expect(data.provider.contactPoint).toMatchObject({ telephone: '0808 80 23456', url: 'https://www.meiccymru.org' });
    expect(data.availableChannel).toMatchObject({
      servicePhone: { telephone: '0808 80 23456' },
      serviceUrl: 'https://www.meiccymru.org',
    });
    const course = ld(byId('course-a')) as { provider: { contactPoint?: { telephone?: string } } };
    expect(course.provider.contactPoint?.telephone).toBe(byId('course-a').access.contact.phone);
  });

  it('writes JSON that no text can break out of: < is escaped, and it reads back the same', () => {
    const data = { name: '</script><script>alert(1)</script>' };
    const written = jsonLdText(data);
    expect(written).not.toContain('<');
    expect(JSON.parse(written)).toEqual(data);
  });

  it('holds no character HTML gives a meaning to, whatever the text, and reads back the same (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const written = jsonLdText({ name: text });
        expect(written).not.toMatch(/[<>&]/);
        expect(JSON.parse(written)).toEqual({ name: text });
      }),
    );
  });
});
