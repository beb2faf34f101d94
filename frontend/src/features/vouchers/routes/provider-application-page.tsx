import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Alert, ErrorState, LoadingState, Reference } from '@/components/ui';
import { errorMessage, mapError, type AppError } from '@/lib/errors';
import { formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ApplicationDetailQuery, WithdrawApplicationMutation } from '../api/applications';
import { ApplicationFacts } from '../components/application-facts';
import { ApplicationHistory } from '../components/application-history';
import { Attachments } from '../components/attachments';
import { SmeSnapshot } from '../components/sme-snapshot';
import { hasFlag } from '../model/navigation-state';
import { ApplicationStatusBadge, VoucherStatusBadge } from '../components/status-badge';

/** One of the clinic's applications: status, history, facts, SME snapshot; continue or withdraw. */
export default function ProviderApplicationPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { id = '' } = useParams();
  const location = useLocation();
  const [{ data, error }, reexecute] = useQuery({
    query: ApplicationDetailQuery,
    variables: { id, language },
    requestPolicy: 'cache-and-network',
  });
  const [{ fetching: withdrawing }, withdraw] = useMutation(WithdrawApplicationMutation);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const application = data?.voucherApplication;
  const programmeName = application?.program?.name ?? '';
  useDocumentTitle(application ? t('applications.detailTitle', { programme: programmeName }) : t('applications.title'));

  async function onWithdraw() {
    const result = await withdraw({ id });
    setConfirming(false);
    if (result.error) {
      const appError: AppError = mapError(result.error);
      setMessage({
        tone: 'error',
        text: appError.kind === 'INVALID_STATE_TRANSITION' ? t('errors.INVALID_STATE_TRANSITION') : errorMessage(t, appError),
      });
      reexecute({ requestPolicy: 'network-only' });
      return;
    }
    setMessage({ tone: 'success', text: t('applications.withdrawn') });
  }

  const back = (
    <p>
      <Link to="/provider/applications">{t('applications.back')}</Link>
    </p>
  );
  if (error && !data) {
    return (
      <>
        {back}
        <h1 tabIndex={-1}>{t('applications.title')}</h1>
        <ErrorState error={mapError(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </>
    );
  }
  if (!data) {
    return (
      <>
        {back}
        <h1 tabIndex={-1}>{t('applications.title')}</h1>
        <LoadingState />
      </>
    );
  }
  if (!application) {
    return (
      <>
        {back}
        <h1 tabIndex={-1}>{t('misc.notFoundTitle')}</h1>
        <Alert tone="error" testId="application-not-found">
          <p>{t('applicationForm.notFound')}</p>
        </Alert>
      </>
    );
  }

  const canWithdraw = application.status === 'DRAFT' || application.status === 'SUBMITTED';
  return (
    <>
      {back}
      <h1 id="application-detail-title" tabIndex={-1}>
        {t('applications.detailTitle', { programme: programmeName })}
      </h1>
      <p>
        <ApplicationStatusBadge status={application.status} />{' '}
        {application.program ? <span className="muted">{application.program.code}</span> : null}
      </p>
      {application.reference ? (
        <p>
          <span className="muted">{t('references.label')}</span>{' '}
          <Reference value={application.reference} testId="application-reference" />
        </p>
      ) : null}
      {hasFlag(location.state, 'submitted') && application.status === 'SUBMITTED' ? (
        <Alert tone="success" testId="application-submitted">
          <p>{t('applications.submittedNotice')}</p>
        </Alert>
      ) : null}
      {message ? (
        <Alert tone={message.tone} testId="application-message">
          <p>{message.text}</p>
        </Alert>
      ) : null}

      {application.voucher ? (
        <section className="panel" aria-labelledby="application-voucher-title">
          <h2 id="application-voucher-title">{t('vouchers.detailTitle', { programme: programmeName })}</h2>
          <p>
            <VoucherStatusBadge status={application.voucher.status} />{' '}
            {formatMoney(application.voucher.amount, application.voucher.currency, language)}{' '}
            <Reference value={application.voucher.reference} testId="voucher-reference" />
          </p>
          <Link to={`/provider/vouchers/${application.voucher.id}`} data-testid="voucher-link">
            {t('applications.voucherLink')}
          </Link>
        </section>
      ) : null}

      <section aria-labelledby="application-history-title">
        <h2 id="application-history-title">{t('applications.historyTitle')}</h2>
        <ApplicationHistory application={application} />
      </section>

      <section aria-labelledby="application-facts-title">
        <h2 id="application-facts-title">{t('applications.factsTitle')}</h2>
        <ApplicationFacts application={application} />
      </section>

      <Attachments
        parentPath={`/applications/${encodeURIComponent(application.id)}`}
        attachments={application.attachments}
        canUpload={canWithdraw}
        onUploaded={() => reexecute({ requestPolicy: 'network-only' })}
        idPrefix="application-attachments"
      />

      <section aria-labelledby="application-sme-title">
        <h2 id="application-sme-title">{t('applications.smeTitle')}</h2>
        {application.smeSnapshot ? (
          <SmeSnapshot snapshot={application.smeSnapshot} />
        ) : (
          <p>{t('applications.smeNone')}</p>
        )}
      </section>

      {application.status === 'DRAFT' || canWithdraw ? (
        <div className="button-row">
          {application.status === 'DRAFT' ? (
            <Link className="button" to={`/provider/applications/${application.id}/edit`} data-testid="continue-draft">
              {t('applications.continue')}
            </Link>
          ) : null}
          {canWithdraw && !confirming ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setConfirming(true)}
              data-testid="withdraw"
            >
              {t('applications.withdraw')}
            </button>
          ) : null}
        </div>
      ) : null}
      {confirming ? (
        <div className="panel" role="group" aria-labelledby="withdraw-confirm-text">
          <p id="withdraw-confirm-text">{t('applications.withdrawConfirm')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--danger"
              onClick={() => void onWithdraw()}
              disabled={withdrawing}
              data-testid="withdraw-confirm"
            >
              {withdrawing ? t('applications.withdrawing') : t('applications.withdrawYes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('vouchersCommon.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
