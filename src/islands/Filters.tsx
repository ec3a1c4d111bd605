/** The filter panel: every option shows how many results it would give, and is disabled (not hidden) at zero. */
import type { Translator } from '../lib/i18n/translate.ts';
import type { FilterModel } from '../lib/search/filter-model.ts';
import type { Facet, SearchState } from '../lib/search/state.ts';

interface Props {
  t: Translator;
  state: SearchState;
  counts: Record<Facet, Map<string, number>>;
  model: FilterModel;
  onChange: (next: SearchState) => void;
  onClear: () => void;
}

export function Filters({ t, state, counts, model, onChange, onClear }: Props) {
  const toggle = (facet: Facet, value: string, on: boolean) => {
    const current = (state[facet] as (string | number)[]).map(String);
    const next = on ? [...current, value] : current.filter((v) => v !== value);
    onChange({ ...state, [facet]: facet === 'tiers' ? next.map(Number) : next });
  };

  return (
    <section className="filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading">{t('search.filtersHeading')}</h2>
      <button type="button" className="link-button" onClick={onClear}>
        {t('search.clear')}
      </button>
      <fieldset>
        <legend className="visually-hidden">{t('search.filtersHeading')}</legend>
        {model.switches.map(({ key, param, label }) => (
          <p className="checkbox" key={key}>
            <input id={`f-${param}`} type="checkbox" checked={state[key]} onChange={(e) => onChange({ ...state, [key]: e.target.checked })} />
            <label htmlFor={`f-${param}`}>{label}</label>
          </p>
        ))}
      </fieldset>
      <fieldset>
        <legend>{model.walesWideOrOnline.legend}</legend>
        {model.walesWideOrOnline.options.map(({ value, label }) => (
          <p className="checkbox" key={value}>
            <input
              id={`f-${model.walesWideOrOnline.param}-${value}`}
              type="radio"
              name={model.walesWideOrOnline.param}
              checked={state.walesWideOrOnline === value}
              onChange={() => onChange({ ...state, walesWideOrOnline: value })}
            />
            <label htmlFor={`f-${model.walesWideOrOnline.param}-${value}`}>{label}</label>
          </p>
        ))}
      </fieldset>
      {model.facets.map(({ facet, param, legend, open, options }) => {
        const selected = (state[facet] as (string | number)[]).map(String);
        // Only the most used facets stay open; the rest fold away, which also keeps each keystroke's layout small.
        const body = (
          <fieldset key={facet}>
            <legend>{legend}</legend>
            <div className={open ? 'option-list' : 'option-list long'}>
              {options.map(({ value, label }) => {
                const count = counts[facet].get(value) ?? 0;
                const checked = selected.includes(value);
                const id = `f-${param}-${value}`;
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
        return open ? (
          body
        ) : (
          <details key={facet} open={selected.length > 0}>
            <summary>
              {legend}
              {selected.length > 0 ? ` (${selected.length})` : ''}
            </summary>
            {body}
          </details>
        );
      })}
    </section>
  );
}
