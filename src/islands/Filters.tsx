/**
 * The filter panel: every option shows how many results it would give, and is disabled (not hidden) at zero.
 * The query is not among its props: typing redraws only the options whose counts change.
 */
import { memo, useCallback } from 'react';
import type { FilterModel } from '../lib/search/filter-model.ts';
import { type Facet, facetChoice, type SearchState } from '../lib/search/state.ts';
import type { SearchTranslator } from './search-props.ts';

/** A change to the filters, worked out from the search as it is when the visitor acts (query included). */
export type FilterUpdate = (change: (current: SearchState) => SearchState) => void;

interface Props {
  t: SearchTranslator;
  /** The search less its query. */
  filters: SearchState;
  counts: Record<Facet, Map<string, number>>;
  model: FilterModel;
  onUpdate: FilterUpdate;
  onClear: () => void;
}

/** What a choice sets: a facet's value, a yes/no switch, or whether Wales-wide and online offers are in. */
type Group =
  | { facet: Facet }
  | { switch: 'rolling' | 'free' | 'closed' }
  | { walesWide: SearchState['nationalOffers'] };

const apply = (current: SearchState, group: Group, value: string, on: boolean): SearchState => {
  if ('switch' in group) return { ...current, [group.switch]: on };
  if ('walesWide' in group) return { ...current, nationalOffers: group.walesWide };
  const chosen = (current[group.facet] as (string | number)[]).map(String);
  const next = on ? [...chosen, value] : chosen.filter((v) => v !== value);
  return { ...current, [group.facet]: facetChoice(group.facet, next, next) };
};

interface ChoiceProps {
  id: string;
  radio?: string;
  label: string;
  count?: number;
  checked: boolean;
  disabled?: boolean;
  group: Group;
  value: string;
  onPick: (group: Group, value: string, on: boolean) => void;
}

/** One checkbox or radio button. Memoised: a keystroke changes a few counts, and only those options are drawn again. */
const Choice = memo(function Choice({ id, radio, label, count, checked, disabled, group, value, onPick }: ChoiceProps) {
  return (
    <p className="checkbox">
      <input
        id={id}
        type={radio ? 'radio' : 'checkbox'}
        name={radio}
        checked={checked}
        disabled={disabled}
        onChange={(e) => onPick(group, value, e.target.checked)}
      />
      <label htmlFor={id}>
        {label}
        {count !== undefined && (
          <>
            {' '}
            <span className="count">({count})</span>
          </>
        )}
      </label>
    </p>
  );
});

/** The groups, made once per model, so that each option's `group` prop keeps its identity from one keystroke to the next. */
const groupsOf = new WeakMap<FilterModel, Map<string, Group>>();
const groupFor = (model: FilterModel, key: string, make: () => Group): Group => {
  let groups = groupsOf.get(model);
  if (!groups) {
    groups = new Map();
    groupsOf.set(model, groups);
  }
  let group = groups.get(key);
  if (!group) {
    group = make();
    groups.set(key, group);
  }
  return group;
};

/** A list of numbers with "any" first (distance, age): null when "any" is chosen. */
function NumberSelect(props: {
  id: string;
  label: string;
  anyLabel: string;
  options: readonly { value: string; label: string }[];
  value: number | null;
  onPick: (value: number | null) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value ?? ''}
        onChange={(event) => props.onPick(event.target.value ? Number(event.target.value) : null)}
      >
        <option value="">{props.anyLabel}</option>
        {props.options.map(({ value, label }) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

export const Filters = memo(function Filters({ t, filters, counts, model, onUpdate, onClear }: Props) {
  const onPick = useCallback(
    (group: Group, value: string, on: boolean) => onUpdate((current) => apply(current, group, value, on)),
    [onUpdate],
  );

  return (
    <>
      <div className="field-row">
        <NumberSelect
          id="search-radius"
          label={model.radius.label}
          anyLabel={model.radius.anyLabel}
          options={model.radius.options}
          value={filters.radius}
          onPick={(radius) => onUpdate((current) => ({ ...current, radius }))}
        />
        <NumberSelect
          id="search-age"
          label={model.age.label}
          anyLabel={model.age.anyLabel}
          options={model.age.options.map((age) => ({ value: String(age), label: String(age) }))}
          value={filters.age}
          onPick={(age) => onUpdate((current) => ({ ...current, age }))}
        />
      </div>
      <p className="field checkbox">
        <input
          id="search-pro"
          type="checkbox"
          checked={filters.pro}
          onChange={(event) => {
            const pro = event.target.checked;
            onUpdate((current) => ({ ...current, pro }));
          }}
        />
        <label htmlFor="search-pro">{t('search.proToggle')}</label>
      </p>
      <section className="filters" aria-labelledby="filters-heading">
        <h2 id="filters-heading">{t('search.filtersHeading')}</h2>
        <button type="button" className="link-button" onClick={onClear}>
          {t('search.clear')}
        </button>
        <fieldset>
          <legend className="visually-hidden">{t('search.filtersHeading')}</legend>
          {model.switches.map(({ key, param, label }) => (
            <Choice
              key={key}
              id={`f-${param}`}
              label={label}
              checked={filters[key]}
              group={groupFor(model, `switch:${key}`, () => ({ switch: key }))}
              value={key}
              onPick={onPick}
            />
          ))}
        </fieldset>
        <fieldset>
          <legend>{model.nationalOffers.legend}</legend>
          {model.nationalOffers.options.map(({ value, label }) => (
            <Choice
              key={value}
              id={`f-${model.nationalOffers.param}-${value}`}
              radio={model.nationalOffers.param}
              label={label}
              checked={filters.nationalOffers === value}
              group={groupFor(model, `walesWide:${value}`, () => ({ walesWide: value }))}
              value={value}
              onPick={onPick}
            />
          ))}
        </fieldset>
        {model.facets.map(({ facet, param, legend, open, options }) => {
          const selected = (filters[facet] as (string | number)[]).map(String);
          const group = groupFor(model, facet, () => ({ facet }));
          // Only the most used facets stay open; the rest fold away, which also keeps each keystroke's layout small.
          const body = (
            <fieldset key={facet}>
              <legend>{legend}</legend>
              <div className={open ? 'option-list' : 'option-list long'}>
                {options.map(({ value, label }) => {
                  const count = counts[facet].get(value) ?? 0;
                  const checked = selected.includes(value);
                  return (
                    <Choice
                      key={value}
                      id={`f-${param}-${value}`}
                      label={label}
                      count={count}
                      checked={checked}
                      disabled={count === 0 && !checked}
                      group={group}
                      value={value}
                      onPick={onPick}
                    />
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
    </>
  );
});
