import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { Alert, LoadingState, Reference } from '@/components/ui';
import { errorMessage } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useFindByReference, type FindOutcome } from '../api/use-find-by-reference';
import { FindByReference } from '../components/find-by-reference';

/**
 * `/agency/references/<reference>`: a link by reference (the ledger's, a bookmark, an e-mail)
 * opens the record's page, replacing this address. A reference that names nothing in scope says
 * so and offers the search box.
 */
export default function ReferencePage() {
  const { t } = useTranslation();
  const { reference = '' } = useParams();
  useDocumentTitle(t('references.pageTitle'));
  const find = useFindByReference();
  const [outcome, setOutcome] = useState<{ reference: string; result: FindOutcome } | null>(null);

  useEffect(() => {
    let current = true;
    void find(reference).then((result) => {
      if (current) setOutcome({ reference, result });
    });
    return () => {
      current = false;
    };
  }, [find, reference]);

  const result = outcome?.reference === reference ? outcome.result : null;
  if (result?.kind === 'found') return <Navigate to={result.path} replace />;
  return (
    <>
      <p>
        <Link to="/agency/reviews">{t('review.back')}</Link>
      </p>
      <h1 tabIndex={-1}>
        {t('references.pageTitle')} <Reference value={reference} />
      </h1>
      {result ? (
        <Alert tone="error" testId="reference-not-found">
          <p>
            {result.error.kind === 'NOT_FOUND'
              ? t('references.notFound')
              : result.error.kind === 'VALIDATION'
                ? t('references.invalid')
                : errorMessage(t, result.error)}
          </p>
        </Alert>
      ) : (
        <LoadingState />
      )}
      {result ? <FindByReference /> : null}
    </>
  );
}
