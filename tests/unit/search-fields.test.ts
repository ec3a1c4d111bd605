/**
 * The search document is declared once (lib/search/fields.ts): the shipped columns, the
 * browser's entries, the facets, their URL parameters and the empty state all follow the table.
 */
import { describe, expect, it } from 'vitest';
import cy from '../../src/dictionaries/cy.json' with { type: 'json' };
import en from '../../src/dictionaries/en.json' with { type: 'json' };
import { createTranslator } from '../../src/lib/i18n/translate.ts';
import { splitSearchAsset } from '../../src/lib/search/asset.ts';
import { COLUMN_FIELDS, FACETS, facetSpec, LIST_FIELDS, SEARCH_FIELDS } from '../../src/lib/search/fields.ts';
import { filterModel } from '../../src/lib/search/filter-model.ts';
import { applyFilters, facetCounts } from '../../src/lib/search/filters.ts';
import { decodeState, emptyState, encodeState, URL_PARAMS } from '../../src/lib/search/state.ts';
import { sampleIndex } from '../../tools/sample-search.ts';

const { asset } = sampleIndex();
const hits = asset.docs.map((doc, i) => ({ doc, score: i }));

describe('the search field table', () => {
  it('builds every field of every document, and nothing else', () => {
    const names = Object.keys(SEARCH_FIELDS).sort();
    for (const doc of asset.docs) {
      const keys = Object.keys(doc).filter((key) => !['strand', 'status'].includes(key));
      expect(keys.sort()).toEqual(names.filter((name) => !['strand', 'status'].includes(name)));
    }
  });

  it('ships a column for every column and list field, in the table order, and the venues', () => {
    const docs = splitSearchAsset(asset).docs;
    const shipped = Object.keys(docs).filter((key) => !['count', 'chunkSize', 'venues'].includes(key));
    const expected = Object.keys(SEARCH_FIELDS).filter(
      (name) => (COLUMN_FIELDS as string[]).includes(name) || (LIST_FIELDS as string[]).includes(name),
    );
    expect(shipped).toEqual(expected);
    expect(Object.keys(docs)).toContain('venues');
  });

  it('gives every setting its own URL parameter', () => {
    const params = Object.values(URL_PARAMS);
    expect(new Set(params).size).toBe(params.length);
    for (const facet of FACETS) expect(URL_PARAMS[facet]).toBe(facetSpec(facet).param);
  });

  it('starts every facet empty, and reads back every allowed value of every facet from the URL', () => {
    const empty = emptyState();
    for (const facet of FACETS) {
      expect(empty[facet]).toEqual([]);
      const { values } = facetSpec(facet);
      const chosen = values === 'areas' ? ['gwynedd', 'powys'] : [...values];
      const state = { ...empty, [facet]: chosen };
      const read = decodeState(encodeState(state), ['gwynedd', 'powys']);
      expect([...(read[facet] as unknown[])].sort()).toEqual([...chosen].sort());
    }
  });

  it('drops values a facet does not allow', () => {
    for (const facet of FACETS)
      expect(decodeState(`?${URL_PARAMS[facet]}=nonsense,%3Cb%3E`, ['gwynedd'])[facet]).toEqual([]);
  });

  it('filters by help with money, a field added through the table alone', () => {
    const state = decodeState('?help=ema');
    expect(state.financialSupport).toEqual(['ema']);
    const results = applyFilters(hits, state, null);
    const withEma = asset.docs.filter((doc) => doc.financialSupport.includes('ema'));
    expect(withEma.length).toBeGreaterThan(0);
    expect(results.local.map((row) => row.doc.id).sort()).toEqual(withEma.map((doc) => doc.id).sort());
    expect(facetCounts(hits, emptyState()).financialSupport.get('ema')).toBe(withEma.length);
  });

  it('offers every facet in the filter panel, each under its URL parameter', () => {
    for (const lang of ['en', 'cy'] as const) {
      const model = filterModel(createTranslator({ en, cy }, lang), []).facets;
      expect(model.map((facet) => facet.facet).sort()).toEqual([...FACETS].sort());
      for (const facet of model) {
        expect(facet.param).toBe(URL_PARAMS[facet.facet]);
        if (facet.facet !== 'areas')
          expect(facet.options.every((option) => option.label.length > 0 && !option.label.includes('.'))).toBe(true);
      }
    }
  });
});
