import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/lib/content/load.ts';
import { validateRecords } from '../../src/lib/content/validate.ts';
import { referenceDataDir } from '../../src/lib/environment.ts';
import { parseBoundaries } from '../../src/lib/geo/boundaries.ts';
import { boundaryAsset } from '../../src/lib/geo/boundary-asset.ts';
import { contrastRatio, KIND_STYLES, kindSymbol, stylesAreDistinct } from '../../src/lib/geo/kind-style.ts';
import { splitForMap } from '../../src/lib/geo/markers.ts';
import { tileLayerFromEnv } from '../../src/lib/geo/tiles.ts';
import { fillDetailPath } from '../../src/lib/i18n/routes.ts';
import { KINDS } from '../../src/lib/schema/vocabulary.ts';
import type { SearchDoc } from '../../src/lib/search/types.ts';

const doc = (id: string, over: Partial<SearchDoc> = {}): SearchDoc => ({
  id,
  kind: 'course',
  title: { en: `Title ${id}`, cy: `Teitl ${id}` },
  providerName: { en: 'Coleg Sir Gâr', cy: 'Coleg Sir Gâr' },
  tiers: [3, 4],
  areas: ['carmarthenshire'],
  regions: ['south-west'],
  walesWide: false,
  language: 'bilingual',
  ages: [16, 18],
  level: '2',
  delivery: 'in-person',
  starts: 'september',
  routes: [],
  financialSupport: [],
  priorityGroups: [],
  onlyForPriorityGroups: false,
  free: true,
  venues: [[51.68, -4.16, 0]],
  towns: { en: ['Llanelli'], cy: ['Llanelli'] },
  lastReviewed: '2026-09-01',
  illustrative: true,
  ...over,
});

describe('map markers', () => {
  const docs = [
    doc('two-sites', {
      venues: [
        [51.68, -4.16, 0],
        [51.86, -4.31, 0],
      ],
    }),
    doc('one-site', { kind: 'apprenticeship', title: { en: 'Only English' }, tiers: [5], language: 'english' }),
    doc('wales-wide', { walesWide: true, venues: [] }),
    doc('online', { delivery: 'online', venues: [] }),
    doc('outreach', { delivery: 'outreach', venues: [] }),
    doc('online-wales', { delivery: 'online', walesWide: true, areas: [], venues: [] }),
  ];

  it('draws one marker per venue and lists offers with no point apart, never as a made-up point', () => {
    const split = splitForMap(docs, 'en');
    expect(split.markers).toHaveLength(3);
    expect(split.placed.map((d) => d.id)).toEqual(['two-sites', 'one-site']);
    // Available anywhere means anywhere: Wales-wide, online or not. Outreach, and online offers for
    // some areas, belong to their areas, listed on their own.
    expect(split.anywhere.map((d) => d.id)).toEqual(['wales-wide', 'online-wales']);
    expect(split.outreach.map((d) => d.id)).toEqual(['online', 'outreach']);
    expect(split.markers.map((m) => [m.id, m.lat, m.lon])).toEqual([
      ['two-sites', 51.68, -4.16],
      ['two-sites', 51.86, -4.31],
      ['one-site', 51.68, -4.16],
    ]);
  });

  it('labels each marker in the page language and keeps its document for the popup card', () => {
    const [first, , english] = splitForMap(docs, 'cy').markers;
    expect(first).toEqual({
      id: 'two-sites',
      title: 'Teitl two-sites',
      kind: 'course',
      lat: 51.68,
      lon: -4.16,
      doc: docs[0],
    });
    // No Welsh title: the English one, rather than nothing.
    expect(english?.title).toBe('Only English');
  });

  it('keeps a Wales-wide offer that also lists venues off the map, as search does', () => {
    const split = splitForMap([doc('national-with-venue', { walesWide: true })], 'en');
    expect(split.markers).toEqual([]);
    expect(split.anywhere).toHaveLength(1);
  });

  it('fills the detail path safely', () => {
    expect(fillDetailPath('/en/provision/:id/', 'a b')).toBe('/en/provision/a%20b/');
  });
});

describe('kind styles', () => {
  it('gives every kind its own shape and its own colour, so colour is never the only signal', () => {
    expect(stylesAreDistinct()).toBe(true);
    expect(new Set(KINDS.map((kind) => KIND_STYLES[kind].shape)).size).toBe(5);
  });

  it('uses colours with at least 3:1 contrast against white and against the land colour', () => {
    for (const kind of KINDS) {
      expect(contrastRatio(KIND_STYLES[kind].colour, '#ffffff'), kind).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(KIND_STYLES[kind].colour, '#e6eee8'), kind).toBeGreaterThanOrEqual(3);
    }
  });

  it('computes contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('draws a decorative symbol, hidden from screen readers', () => {
    const svg = kindSymbol('jgw', 20);
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).toContain('width="20"');
    expect(svg).toContain(KIND_STYLES.jgw.colour);
  });
});

describe('tile layer configuration', () => {
  it('is off unless a URL is set', () => {
    expect(tileLayerFromEnv({})).toBeNull();
    expect(tileLayerFromEnv({ LLWYBRAU_TILE_URL: '  ' })).toBeNull();
  });

  it('needs an attribution with the URL', () => {
    expect(() => tileLayerFromEnv({ LLWYBRAU_TILE_URL: 'https://tiles.example.gov.wales/{z}/{x}/{y}.png' })).toThrow(
      /LLWYBRAU_TILE_ATTRIBUTION/,
    );
  });

  it('rejects a URL that is not a tile template, saying what it found', () => {
    expect(() => tileLayerFromEnv({ LLWYBRAU_TILE_URL: 'tiles.example', LLWYBRAU_TILE_ATTRIBUTION: 'x' })).toThrow(
      /found "tiles.example"/,
    );
  });

  it('reads a complete configuration', () => {
    expect(
      tileLayerFromEnv({
        LLWYBRAU_TILE_URL: 'https://tiles.example.gov.wales/{z}/{x}/{y}.png',
        LLWYBRAU_TILE_ATTRIBUTION: '© Example',
      }),
    ).toEqual({
      url: 'https://tiles.example.gov.wales/{z}/{x}/{y}.png',
      attribution: '© Example',
    });
  });
});

describe('boundary asset', () => {
  const shapes = parseBoundaries({
    type: 'FeatureCollection',
    features: [
      {
        properties: { code: 'W06000001' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [-4.123456, 53.1],
              [-4.0, 53.1],
              [-4.0, 53.2],
              [-4.123456, 53.1],
            ],
          ],
        },
      },
    ],
  });
  const areas = [{ id: 'isle-of-anglesey', code: 'W06000001', name: { en: 'Isle of Anglesey', cy: 'Ynys Môn' } }];

  it('names each boundary in both languages, rounds coordinates and records its bounding box', () => {
    const asset = boundaryAsset(shapes, areas);
    expect(asset.features).toHaveLength(1);
    const [feature] = asset.features;
    expect(feature?.properties).toEqual({
      id: 'isle-of-anglesey',
      code: 'W06000001',
      en: 'Isle of Anglesey',
      cy: 'Ynys Môn',
    });
    expect(feature?.bbox).toEqual([-4.1235, 53.1, -4, 53.2]);
    expect(feature?.geometry.type).toBe('MultiPolygon');
    expect(feature?.geometry.coordinates[0]?.[0]?.[0]).toEqual([-4.1235, 53.1]);
  });

  it('fails, naming them, when an area has no boundary or a boundary has no area', () => {
    expect(() =>
      boundaryAsset(shapes, [...areas, { id: 'powys', code: 'W06000023', name: { en: 'Powys', cy: 'Powys' } }]),
    ).toThrow('areas with no boundary: powys (W06000023)');
    expect(() => boundaryAsset(shapes, [])).toThrow('boundaries with no area in content/areas: W06000001');
  });

  const geojson = join(referenceDataDir(), 'wales-lad-simplified.geojson');
  it.skipIf(!existsSync(geojson))('joins all 22 real boundaries to the 22 areas in the content', () => {
    const { content } = validateRecords(readContentDir('content').records);
    const asset = boundaryAsset(parseBoundaries(JSON.parse(readFileSync(geojson, 'utf8'))), content.areas);
    expect(asset.features).toHaveLength(22);
    const anglesey = asset.features.find((f) => f.properties.code === 'W06000001');
    expect(anglesey?.properties.cy).toBe('Ynys Môn');
    // Compact: the asset is a few tens of kilobytes.
    expect(JSON.stringify(asset).length).toBeLessThan(60_000);
  });
});
