/**
 * When nothing matches, never a dead end: what the search understood (words, topics, place), a
 * near word search knows ("did you mean"), the tier pages to browse, and the national services to
 * talk to, with their contact details from the content.
 */
import type { Understood } from '../lib/search/query.ts';
import type { HelpRoute, SearchTranslator, TierLink } from './search-props.ts';

interface Props {
  t: SearchTranslator;
  /** The query as typed, and what was made of it: words are shown as typed, accents and all. */
  query: string;
  understood: Understood;
  /** The place searched near, as the visitor reads it; null when none. */
  placeName: string | null;
  /** Queries to offer instead, each with the word changed ("plumbr" → plumber). */
  suggestions: { label: string; query: string }[];
  onQuery: (query: string) => void;
  tiers: TierLink[];
  help: HelpRoute[];
}

export function NothingFound({ t, query, understood, placeName, suggestions, onQuery, tiers, help }: Props) {
  const { tokens, place, concepts } = understood;
  const typed = (from: number, to: number) => query.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0);
  const inPlace = (i: number) => place !== null && i >= place.from && i < place.to;
  const inConcept = (i: number) => concepts.some((concept) => i >= concept.from && i < concept.to);
  const words = tokens
    .flatMap((_, i) => (inPlace(i) || inConcept(i) ? [] : [typed(i, i + 1)]))
    .filter((word, i, all) => all.indexOf(word) === i);
  return (
    <div className="nothing-found" data-testid="nothing-found">
      <h3>{t('search.nothing.understood')}</h3>
      <dl className="understood">
        {words.length > 0 && (
          <>
            <dt>{t('search.nothing.words')}</dt>
            {words.map((word) => (
              <dd key={word}>{word}</dd>
            ))}
          </>
        )}
        {concepts.length > 0 && (
          <>
            <dt>{t('search.nothing.topics')}</dt>
            {concepts.map((concept) => (
              <dd key={concept.from}>{typed(concept.from, concept.to)}</dd>
            ))}
          </>
        )}
        {placeName && (
          <>
            <dt>{t('search.nothing.place')}</dt>
            <dd>{placeName}</dd>
          </>
        )}
      </dl>
      {suggestions.length > 0 && (
        <p>
          {t('search.didYouMean')}{' '}
          {suggestions.map((suggestion, i) => (
            <span key={suggestion.query}>
              {i > 0 && ', '}
              <button type="button" className="link-button" onClick={() => onQuery(suggestion.query)}>
                {suggestion.label}
              </button>
            </span>
          ))}
        </p>
      )}
      <h3>{t('search.nothing.browse')}</h3>
      <ul className="tier-links">
        {tiers.map((tier) => (
          <li key={tier.href}>
            <a href={tier.href}>{tier.label}</a>
          </li>
        ))}
      </ul>
      {help.length > 0 && (
        <>
          <h3>{t('search.nothing.talk')}</h3>
          <ul className="help-routes">
            {help.map((route) => (
              <li key={route.href}>
                <a href={route.href} lang={route.titleLang}>
                  {route.title}
                </a>
                {route.phone && (
                  <>
                    {' '}
                    <a href={`tel:${route.phone.replace(/\s+/g, '')}`}>
                      {t('search.nothing.phone', { phone: route.phone })}
                    </a>
                  </>
                )}
                {route.how && <span className="hint"> {route.how}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
