import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Alert, DataTable, ErrorState, LoadingState } from '@/components/ui';
import { hasErrorKind, mapError } from '@/lib/errors';
import { formatDate, formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { CatalogueDiffQuery, CatalogueItemQuery } from '../api/catalogue';
import { DiffView } from '../components/diff-view';
import { ItemContent } from '../components/item-content';
import { languageName } from '../model/languages';

/** `?from=1&to=2` (or `to=draft`) in the URL: which versions the page compares. */
function readCompare(params: URLSearchParams): { from: number; to: number | null } | null {
  const from = Number.parseInt(params.get('from') ?? '', 10);
  const toRaw = params.get('to');
  if (!Number.isInteger(from) || from < 1) return null;
  if (toRaw === 'draft') return { from, to: null };
  const to = Number.parseInt(toRaw ?? '', 10);
  return Number.isInteger(to) && to >= 1 ? { from, to } : null;
}

/**
 * One catalogue item: its text in the language chosen here (else English, else the original,
 * said so), its playbook steps, links with their destinations, facets, version history and the
 * difference between two versions. The language and the compared versions are in the URL.
 */
export default function CatalogueItemPage() {
  const { t, i18n } = useTranslation();
  const ui = currentLanguage(i18n);
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asked = params.get('lang') ?? ui;
  const [{ data, error }, reexecute] = useQuery({
    query: CatalogueItemQuery,
    variables: { id, language: asked },
    requestPolicy: 'cache-and-network',
  });
  const item = data?.catalogueItem;
  const content = item?.current;
  useDocumentTitle(content?.title ?? t('catalogue.title'));
  const [chosen, setChosen] = useState(asked);
  useEffect(() => setChosen(content?.language ?? asked), [content?.language, asked]);
  const compare = readCompare(params);
  const versions = item?.versions ?? [];
  const newest = versions.at(-1)?.number ?? null;
  const [from, setFrom] = useState<string>('');
  const [to, setTo] = useState<string>('');
  useEffect(() => {
    setFrom(compare ? String(compare.from) : String(Math.max(1, (newest ?? 1) - 1)));
    setTo(compare ? (compare.to === null ? 'draft' : String(compare.to)) : String(newest ?? 1));
  }, [compare?.from, compare?.to, newest]);
  const [{ data: diffData, error: diffError }] = useQuery({
    query: CatalogueDiffQuery,
    variables: { id, from: compare?.from ?? 1, to: compare?.to ?? null, language: content?.language ?? asked },
    pause: !compare || !content,
  });

  const back = (
    <p>
      <Link to="/catalogue">{t('catalogue.back')}</Link>
    </p>
  );
  if (error && !data) {
    const notFound = hasErrorKind(error, 'NOT_FOUND');
    return (
      <>
        {back}
        <h1 tabIndex={-1}>{notFound ? t('misc.notFoundTitle') : t('catalogue.title')}</h1>
        {notFound ? (
          <Alert tone="error" testId="item-not-found">
            <p>{t('catalogue.notFound')}</p>
          </Alert>
        ) : (
          <ErrorState error={mapError(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        )}
      </>
    );
  }
  if (!item || !content) {
    return (
      <>
        {back}
        <h1 tabIndex={-1}>{t('catalogue.title')}</h1>
        <LoadingState />
      </>
    );
  }

  function onLanguage(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams(params);
    next.set('lang', chosen);
    setParams(next);
  }
  function onCompare(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams(params);
    next.set('from', from);
    next.set('to', to);
    setParams(next);
  }
  const workspacePath = item.kind === 'SERVICE' ? `/vendor/services/${item.id}` : `/enisa/catalogue/${item.id}`;

  return (
    <>
      {back}
      <h1 id="item-title" tabIndex={-1} lang={content.language} data-testid="item-title">
        {content.title}
      </h1>
      <p className="muted">
        {t(`catalogue.kinds.${item.kind}`)}
        {item.version ? ` · ${t('catalogue.version', { number: item.version })}` : ''}
        {item.publishedAt ? ` · ${t('catalogue.published', { date: formatDate(item.publishedAt, ui) })}` : ''}
      </p>
      {item.retirement ? (
        <Alert tone="info" testId="item-retired">
          <p>{t('catalogue.retired', { date: formatDate(item.retirement.at, ui), reason: item.retirement.reason })}</p>
        </Alert>
      ) : null}
      {item.suspension ? (
        <Alert tone="info" testId="item-suspended">
          <p>{t('catalogue.suspended', { date: formatDate(item.suspension.at, ui), reason: item.suspension.reason })}</p>
        </Alert>
      ) : null}
      {content.fallback && content.requestedLanguage ? (
        <p data-testid="item-fallback">
          {t('catalogue.fallbackNote', {
            requested: languageName(content.requestedLanguage, ui),
            language: languageName(content.language, ui),
          })}
        </p>
      ) : null}
      {content.languages.length > 1 ? (
        <form className="inline-form" onSubmit={onLanguage} data-testid="item-language-form">
          <div className="field">
            <label className="field__label" htmlFor="item-language">
              {t('catalogue.itemLanguage')}
            </label>
            <select id="item-language" className="field__control" value={chosen} onChange={(e) => setChosen(e.target.value)}>
              {content.languages.map((code) => (
                <option key={code} value={code} lang={code}>
                  {languageName(code, code)} ({languageName(code, ui)})
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--secondary">
            {t('catalogue.show')}
          </button>
        </form>
      ) : null}
      {item.editable ? (
        <p>
          <Link to={workspacePath}>{t('catalogue.editor.editTitle')}</Link>
        </p>
      ) : null}
      <ItemContent content={content} />
      {item.kind === 'TRAINING_COURSE' ? (
        <p>
          <Link to={`/training?course=${item.id}`} data-testid="course-sessions">
            {t('catalogue.sessions')}
          </Link>
        </p>
      ) : null}
      {versions.length > 0 ? (
        <section aria-labelledby="history-title">
          <h2 id="history-title">{t('catalogue.history')}</h2>
          <DataTable
            captionId="history-caption"
            caption={t('catalogue.historyCaption')}
            columns={[
              { label: t('catalogue.historyColumns.version'), numeric: true },
              { label: t('catalogue.historyColumns.published') },
              { label: t('catalogue.historyColumns.changeNote') },
            ]}
          >
            {versions.map((v) => (
              <tr key={v.number} data-testid="version-row">
                <td>{v.number}</td>
                <td>{formatDateTime(v.publishedAt, ui)}</td>
                <td>{v.changeNote}</td>
              </tr>
            ))}
          </DataTable>
          {versions.length > 1 || item.draft ? (
            <form className="inline-form" onSubmit={onCompare} aria-labelledby="compare-title">
              <h3 id="compare-title">{t('catalogue.compare')}</h3>
              <div className="field">
                <label className="field__label" htmlFor="compare-from">
                  {t('catalogue.compareFrom')}
                </label>
                <select id="compare-from" className="field__control" value={from} onChange={(e) => setFrom(e.target.value)}>
                  {versions.map((v) => (
                    <option key={v.number} value={v.number}>
                      {t('catalogue.version', { number: v.number })}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label className="field__label" htmlFor="compare-to">
                  {t('catalogue.compareTo')}
                </label>
                <select id="compare-to" className="field__control" value={to} onChange={(e) => setTo(e.target.value)}>
                  {versions.map((v) => (
                    <option key={v.number} value={v.number}>
                      {t('catalogue.version', { number: v.number })}
                    </option>
                  ))}
                  {item.draft ? <option value="draft">{t('catalogue.draftOption')}</option> : null}
                </select>
              </div>
              <button type="submit" className="button button--secondary" data-testid="compare-submit">
                {t('catalogue.compareButton')}
              </button>
            </form>
          ) : null}
          {compare && diffError ? <ErrorState error={mapError(diffError)} /> : null}
          {compare && diffData?.catalogueItem ? (
            <DiffView diff={diffData.catalogueItem.diff} languageName={languageName(diffData.catalogueItem.diff.language, ui)} />
          ) : null}
        </section>
      ) : null}
    </>
  );
}
