import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui';
import { mapError } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { CatalogueSearchQuery } from '../api/catalogue';
import { Highlight } from '../components/highlight';
import { languageName } from '../model/languages';
import {
  AUDIENCES,
  KINDS,
  PRIORITIES,
  filterOf,
  isSelected,
  readSearch,
  toggleFacet,
  writeSearch,
  type FacetName,
} from '../model/search-state';

const PAGE_SIZE = 10;

/**
 * The public catalogue: full-text search in the reader's language with the matching fragment,
 * facet filters with their counts, and paging, all kept in the URL.
 */
export default function CataloguePage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [params, setParams] = useSearchParams();
  const state = readSearch(params);
  const [text, setText] = useState(state.text);
  useEffect(() => setText(state.text), [state.text]);
  useDocumentTitle(t('catalogue.title'));
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: CatalogueSearchQuery,
    variables: {
      search: state.text || null,
      language,
      filter: filterOf(state),
      first: PAGE_SIZE,
      after: state.after,
    },
  });
  const result = data?.catalogue;
  const resultsRef = useRef<HTMLHeadingElement>(null);

  function onSearch(event: FormEvent) {
    event.preventDefault();
    setParams(writeSearch({ ...state, text, after: null }));
  }
  const counts = new Map((result?.facets ?? []).map((f) => [`${f.facet}:${f.value}`, f.count]));
  const valuesOf = (facet: FacetName, known: readonly string[]) => {
    const present = (result?.facets ?? []).filter((f) => f.facet === facet).map((f) => f.value);
    const selected = known.length > 0 ? known : [];
    const all = [...new Set([...selected, ...present])];
    return known.length > 0 ? known.filter((v) => all.includes(v) || isSelected(state, facet, v)) : all.sort();
  };
  const facetLabel = (facet: FacetName, value: string): string => {
    switch (facet) {
      case 'kind':
        return KINDS.includes(value as never) ? t(`catalogue.kinds.${value as (typeof KINDS)[number]}`) : value;
      case 'priority':
        return PRIORITIES.includes(value as never) ? t(`catalogue.priorities.${value as (typeof PRIORITIES)[number]}`) : value;
      case 'audience':
        return AUDIENCES.includes(value as never) ? t(`healthcareType.${value as (typeof AUDIENCES)[number]}`) : value;
      case 'language':
        return languageName(value, language);
      case 'topic':
        return value;
    }
  };
  const facetGroups: { facet: FacetName; values: string[] }[] = [
    { facet: 'kind', values: valuesOf('kind', KINDS) },
    { facet: 'priority', values: valuesOf('priority', PRIORITIES) },
    { facet: 'language', values: valuesOf('language', []) },
    { facet: 'audience', values: valuesOf('audience', AUDIENCES) },
    { facet: 'topic', values: valuesOf('topic', []) },
  ];
  const filtered = params.toString() !== '';

  return (
    <>
      <h1 id="catalogue-title" tabIndex={-1}>
        {t('catalogue.title')}
      </h1>
      <p className="lead">{t('catalogue.intro')}</p>
      <form className="filter-bar" role="search" aria-labelledby="catalogue-search-label" onSubmit={onSearch}>
        <div className="field">
          <label id="catalogue-search-label" className="field__label" htmlFor="catalogue-search">
            {t('catalogue.searchLabel')}
          </label>
          <input
            id="catalogue-search"
            name="q"
            type="search"
            className="field__control"
            value={text}
            maxLength={200}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button" data-testid="catalogue-search-submit">
            {t('catalogue.searchButton')}
          </button>
          {filtered ? (
            <Link className="button button--secondary" to="/catalogue">
              {t('catalogue.clearFilters')}
            </Link>
          ) : null}
        </div>
      </form>
      <div className="catalogue-layout">
        <section aria-labelledby="facets-title">
          <h2 id="facets-title">{t('catalogue.filters')}</h2>
          {facetGroups
            .filter((g) => g.values.length > 0)
            .map(({ facet, values }) => (
              <fieldset key={facet} className="fieldset checkbox-group" data-testid={`facet-${facet}`}>
                <legend>{t(`catalogue.facet.${facet}`)}</legend>
                {values.map((value) => {
                  const id = `facet-${facet}-${value}`;
                  const count = counts.get(`${facet}:${value}`) ?? 0;
                  return (
                    <div key={value} className="checkbox">
                      <input
                        id={id}
                        type="checkbox"
                        checked={isSelected(state, facet, value)}
                        onChange={() => setParams(writeSearch(toggleFacet(state, facet, value)))}
                      />
                      <label htmlFor={id}>
                        {facetLabel(facet, value)} ({count})
                      </label>
                    </div>
                  );
                })}
              </fieldset>
            ))}
        </section>
        <section aria-labelledby="results-title" aria-busy={fetching}>
          <h2 id="results-title" ref={resultsRef} tabIndex={-1} data-testid="catalogue-total">
            {result ? t('catalogue.results', { count: result.totalCount }) : t('catalogue.resultsLabel')}
          </h2>
          {error && !data ? (
            <ErrorState error={mapError(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
          ) : !result ? (
            <LoadingState />
          ) : result.nodes.length === 0 ? (
            <EmptyState>{t('catalogue.empty')}</EmptyState>
          ) : (
            <ul className="hit-list" aria-label={t('catalogue.resultsLabel')}>
              {result.nodes.map(({ item, highlight }) => {
                const content = item.current;
                if (!content) return null;
                return (
                  <li key={item.id} className="hit" data-testid="catalogue-hit" data-kind={item.kind}>
                    <h3 className="hit__title" lang={content.language}>
                      <Link to={`/catalogue/${item.id}${content.language !== language ? `?lang=${content.language}` : ''}`}>
                        {content.title}
                      </Link>
                    </h3>
                    <p className="muted">
                      {t(`catalogue.kinds.${item.kind}`)} ·{' '}
                      {content.priorities.map((p) => t(`catalogue.priorities.${p}`)).join(', ')}
                      {item.publishedAt ? ` · ${formatDate(item.publishedAt, language)}` : null}
                      {content.fallback ? ` · ${t('catalogue.languageNote', { language: languageName(content.language, language) })}` : null}
                    </p>
                    {highlight && highlight.length > 0 ? (
                      <div lang={content.language}>
                        <Highlight pieces={highlight} label={t('catalogue.matching')} />
                      </div>
                    ) : (
                      <p lang={content.language}>{content.summary}</p>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          {result && (state.after || result.pageInfo.hasNextPage) ? (
            <nav className="button-row" aria-label={t('catalogue.resultsLabel')}>
              {state.after ? (
                <Link className="button button--secondary" to={`?${writeSearch({ ...state, after: null }).toString()}`}>
                  {t('catalogue.firstPage')}
                </Link>
              ) : null}
              {result.pageInfo.hasNextPage && result.pageInfo.endCursor ? (
                <Link
                  className="button button--secondary"
                  data-testid="catalogue-next"
                  to={`?${writeSearch({ ...state, after: result.pageInfo.endCursor }).toString()}`}
                >
                  {t('catalogue.nextPage')}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </section>
      </div>
    </>
  );
}
