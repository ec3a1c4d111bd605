/** Results: a count announced to screen readers, then cards; near a place, nearest first and "available anywhere" apart. */

import { memo, useMemo, useState } from 'react';
import type { Region } from '../lib/content/vocabulary.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { fillDetailPath } from '../lib/i18n/routes.ts';
import type { Translator } from '../lib/i18n/translate.ts';
import { kmToMiles } from '../lib/search/distance.ts';
import type { Results } from '../lib/search/filters.ts';
import type { PlaceMatch } from '../lib/search/places.ts';
import type { SearchState } from '../lib/search/state.ts';
import type { SearchDoc } from '../lib/search/types.ts';

interface Props {
  t: Translator;
  lang: Locale;
  state: SearchState;
  results: Results;
  place: PlaceMatch | null;
  detailPath: string;
  areas: { id: string; name: string; region: Region }[];
  onSuggestion: (name: string) => void;
}

/** Cards rendered at first, and added per "show more": rendering hundreds of cards per keystroke is what makes typing slow. */
const PAGE = 20;

interface CardProps {
  doc: SearchDoc;
  km: number | null;
  t: Translator;
  lang: Locale;
  pro: boolean;
  detailPath: string;
  areaName: ReadonlyMap<string, string>;
}

/** One result. Memoised: while typing, most cards stay the same from one keystroke to the next. */
const Card = memo(function Card({ doc, km, t, lang, pro, detailPath, areaName }: CardProps) {
  const format = (n: number) => n.toLocaleString(lang === 'cy' ? 'cy-GB' : 'en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const title = lang === 'cy' && doc.title.cy ? doc.title.cy : doc.title.en;
  const titleLang = lang === 'cy' && !doc.title.cy ? 'en' : undefined;
  const where =
    km !== null
      ? t('search.distance', { km: format(km), miles: format(kmToMiles(km)) })
      : doc.walesWide
        ? t('where.walesWide')
        : doc.towns[lang === 'cy' ? 'cy' : 'en'].slice(0, 3).join(', ') || doc.areas.map((id) => areaName.get(id) ?? id).join(', ');
  const starts =
    doc.starts === 'rolling' || doc.starts === 'september' ? t(`starts.${doc.starts}`) : dateFormat(lang).format(new Date(`${doc.starts}T00:00:00Z`));
  return (
    <li className="card" data-id={doc.id}>
      <p className="kind-label">
        {t(`kind.${doc.kind}`)}
        {doc.strand ? ` · ${t(`vocab.strand.${doc.strand}`)}` : ''}
        {doc.illustrative && (
          <>
            {' '}
            <span className="badge">{t('card.illustrative')}</span>
          </>
        )}
      </p>
      <h3>
        <a href={fillDetailPath(detailPath, doc.id)} lang={titleLang}>
          {title}
        </a>
      </h3>
      <dl>
        <dt>{t('card.provider')}</dt>
        <dd>{doc.provider[lang === 'cy' ? 'cy' : 'en']}</dd>
        <dt>{t('card.tiers')}</dt>
        <dd>{doc.tiers.map((tier) => t(`tiers.${tier}.short`)).join('; ')}</dd>
        <dt>{t('card.language')}</dt>
        <dd>{t(`vocab.language.${doc.language}`)}</dd>
        <dt>{t('card.where')}</dt>
        <dd data-distance={km ?? undefined}>{where}</dd>
        <dt>{t('card.starts')}</dt>
        <dd>{starts}</dd>
        {pro && (
          <>
            <dt>{t('detail.tiers')}</dt>
            <dd>{doc.tiers.map((tier) => t('tierWord', { tier })).join(', ')}</dd>
            <dt>{t('detail.routes')}</dt>
            <dd>{doc.routes.map((route) => t(`vocab.route.${route}`)).join('; ')}</dd>
            <dt>{t('detail.priorityGroups')}</dt>
            <dd>{doc.groups.length ? doc.groups.map((group) => t(`vocab.priorityGroup.${group}`)).join('; ') : t('detail.openToAll')}</dd>
            <dt>{t('detail.lastReviewed')}</dt>
            <dd>{dateFormat(lang).format(new Date(`${doc.lastReviewed}T00:00:00Z`))}</dd>
          </>
        )}
      </dl>
    </li>
  );
});

const formats = new Map<Locale, Intl.DateTimeFormat>();
const dateFormat = (lang: Locale) => {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'cy' ? 'cy-GB' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    formats.set(lang, format);
  }
  return format;
};

export function ResultList({ t, lang, state, results, place, detailPath, areas, onSuggestion }: Props) {
  const [limit, setLimit] = useState(PAGE);
  const [shownFor, setShownFor] = useState(results);
  // A new set of results starts again at the first page.
  if (shownFor !== results) {
    setShownFor(results);
    setLimit(PAGE);
  }
  const areaName = useMemo(() => new Map(areas.map((area) => [area.id, area.name])), [areas]);
  const card = (doc: SearchDoc, km: number | null) => (
    <Card key={doc.id} doc={doc} km={km} t={t} lang={lang} pro={state.pro} detailPath={detailPath} areaName={areaName} />
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
          <p>{t('search.unknownPlace', { place: state.near })}</p>
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
      {place?.found && <p>{t('search.nearFound', { place: place.label })}</p>}
      {results.total === 0 && <p>{t('search.none')}</p>}
      {place?.found && results.local.length > 0 && <h3 className="group-heading">{t('search.nearHeading')}</h3>}
      <ul className="cards" data-group="local">
        {results.local.slice(0, limit).map((row) => card(row.doc, row.km))}
      </ul>
      {results.local.length > limit && (
        <p>
          {t('search.showing', { shown: limit, total: results.local.length })}{' '}
          <button type="button" onClick={() => setLimit(limit + PAGE * 5)}>
            {t('search.showMore')}
          </button>
        </p>
      )}
      {results.anywhere.length > 0 && (
        <section aria-labelledby="anywhere-heading">
          <h3 id="anywhere-heading" className="group-heading">
            {t('search.anywhereHeading')} ({results.anywhere.length})
          </h3>
          <p>{t('search.anywhereIntro')}</p>
          <ul className="cards" data-group="anywhere">
            {results.anywhere.map((row) => card(row.doc, null))}
          </ul>
        </section>
      )}
    </section>
  );
}
