/** The map page's filter form: filled from the search state, and read back as the browser would submit it. Browser code. */
import { decodeState, FACETS, type SearchState, URL_PARAMS } from '../lib/search/state.ts';

export const mapForm = (
  form: HTMLFormElement,
  byId: <T extends HTMLElement = HTMLElement>(id: string) => T,
  areaIds: readonly string[],
) => {
  const stateToForm = (s: SearchState) => {
    byId<HTMLInputElement>('m-q').value = s.q;
    byId<HTMLSelectElement>('m-age').value = s.age === null ? '' : String(s.age);
    byId<HTMLInputElement>('m-rolling').checked = s.rolling;
    byId<HTMLInputElement>('m-free').checked = s.free;
    byId<HTMLInputElement>('m-closed').checked = s.closed;
    byId<HTMLInputElement>(`m-${URL_PARAMS.nationalOffers}-${s.nationalOffers}`).checked = true;
    byId<HTMLInputElement>('m-near').value = s.near;
    byId<HTMLInputElement>('m-radius').value = s.radius === null ? '' : String(s.radius);
    byId<HTMLInputElement>('m-pro').value = s.pro ? '1' : '';
    let ticked = 0;
    for (const facet of FACETS) {
      const selected = (s[facet] as (string | number)[]).map(String);
      ticked += selected.length;
      for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${URL_PARAMS[facet]}"]`))
        box.checked = selected.includes(box.value);
    }
    // The count shows on the folded panel; it stays folded so that on a phone the map is not pushed far down.
    byId('m-filter-count').textContent = ticked > 0 ? `(${ticked})` : '';
  };

  /** The form, read exactly as the browser would submit it, through the same decoder as the URL. */
  const formToState = (): SearchState => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form))
      if (typeof value === 'string' && value !== '') params.append(name, value);
    return decodeState(`?${params}`, areaIds);
  };
  return { stateToForm, formToState };
};
