import { describe, expect, it } from 'vitest';
import { type PageRef, pageForPath, pathFor } from '../../src/lib/i18n/routes.ts';

describe('pathFor', () => {
  const cases: [PageRef, string, string][] = [
    [{ route: 'home' }, '/en/', '/cy/'],
    [{ route: 'browse' }, '/en/provision/', '/cy/darpariaeth/'],
    [{ route: 'detail', params: { id: 'gwynedd-x' } }, '/en/provision/gwynedd-x/', '/cy/darpariaeth/gwynedd-x/'],
    [{ route: 'kind', params: { kind: 'course' } }, '/en/study/', '/cy/astudio/'],
    [{ route: 'kind', params: { kind: 'apprenticeship' } }, '/en/train-and-earn/', '/cy/hyfforddi-ac-ennill/'],
    [{ route: 'kind', params: { kind: 'jgw' } }, '/en/get-ready-for-work/', '/cy/paratoi-am-waith/'],
    [{ route: 'kind', params: { kind: 'volunteering' } }, '/en/volunteer/', '/cy/gwirfoddoli/'],
    [{ route: 'kind', params: { kind: 'support' } }, '/en/get-support/', '/cy/cael-cymorth/'],
    [{ route: 'areas' }, '/en/areas/', '/cy/ardaloedd/'],
    [{ route: 'area', params: { slug: 'powys' } }, '/en/areas/powys/', '/cy/ardaloedd/powys/'],
    [{ route: 'tiers' }, '/en/tiers/', '/cy/haenau/'],
    [{ route: 'tier', params: { tier: 3 } }, '/en/tiers/3/', '/cy/haenau/3/'],
    [{ route: 'about' }, '/en/about-the-data/', '/cy/am-y-data/'],
    [{ route: 'glossary' }, '/en/glossary/', '/cy/geirfa/'],
    [{ route: 'accessibility' }, '/en/accessibility/', '/cy/hygyrchedd/'],
    [{ route: 'browsePage', params: { page: 2 } }, '/en/provision/page/2/', '/cy/darpariaeth/tudalen/2/'],
    [{ route: 'tierPage', params: { tier: 2, page: 3 } }, '/en/tiers/2/page/3/', '/cy/haenau/2/tudalen/3/'],
    [
      { route: 'areaTier', params: { slug: 'conwy', tier: 2 } },
      '/en/areas/conwy/tiers/2/',
      '/cy/ardaloedd/conwy/haenau/2/',
    ],
    [
      { route: 'areaTierPage', params: { slug: 'conwy', tier: 2, page: 2 } },
      '/en/areas/conwy/tiers/2/page/2/',
      '/cy/ardaloedd/conwy/haenau/2/tudalen/2/',
    ],
  ];
  it.each(cases)('%j', (page, en, cy) => {
    expect(pathFor('en', page)).toBe(en);
    expect(pathFor('cy', page)).toBe(cy);
  });

  it('throws when a parameter is missing', () => {
    expect(() => pathFor('en', { route: 'detail' })).toThrow('route "detail" needs the parameter "id"');
    expect(() => pathFor('cy', { route: 'kind' })).toThrow('route "kind" needs a kind');
  });

  it('encodes ids safely', () => {
    expect(pathFor('en', { route: 'detail', params: { id: 'a b' } })).toBe('/en/provision/a%20b/');
  });
});

describe('gap analysis paths', () => {
  it('names regions in the page language, and areas by their slug', () => {
    expect(pathFor('en', { route: 'gapsRegion', params: { region: 'south-east' } })).toBe('/en/gaps/south-east/');
    expect(pathFor('cy', { route: 'gapsRegion', params: { region: 'south-east' } })).toBe('/cy/bylchau/de-ddwyrain/');
    expect(pathFor('cy', { route: 'gapsArea', params: { slug: 'powys' } })).toBe('/cy/bylchau/powys/');
    // A Welsh region slug in an English path is not a region (nor, here, an area).
    expect(pageForPath('/en/gaps/gogledd/')).toEqual({
      lang: 'en',
      page: { route: 'gapsArea', params: { slug: 'gogledd' } },
    });
    expect(pageForPath('/cy/bylchau/gogledd/')).toEqual({
      lang: 'cy',
      page: { route: 'gapsRegion', params: { region: 'north' } },
    });
  });
});

describe('pageForPath', () => {
  const pages: PageRef[] = [
    { route: 'home' },
    { route: 'browse' },
    { route: 'detail', params: { id: 'gwynedd-x' } },
    { route: 'kind', params: { kind: 'apprenticeship' } },
    { route: 'area', params: { slug: 'powys' } },
    { route: 'tier', params: { tier: 4 } },
    { route: 'about' },
    { route: 'search' },
    { route: 'map' },
    { route: 'gaps' },
    { route: 'gapsRegion', params: { region: 'south-west' } },
    { route: 'gapsArea', params: { slug: 'carmarthenshire' } },
  ];
  it.each(pages)('round-trips %j in both languages', (page) => {
    expect(pageForPath(pathFor('en', page))).toEqual({ lang: 'en', page });
    expect(pageForPath(pathFor('cy', page))).toEqual({ lang: 'cy', page });
  });
  it.each(['/', '/404.html', '/en/tiers/9/', '/fr/', '/cy/provision/x/'])(
    '%s is not a page in the route table',
    (path) => {
      expect(pageForPath(path)).toBeNull();
    },
  );
});
