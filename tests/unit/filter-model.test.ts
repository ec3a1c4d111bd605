/** The filter model: the one list of filters that the search panel and the map form both render. */
import { describe, expect, it } from 'vitest';
import cy from '../../src/dictionaries/cy.json' with { type: 'json' };
import en from '../../src/dictionaries/en.json' with { type: 'json' };
import { createTranslator } from '../../src/lib/i18n/translate.ts';
import { AGE_RANGE, KINDS, LANGUAGES, PRIORITY_GROUPS, TIERS } from '../../src/lib/schema/vocabulary.ts';
import {
  areaOptions,
  chosenFilters,
  filterModel,
  OFFERED_AGES,
  OFFERED_RADII,
} from '../../src/lib/search/filter-model.ts';
import { decodeState, FACETS, RADIUS_RANGE, URL_PARAMS } from '../../src/lib/search/state.ts';

const t = { en: createTranslator({ en, cy }, 'en'), cy: createTranslator({ en, cy }, 'cy') };
const areas = [
  { id: 'vale-of-glamorgan', name: { en: 'Vale of Glamorgan', cy: 'Bro Morgannwg' }, region: 'south-east' as const },
  { id: 'cardiff', name: { en: 'Cardiff', cy: 'Caerdydd' }, region: 'south-east' as const },
  { id: 'anglesey', name: { en: 'Isle of Anglesey', cy: 'Ynys Môn' }, region: 'north' as const },
];

describe('area options', () => {
  it('names areas in the page language and sorts them in it', () => {
    expect(areaOptions(areas, 'en').map((a) => a.name)).toEqual(['Cardiff', 'Isle of Anglesey', 'Vale of Glamorgan']);
    expect(areaOptions(areas, 'cy').map((a) => a.name)).toEqual(['Bro Morgannwg', 'Caerdydd', 'Ynys Môn']);
  });
});

describe('the filter model', () => {
  const model = filterModel(t.cy, areaOptions(areas, 'cy'));

  it('offers every facet once, each under its URL parameter, the common ones open', () => {
    expect(model.facets.map((f) => f.facet).sort()).toEqual([...FACETS].sort());
    for (const facet of model.facets) expect(facet.param).toBe(URL_PARAMS[facet.facet]);
    expect(model.facets.filter((f) => f.open).map((f) => f.facet)).toEqual(['kind', 'tiers', 'language']);
  });

  it('offers every value of each vocabulary, labelled in the page language', () => {
    const options = (facet: string) => model.facets.find((f) => f.facet === facet)?.options ?? [];
    expect(options('kind').map((o) => o.value)).toEqual([...KINDS]);
    expect(options('tiers').map((o) => o.value)).toEqual(TIERS.map(String));
    expect(options('tiers')[1]?.label).toBe(`${t.cy('tierWord', { tier: 2 })}: ${cy.tiers['2'].short}`);
    expect(options('language').map((o) => o.label)).toEqual(LANGUAGES.map((l) => cy.vocab.language[l]));
    expect(options('priorityGroups')).toHaveLength(PRIORITY_GROUPS.length);
    expect(options('areas').map((o) => o.label)).toEqual(['Bro Morgannwg', 'Caerdydd', 'Ynys Môn']);
  });

  it('offers ages and distances the URL decoder accepts, so every choice survives a reload', () => {
    for (const age of OFFERED_AGES) expect(age >= AGE_RANGE.min && age <= AGE_RANGE.max).toBe(true);
    for (const km of OFFERED_RADII) expect(km >= RADIUS_RANGE.min && km <= RADIUS_RANGE.max).toBe(true);
    expect(model.age.options).toEqual([...OFFERED_AGES]);
    expect(model.radius.options.map((o) => o.value)).toEqual(OFFERED_RADII.map(String));
    expect(model.radius.options[0]?.label).toBe(t.cy('search.radiusKm', { km: 5 }));
  });

  it('names the switches and the Wales-wide choice by their URL parameters, which decode back to the setting', () => {
    expect(model.switches.map((s) => [s.key, s.param])).toEqual([
      ['rolling', 'rolling'],
      ['free', 'free'],
      ['closed', 'closed'],
    ]);
    expect(decodeState('?closed=1').closed).toBe(true);
    expect(model.nationalOffers.options.map((o) => o.value)).toEqual(['include', 'exclude']);
    expect(decodeState(`?${model.nationalOffers.param}=exclude&${model.switches[0]?.param}=1`)).toMatchObject({
      nationalOffers: 'exclude',
      rolling: true,
    });
  });
});

describe('chosen filters, as chips', () => {
  it('lists every filter that is set, in the panel’s words, each with the state that removing it gives', () => {
    const model = filterModel(t.cy, areaOptions(areas, 'cy'));
    const state = decodeState('?q=gofal&near=SA18&tier=2,3&area=cardiff&free=1&national=exclude&age=17&radius=10', [
      'cardiff',
    ]);
    const chosen = chosenFilters(state, model);
    expect(chosen.map((chip) => chip.label)).toEqual([
      t.cy('search.free'),
      t.cy('search.nationalExclude'),
      `${t.cy('search.ageLabel')}: 17`,
      t.cy('search.radiusKm', { km: 10 }),
      t.cy('tierWord', { tier: 2 }),
      t.cy('tierWord', { tier: 3 }),
      'Caerdydd',
    ]);
    const tier2 = chosen.find((chip) => chip.key === 'tiers:2');
    expect(tier2?.without).toEqual({ ...state, tiers: [3] });
    // Removing every chip in turn leaves only the query and the place.
    const cleared = chosen.reduce(
      (current, chip) => chosenFilters(current, model).find((c) => c.key === chip.key)?.without ?? current,
      state,
    );
    expect(chosenFilters(cleared, model)).toEqual([]);
    expect(cleared).toMatchObject({ q: 'gofal', near: 'SA18' });
  });

  it('has no chips for the default view', () => {
    expect(chosenFilters(decodeState('', []), filterModel(t.en, []))).toEqual([]);
  });
});
