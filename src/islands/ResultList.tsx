/** Results: a count announced to screen readers, then cards; near a place, nearest first and "available anywhere" apart. */

import { memo, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { visitorToday } from '../browser/search-controller.ts';
import { type CardModel, cardModel } from '../lib/cards/card.ts';
import { cardView } from '../lib/cards/card-view.ts';
import type { AreaOption } from '../lib/search/filter-model.ts';
import type { Results } from '../lib/search/filters.ts';
import type { SearchData } from '../lib/search/loader.ts';
import { type PlaceMatch, placeLabel } from '../lib/search/places.ts';
import type { SearchState } from '../lib/search/state.ts';
import type { SearchDoc } from '../lib/search/types.ts';
import SaveToggle from './SaveToggle.tsx';
import type { SearchTranslator } from './search-props.ts';
import { viewToReact } from './view-node.tsx';

interface Props {
  t: SearchTranslator;
  state: SearchState;
  results: Results;
  /** The entries' ids and titles arrive per chunk: cards wait for theirs (lib/search/loader.ts). */
  data: SearchData;
  /** Called once the first results are on screen. */
  onShown: () => void;
  place: PlaceMatch | null;
  detailPath: string;
  areas: AreaOption[];
  onSuggestion: (name: string) => void;
  /** The place searched near as asked for: the place field's text, or the place the query names. */
  nearText: string;
  /** What to show when nothing matches at all: never a dead end (NothingFound). */
  nothingFound: ReactNode;
}

/** Cards rendered at first, and added per "show more": rendering hundreds of cards per keystroke is what makes typing slow. */
const PAGE = 20;

/** One result: the card's one template (lib/cards/card-view.ts) and its Save toggle. Memoised: while typing, most cards stay the same from one keystroke to the next. */
const Card = memo(function Card({ card }: { card: CardModel }) {
  return viewToReact(cardView(card), <SaveToggle id={card.id} title={card.title.text} />);
});

/** Card models by document and distance, per set of card options: the model, not the DOM, is what memo compares. */
const modelCaches = new WeakMap<object, Map<string, CardModel>>();

const useCards = (t: SearchTranslator, pro: boolean, detailPath: string, areas: AreaOption[]) => {
  const options = useMemo(() => {
    const names = new Map(areas.map((area) => [area.id, area.name]));
    // Start dates that have passed on the visitor's own date are not offered.
    return { t, pro, detailPath, areaName: (id: string) => names.get(id) ?? id, today: visitorToday() };
  }, [t, pro, detailPath, areas]);
  return (doc: SearchDoc, km: number | null, town: number | null = null): CardModel => {
    let cache = modelCaches.get(options);
    if (!cache) {
      cache = new Map();
      modelCaches.set(options, cache);
    }
    const key = `${doc.id}|${km ?? ''}|${town ?? ''}`;
    let card = cache.get(key);
    if (!card) {
      card = cardModel(doc, options.t, { ...options, km, town });
      cache.set(key, card);
    }
    return card;
  };
};

interface View {
  results: Results;
  limit: number;
  anywhereLimit: number;
}

/** The entries a view shows as cards: what must have its titles before it is drawn. */
const shownDocs = ({ results, limit, anywhereLimit }: View): SearchDoc[] => [
  ...results.local.slice(0, limit).map((row) => row.doc),
  ...results.partial.slice(0, PAGE).map((row) => row.doc),
  ...results.anywhere.slice(0, anywhereLimit).map((row) => row.doc),
];

export function ResultList({
  t,
  state,
  results: latest,
  data,
  onShown,
  place,
  detailPath,
  areas,
  onSuggestion,
  nearText,
  nothingFound,
}: Props) {
  const [limit, setLimit] = useState(PAGE);
  const [anywhereLimit, setAnywhereLimit] = useState(PAGE);
  const [shownFor, setShownFor] = useState(latest);
  const [, setArrived] = useState(0);
  const [failed, setFailed] = useState(false);
  // A new set of results starts again at the first page.
  if (shownFor !== latest) {
    setShownFor(latest);
    setLimit(PAGE);
    setAnywhereLimit(PAGE);
  }
  const wanted: View = { results: latest, limit, anywhereLimit };
  const wantedDocs = shownDocs(wanted);
  const ready = data.ready(wantedDocs);
  // Until the titles of new cards arrive (one small file per 250 entries), the last complete view stays on screen.
  const lastReady = useRef<View | null>(null);
  if (ready) lastReady.current = wanted;
  // The titles are asked for as soon as the cards are known, not once this render is drawn (on a slow phone that wait
  // was a fifth of a second). The effect below asks again, which joins the same fetch, and hears how it ends.
  if (!ready) data.load(wantedDocs).catch(() => {});
  useEffect(() => {
    if (ready) return;
    let live = true;
    data
      .load(wantedDocs)
      .then(() => live && setArrived((n) => n + 1))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  });
  const toCard = useCards(t, state.pro, detailPath, areas);
  const shown = lastReady.current !== null;
  useEffect(() => {
    if (shown) onShown();
  }, [shown, onShown]);
  if (failed) return <p className="notice">{t('search.loadError')}</p>;
  if (!lastReady.current) return <p>{t('search.loading')}</p>;
  const { results } = lastReady.current;
  const card = (doc: SearchDoc, km: number | null, town: number | null = null) => (
    <Card key={doc.id} card={toCard(doc, km, town)} />
  );

  /** A group of results set apart under its own heading: partial matches, or offers available anywhere. */
  const group = (
    id: string,
    heading: string,
    intro: string,
    rows: readonly { doc: SearchDoc; km?: number | null; town?: number | null }[],
    total: number,
  ) =>
    rows.length > 0 && (
      <section aria-labelledby={`${id}-heading`}>
        <h3 id={`${id}-heading`} className="group-heading">
          {heading} ({total})
        </h3>
        <p>{intro}</p>
        <ul className="cards" data-group={id}>
          {rows.map((row) => card(row.doc, row.km ?? null, row.town ?? null))}
        </ul>
      </section>
    );

  /** "Showing 20 of 300" and a button for the next hundred, when a list is cut. */
  const showMore = (shown: number, total: number, setShown: (next: number) => void) =>
    total > shown && (
      <p>
        {t('search.showing', { shown, total })}{' '}
        <button type="button" onClick={() => setShown(shown + PAGE * 5)}>
          {t('search.showMore')}
        </button>
      </p>
    );

  const unknown = place && !place.found ? place : null;
  return (
    <section className="results" id="search-results" aria-labelledby="results-heading">
      <h2 id="results-heading" className="visually-hidden">
        {t('search.title')}
      </h2>
      <p className="result-count" aria-live="polite" aria-atomic="true">
        {t.plural('search.results', results.total)}
      </p>
      {unknown && (
        <div className="notice" role="alert">
          <p>{t('search.unknownPlace', { place: nearText })}</p>
          {unknown.suggestions.length > 0 ? (
            <p>
              {t('search.didYouMean')}{' '}
              {unknown.suggestions.map((name, i) => (
                <span key={name}>
                  {i > 0 && ', '}
                  <button type="button" className="link-button" onClick={() => onSuggestion(name)}>
                    {name}
                  </button>
                </span>
              ))}
            </p>
          ) : (
            <p>{t('search.noSuggestions')}</p>
          )}
        </div>
      )}
      {place?.found && (
        <p>
          {t('search.nearFound', { place: placeLabel(place, (id) => areas.find((option) => option.id === id)?.name) })}
        </p>
      )}
      {results.total === 0 && <p>{t('search.none')}</p>}
      {nothingFound}
      {place?.found && results.local.length > 0 && <h3 className="group-heading">{t('search.nearHeading')}</h3>}
      <ul className="cards" data-group="local">
        {results.local.slice(0, lastReady.current.limit).map((row) => card(row.doc, row.km, row.town))}
      </ul>
      {showMore(lastReady.current.limit, results.local.length, setLimit)}
      {group(
        'partial',
        t('search.partialHeading'),
        t('search.partialIntro'),
        results.partial.slice(0, PAGE),
        results.partial.length,
      )}
      {group(
        'anywhere',
        t('search.anywhereHeading'),
        t('search.anywhereIntro'),
        results.anywhere.slice(0, lastReady.current.anywhereLimit),
        results.anywhere.length,
      )}
      {showMore(lastReady.current.anywhereLimit, results.anywhere.length, setAnywhereLimit)}
    </section>
  );
}
