/** The filter panel: every option shows how many results it would give, and is disabled (not hidden) at zero. */
import { useMemo } from 'react';

import type { Region } from '../lib/content/vocabulary.ts';
import type { Translator } from '../lib/i18n/translate.ts';
import { FACET_ORDER, filterOptions, OPEN_FACETS } from '../lib/search/filter-options.ts';
import type { MultiFacet, SearchState } from '../lib/search/state.ts';

interface Props {
  t: Translator;
  state: SearchState;
  counts: Record<MultiFacet, Map<string, number>>;
  areas: { id: string; name: string; region: Region }[];
  onChange: (next: SearchState) => void;
  onClear: () => void;
}

export function Filters({ t, state, counts, areas, onChange, onClear }: Props) {
  // Labels depend only on the language and the areas, not on the counts: build them once.
  const options = useMemo(() => filterOptions(t, areas), [t, areas]);

  const toggle = (facet: MultiFacet, value: string, on: boolean) => {
    const current = (state[facet] as (string | number)[]).map(String);
    const next = on ? [...current, value] : current.filter((v) => v !== value);
    onChange({ ...state, [facet]: facet === 'tier' ? next.map(Number) : next });
  };

  return (
    <section className="filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading">{t('search.filtersHeading')}</h2>
      <button type="button" className="link-button" onClick={onClear}>
        {t('search.clear')}
      </button>
      <fieldset>
        <legend className="visually-hidden">{t('search.filtersHeading')}</legend>
        <p className="checkbox">
          <input id="f-rolling" type="checkbox" checked={state.rolling} onChange={(e) => onChange({ ...state, rolling: e.target.checked })} />
          <label htmlFor="f-rolling">{t('search.rolling')}</label>
        </p>
        <p className="checkbox">
          <input id="f-free" type="checkbox" checked={state.free} onChange={(e) => onChange({ ...state, free: e.target.checked })} />
          <label htmlFor="f-free">{t('search.free')}</label>
        </p>
      </fieldset>
      <fieldset>
        <legend>{t('search.national')}</legend>
        {(['include', 'exclude'] as const).map((value) => (
          <p className="checkbox" key={value}>
            <input
              id={`f-national-${value}`}
              type="radio"
              name="national"
              checked={state.national === value}
              onChange={() => onChange({ ...state, national: value })}
            />
            <label htmlFor={`f-national-${value}`}>{t(value === 'include' ? 'search.nationalInclude' : 'search.nationalExclude')}</label>
          </p>
        ))}
      </fieldset>
      {FACET_ORDER.map((facet) => {
        const selected = (state[facet] as (string | number)[]).map(String);
        // Only the most used facets stay open; the rest fold away, which also keeps each keystroke's layout small.
        const long = !OPEN_FACETS.includes(facet);
        const body = (
          <fieldset key={facet}>
            <legend>{t(`search.facet.${facet}`)}</legend>
            <div className={long ? 'option-list long' : 'option-list'}>
              {options[facet].map(({ value, label }) => {
                const count = counts[facet].get(value) ?? 0;
                const checked = selected.includes(value);
                const id = `f-${facet}-${value}`;
                return (
                  <p className="checkbox" key={value}>
                    <input
                      id={id}
                      type="checkbox"
                      checked={checked}
                      disabled={count === 0 && !checked}
                      onChange={(e) => toggle(facet, value, e.target.checked)}
                    />
                    <label htmlFor={id}>
                      {label} <span className="count">({count})</span>
                    </label>
                  </p>
                );
              })}
            </div>
          </fieldset>
        );
        return long ? (
          <details key={facet} open={selected.length > 0}>
            <summary>
              {t(`search.facet.${facet}`)}
              {selected.length > 0 ? ` (${selected.length})` : ''}
            </summary>
            {body}
          </details>
        ) : (
          body
        );
      })}
    </section>
  );
}
