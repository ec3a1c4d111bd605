/** The filters that are set, as chips above the results: each removes itself, and "clear all" removes every one. */

import type { ChosenFilter } from '../lib/search/filter-model.ts';
import type { SearchState } from '../lib/search/state.ts';
import type { SearchTranslator } from './search-props.ts';

interface Props {
  t: SearchTranslator;
  chosen: ChosenFilter[];
  onChange: (next: SearchState) => void;
  onClear: () => void;
}

export function ChosenFilters({ t, chosen, onChange, onClear }: Props) {
  if (chosen.length === 0) return null;
  return (
    <section className="chosen-filters" aria-labelledby="chosen-heading">
      <h2 id="chosen-heading" className="visually-hidden">
        {t('search.chosenHeading')}
      </h2>
      <ul>
        {chosen.map((filter) => (
          <li key={filter.key}>
            <button
              type="button"
              className="chip"
              aria-label={t('search.removeFilter', { filter: filter.label })}
              onClick={() => onChange(filter.without)}
            >
              {filter.label} <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="link-button" onClick={onClear}>
            {t('search.clear')}
          </button>
        </li>
      </ul>
    </section>
  );
}
